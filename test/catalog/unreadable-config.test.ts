// A catalog in the config folder that exists but cannot be read is reported (exit 3), as git
// reports a broken config, never silently replaced by the built-in one.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wxhelpAsUser } from '../support/as-user.js';
import { runCli } from '../support/fake-io.js';

const AT = ['--at', '2026-11-28T12:00Z', '--tz', 'UTC'];
const root = mkdtempSync(join(tmpdir(), 'wxhelp-xdg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function config(name: string, make: (dir: string) => void): string {
  const xdg = join(root, name);
  mkdirSync(join(xdg, 'wxhelp'), { recursive: true });
  make(join(xdg, 'wxhelp'));
  return xdg;
}

describe('an unreadable $XDG_CONFIG_HOME/wxhelp/channels.yaml', () => {
  it.each([
    [
      'a dangling symlink',
      (d: string) => symlinkSync(join(d, 'gone.yaml'), join(d, 'channels.yaml')),
      /catalog file not found: .*channels\.yaml — your catalog in the config folder is a link to nothing/,
    ],
    [
      'a symlink loop',
      (d: string) => {
        symlinkSync(join(d, 'b'), join(d, 'channels.yaml'));
        symlinkSync(join(d, 'channels.yaml'), join(d, 'b'));
      },
      /cannot read catalog file: .*channels\.yaml \(too many symbolic links\)/,
    ],
    ['a directory', (d: string) => mkdirSync(join(d, 'channels.yaml')), /catalog path is a directory/],
  ])('%s: exit 3 with one line', async (name, make, message) => {
    const xdg = config(name.replace(/\W/g, '-'), make);
    const r = await runCli(['channels', ...AT], { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('in a folder the user cannot enter: exit 3 (permission denied; as root, checked as the user "nobody")', () => {
    const xdg = config('locked', (d) => writeFileSync(join(d, 'channels.yaml'), 'x: 1\n'));
    chmodSync(root, 0o755); // the way there is open; only the last folder is shut
    chmodSync(join(xdg, 'wxhelp'), 0o000);
    try {
      const r = wxhelpAsUser(['channels', ...AT], { XDG_CONFIG_HOME: xdg });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toMatch(/permission denied/);
    } finally {
      chmodSync(join(xdg, 'wxhelp'), 0o755);
    }
  });

  it('no file there at all: the built-in catalog, as before', async () => {
    const xdg = config('empty', () => {});
    const r = await runCli(['channels', '--json', ...AT], { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).channels.length).toBeGreaterThan(3);
  });
});
