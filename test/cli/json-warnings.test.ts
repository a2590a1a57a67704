// Catalog warnings (an unknown key, say) reach a script too: with --json they are in the
// envelope's `warnings` (before a command's own), without it on stderr; never lost.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'wxhelp-warnings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'channels.yaml');
writeFileSync(
  file,
  readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8').replace('    kind: app\n', '    kind: app\n    colour: green\n'),
);
const at = ['--at', '2026-11-28T23:30+08:00', '--tz', 'Europe/London', '--channels', file];

describe('catalog warnings with --json', () => {
  it.each([
    ['channels'],
    ['phone', '--overseas'],
    ['hours'],
    ['topics'],
    ['remind', 'hotline'],
    ['recommend', '--topic', 'account-security', '--urgent'],
  ])("%s: in the envelope's warnings, nothing on stderr", async (...args) => {
    const r = await runCli([...args, '--json', ...at]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const body = JSON.parse(r.stdout) as { warnings?: string[] };
    expect(body.warnings?.[0]).toMatch(/channels\.yaml:\d+:\d+: warning: unknown key 'colour'/);
  });

  it("recommend keeps its own warnings after the catalog's", async () => {
    const plain = JSON.parse(
      (await runCli(['recommend', '--topic', 'account-security', '--urgent', '--json', ...at.slice(0, 4)])).stdout,
    ) as { warnings: string[] };
    const body = JSON.parse((await runCli(['recommend', '--topic', 'account-security', '--urgent', '--json', ...at])).stdout) as {
      warnings: string[];
    };
    expect(body.warnings.slice(1)).toEqual(plain.warnings);
  });

  it('without --json: on stderr', async () => {
    const r = await runCli(['channels', ...at]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: unknown key 'colour'/);
  });

  it('the built-in catalog: no warnings key at all', async () => {
    const r = await runCli(['channels', '--json', ...at.slice(0, 4)]);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('warnings');
  });
});
