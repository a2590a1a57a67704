// Every string of every JSON output is as clean as the text: what `jq -r` prints cannot act on a terminal.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { envelope } from '../../src/render/json/envelope.js';
import { runCli } from '../support/fake-io.js';
import { tempDir } from './helpers.js';

const AT = ['--at', '2026-11-28T12:00Z', '--tz', 'UTC'];
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const tmp = tempDir('wxhelp-json-strings-');
afterAll(tmp.cleanup);
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Every string in a parsed JSON value, keys too. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

describe('JSON strings', () => {
  it('validate --json: a warning path from a key with C1 and bidi characters is cleaned', async () => {
    const key = 'x\u009b31m\u202eevil\u0085';
    const file = tmp.file('keys.yaml', original.replace('schemaVersion: 1\n', `schemaVersion: 1\n"${key}": 1\n`));
    const r = await runCli(['validate', file, '--json', ...AT]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { warnings: { path: string; message: string }[] };
    expect(out.warnings.length).toBeGreaterThan(0);
    for (const s of strings(out)) expect(s, JSON.stringify(s)).not.toMatch(UNSAFE);
    expect(out.warnings.some((w) => w.path.includes('evil'))).toBe(true);
  });

  it('the envelope cleans every string and key, keeping the lines of a multi-line payload', () => {
    const json = envelope(
      'x',
      { at: 0, timeZone: 'UTC', serviceTimeZone: 'Asia/Shanghai' },
      {
        file: 'a\u001b]0;PWNED\u0007b.yaml',
        nested: [{ 'k\u202e': 'v\u0085w' }],
        ics: 'BEGIN:VCALENDAR\r\nSUMMARY:x\u001b[31m\r\nEND:VCALENDAR\r\n',
      },
    );
    const out = JSON.parse(json);
    expect(out.file).toBe('ab.yaml');
    expect(out.nested).toEqual([{ k: 'vw' }]);
    expect(out.ics).toBe('BEGIN:VCALENDAR\r\nSUMMARY:x\r\nEND:VCALENDAR\r\n');
  });
});
