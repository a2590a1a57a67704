// Fuzz: a few hundred seeded mutants of the built-in channels.yaml, each run through the CLI in
// this process. Every run ends with exit 0 (stdout is JSON) or 3 (one line on stderr naming
// file:line:col), never 1, never a stack, never a control character; each one fast. A handful
// go through the built binary as well. Reproduce one mutant with FUZZ_SEED=<seed> FUZZ_ONLY=<n>.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wxhelp } from '../e2e/run-bin.js';
import { cli, tempDir, TERMINAL_CONTROL } from './helpers.js';
import { mutant, prng } from './mutate.js';

const SEED = Number(process.env.FUZZ_SEED ?? 42);
const MUTANTS = 200;
const ONLY = process.env.FUZZ_ONLY === undefined ? undefined : Number(process.env.FUZZ_ONLY);

const AT = ['--at', '2026-11-28T20:30+08:00', '--tz', 'UTC'];
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const tmp = tempDir('wxhelp-fuzz-');
afterAll(tmp.cleanup);

/** Commands tried on mutants that load: any of them may refuse (2) but must not fail (1). */
const FOLLOW_UPS = [
  ['hours', '--days', '2'],
  ['recommend', '--topic', 'general', '--urgent', '--overseas'],
  ['recommend', '--topic', 'fraud', '--need', 'elderly'],
  ['phone', '--overseas'],
  ['phone', '--payment'],
  ['emergency', 'stolen'],
  ['emergency'],
  ['topics'],
  ['channels'],
];

const LOCATED = (file: string) => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `);

describe('catalog fuzz', () => {
  const r = prng(SEED);
  const mutants = Array.from({ length: MUTANTS }, (_, n) => ({ n, ...mutant(original, r) }));

  it(`${MUTANTS} mutants (seed ${SEED}): exit 0 with JSON, or exit 3 with one file:line:col line`, async () => {
    const failures: string[] = [];
    const outcomes = { loaded: 0, refused: 0 };
    for (const m of mutants) {
      if (ONLY !== undefined && m.n !== ONLY) continue;
      const file = join(tmp.dir, `mutant-${m.n}.yaml`);
      writeFileSync(file, m.text);
      const fail = (why: string, detail = '') =>
        failures.push(`#${m.n} [${m.ops.join(', ')}] ${why}${detail ? `: ${detail.slice(0, 300)}` : ''}`);
      // Alternate JSON and human output: the error is a JSON object, or a "wxhelp: …" line.
      const json = m.n % 2 === 0;
      const res = await cli(['channels', ...(json ? ['--json'] : []), '--channels', file, ...AT]);
      if (TERMINAL_CONTROL.test(res.stdout) || TERMINAL_CONTROL.test(res.stderr)) fail('control character in the output');
      if (res.code === 0) {
        outcomes.loaded++;
        if (json) {
          try {
            const out = JSON.parse(res.stdout) as { channels?: unknown[] };
            if (!Array.isArray(out.channels)) fail('JSON without channels', res.stdout);
          } catch {
            fail('stdout is not JSON', res.stdout);
          }
          if (res.stderr !== '') fail('stderr not empty with --json', res.stderr);
        } else {
          // Warnings only, each located.
          for (const line of res.stderr.split('\n').filter(Boolean)) if (!LOCATED(file).test(line)) fail('unlocated warning', line);
        }
        // A catalog that loads must work for every command (one of them, in turn, for every other mutant).
        if (outcomes.loaded % 2 === 1) {
          const follow = FOLLOW_UPS[Math.floor(outcomes.loaded / 2) % FOLLOW_UPS.length]!;
          const next = await cli([...follow, '--json', '--channels', file, ...AT]);
          if (next.code !== 0 && next.code !== 2) fail(`${follow.join(' ')} exited ${next.code}`, next.stderr);
          if (next.code === 0) JSON.parse(next.stdout);
        }
      } else if (res.code === 3) {
        outcomes.refused++;
        if (res.stdout !== '') fail('stdout not empty on error', res.stdout);
        if (!res.stderr.endsWith('\n') || res.stderr.slice(0, -1).includes('\n')) fail('error is not one line', res.stderr);
        const message = json ? (JSON.parse(res.stderr) as { error: { message: string } }).error.message : res.stderr;
        if (!LOCATED(file).test(message)) fail('error without file:line:col', message);
        if (!json && !res.stderr.startsWith('wxhelp: ')) fail('error without the wxhelp: prefix', res.stderr);
      } else {
        fail(`exit ${res.code}`, res.stderr);
      }
      // validate on some: the same verdict, every problem located.
      if (m.n % 10 === 0) {
        const v = await cli(['validate', file, '--json', ...AT]);
        const out = JSON.parse(v.stdout) as { valid: boolean; errors: { line: number; column: number; message: string }[] };
        if (v.code !== (out.valid ? 0 : 3) || out.valid !== (res.code === 0))
          fail(`validate exited ${v.code} (valid: ${out.valid}), channels ${res.code}`);
        for (const e of out.errors)
          if (!(e.line >= 1 && e.column >= 1) || e.message.includes('\n')) fail('validate issue badly placed', JSON.stringify(e));
      }
    }
    expect(failures).toEqual([]);
    if (ONLY === undefined) {
      // The mutator must produce both outcomes, or it is not testing much.
      expect(outcomes.loaded).toBeGreaterThan(MUTANTS / 10);
      expect(outcomes.refused).toBeGreaterThan(MUTANTS / 4);
    }
    // Speed is measured by `npm run bench` and the fuzz script, not asserted here.
  }, 180_000);

  it('through the built binary: no stack trace, one line, exit 3 (a few hostile mutants)', () => {
    const hostile = [
      `${original}\nx-deep: ${'['.repeat(20000)}${']'.repeat(20000)}\n`,
      // A billion laughs (9 levels of 9) used where the validator must look.
      original
        .replace(
          '\nchannels:\n',
          `\n${Array.from({ length: 9 }, (_, i) => `x-l${i}: &l${i} [${Array.from({ length: 9 }, () => (i === 0 ? 'zh' : `*l${i - 1}`)).join(', ')}]`).join('\n')}\nchannels:\n`,
        )
        .replace(/(?<=\n {4}languages: )\[zh\]/, '*l8'),
      original.slice(0, Math.floor(original.length / 3)),
      original.replace('channels:\n', 'channels:\n\t- id: x\n'),
      original
        .replace('{from: "09:00", to: "22:00"', '{from: "9am", to: "22:00"')
        .replace('  - id: app-help', '  - id: app-help\n    __proto__: {polluted: true}'),
      original.replace('schemaVersion: 1', 'schemaVersion: 1e309'),
    ];
    for (const [i, text] of hostile.entries()) {
      const file = tmp.file(`bin-${i}.yaml`, text);
      const r = wxhelp(['channels', '--channels', file, ...AT]);
      expect(r.code, `${i}: ${r.stderr}`).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(LOCATED(file));
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
    }
  });
});
