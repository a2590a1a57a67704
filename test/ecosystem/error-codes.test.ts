// Every error code wxhelp can print is in the README with its exit code, and the errors a script
// meets carry what it needs as data: the nearest ids in `suggestions`, every accepted value in
// `valid`. The code list is src/cli/runtime/error-codes.ts (errors are typed to use only it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/cli/runtime/error-codes.js';
import { runCli } from '../support/fake-io.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const AT = ['--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Shanghai'];

/** The README's table: code → exit code. */
function documented(): Map<string, number> {
  const rows = [...README.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| (\d+) \|/gm)];
  return new Map(rows.map((m) => [m[1]!, Number(m[2])]));
}

async function error(args: string[]) {
  const r = await runCli(['--json', ...AT, ...args]);
  const line = r.stderr.trim().split('\n').at(-1)!;
  return {
    exit: r.code,
    error: JSON.parse(line).error as { code: string; message: string; hint: string | null; suggestions?: string[]; valid?: string[] },
  };
}

describe('error codes', () => {
  it('the README lists every code with its exit code, and no code that does not exist', () => {
    const table = documented();
    for (const [code, exit] of Object.entries(ERROR_CODES)) expect(table.get(code), code).toBe(exit);
    expect([...table.keys()].filter((code) => !(code in ERROR_CODES))).toEqual([]);
  });

  it.each([
    [['bogus'], 'UNKNOWN_COMMAND'],
    [['chanels'], 'UNKNOWN_COMMAND'],
    [['phone', '--overseass'], 'UNKNOWN_OPTION'],
    [['recommend', '--topic'], 'OPTION_MISSING_ARGUMENT'],
    [['topics', 'extra'], 'EXCESS_ARGUMENTS'],
    [['phone', '--overseas', '--mainland'], 'CONFLICTING_OPTION'],
    [['--lang', 'fr', 'phone'], 'BAD_LANG'],
    [['--tz', 'Mars/Olympus', 'phone'], 'BAD_TZ'],
    [['--channels', '', 'phone'], 'BAD_CHANNELS'],
    [['hours', '--days', '0'], 'BAD_NUMBER'],
    [['recommend', '--topic', 'payement'], 'UNKNOWN_TOPIC'],
    [['recommend', '--topic', 'general', '--need', 'eldery'], 'UNKNOWN_NEED'],
    [['emergency', 'stole'], 'UNKNOWN_EMERGENCY'],
    [['hours', 'hotlin'], 'UNKNOWN_CHANNEL'],
    [['recommend'], 'MISSING_TOPIC'],
    [['recommend', 'zzzz', 'qqqq'], 'NO_MATCH'],
    [['ask'], 'NOT_A_TERMINAL'],
    [['__complete', 'nope'], 'BAD_COMPLETE_KIND'],
    [['--channels', '/nonexistent/channels.yaml', 'phone'], 'CATALOG_NOT_FOUND'],
    [['--channels', '/', 'phone'], 'CATALOG_IS_DIRECTORY'],
  ])('%j → %s, with the exit code the table gives', async (args, code) => {
    const { exit, error: e } = await error(args);
    expect(e.code).toBe(code);
    expect(exit).toBe(ERROR_CODES[code as keyof typeof ERROR_CODES]);
  });

  it('--at that is not a date: BAD_AT', async () => {
    const r = await runCli(['--at', 'tomorrow', 'phone', '--json']);
    expect(JSON.parse(r.stderr).error.code).toBe('BAD_AT');
    expect(r.code).toBe(ERROR_CODES.BAD_AT);
  });

  it('an unknown id carries the nearest one in suggestions and every id in valid', async () => {
    const topic = (await error(['recommend', '--topic', 'payement'])).error;
    expect(topic.suggestions).toEqual(['payment']);
    expect(topic.valid).toContain('account-security');
    const kind = (await error(['emergency', 'stole'])).error;
    expect(kind.suggestions).toEqual(['stolen']);
    expect(kind.valid).toEqual(expect.arrayContaining(['stolen', 'funds', 'leak']));
    const far = (await error(['recommend', '--topic', 'qqqqqqqq'])).error;
    expect(far.suggestions).toEqual([]);
    expect(far.valid!.length).toBeGreaterThan(5);
  });

  it('an unknown command or flag carries what commander suggests; --lang lists its values', async () => {
    const command = (await error(['chanels'])).error;
    expect(command.suggestions).toEqual(['channels']);
    expect(command.valid).toEqual(expect.arrayContaining(['recommend', 'phone', 'channels', 'hours']));
    expect((await error(['phone', '--overseass'])).error.suggestions).toEqual(['--overseas']);
    expect((await error(['--lang', 'fr', 'phone'])).error.valid).toEqual(['zh', 'zh-Hant', 'en']);
  });
});
