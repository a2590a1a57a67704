// What a run loads: the one-shot path must not pay for the prompt library, the YAML parser or the
// text renderers; the built-in catalog comes from its snapshot unless channels.yaml was edited.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wxhelp-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Reports, at exit, the files of the lazily loaded parts (they are required beside the bundle).
const probe = join(work, 'probe.cjs');
writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(3, JSON.stringify(Object.keys(require.cache))));\n");

const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

function loadedParts(args: string[], bin = join(root, 'bin/wxhelp.js')): { parts: string[]; stdout: string; code: number | null } {
  const r = spawnSync(process.execPath, ['--require', probe, bin, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', NO_COLOR: '1' },
  });
  const files = JSON.parse(String(r.output[3] || '[]')) as string[];
  const parts = files.filter((f) => f.includes(`${join('bin', 'dist')}`)).map((f) => basename(f, '.cjs')).sort();
  return { parts, stdout: r.stdout, code: r.status };
}

describe('start-up loads only what the run needs', () => {
  it('phone --overseas --json: no prompt library, no YAML parser, no text renderers', () => {
    const { parts, code } = loadedParts(['phone', '--overseas', '--json', ...AT]);
    expect(code).toBe(0);
    expect(parts).toEqual([]);
  });

  it('human output loads the text renderers, still not the prompts or the parser', () => {
    const { parts, code } = loadedParts(['recommend', '--topic', 'general', ...AT]);
    expect(code).toBe(0);
    expect(parts).toEqual(['text']);
  });

  it("a user's catalog is parsed as YAML", () => {
    const { parts, code } = loadedParts(['channels', '--json', '--channels', join(root, 'test/catalog/fixtures/minimal.yaml'), ...AT]);
    expect(code).toBe(0);
    expect(parts).toEqual(['parse']);
  });

  it('an edited built-in channels.yaml is parsed, never served from the stale snapshot', () => {
    const copy = join(work, 'package');
    for (const entry of ['bin/wxhelp.js', 'bin/load-bundle.js', 'bin/package.json', 'bin/dist', 'channels.yaml', 'package.json']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    const yaml = join(copy, 'channels.yaml');
    const original = readFileSync(yaml, 'utf8');
    const edited = original.replace(/en: In-app help \(Help & Feedback\)/, 'en: Edited help name');
    expect(edited).not.toBe(original);
    writeFileSync(yaml, edited);
    const { parts, stdout, code } = loadedParts(['channels', '--json', ...AT], join(copy, 'bin/wxhelp.js'));
    expect(code).toBe(0);
    expect(parts).toEqual(['parse']);
    expect(stdout).toContain('Edited help name');
  });
});
