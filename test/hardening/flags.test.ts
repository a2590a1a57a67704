// Every option of every command given a bad value: exit 2, one line naming the flag, and a hint
// whose example really works. Conflicts, unknown commands and options (with the nearest
// suggestion), the JSON error object, and WXHELP_DEBUG. In-process, plus a few through the binary.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { wxhelp } from '../e2e/run-bin.js';
import { cli } from './helpers.js';

const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
/** `args` with a fixed --at and --tz, unless they give their own. */
const fixed = (args: string[]) => [
  ...args,
  ...(args.includes('--at') ? [] : AT.slice(0, 2)),
  ...(args.includes('--tz') ? [] : AT.slice(2)),
];

/** A usage error: exit 2, nothing on stdout, one line on stderr that names `flag`. */
async function usage(args: string[], flag: string) {
  const r = await cli(fixed(args));
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n') && !r.stderr.slice(0, -1).includes('\n'), r.stderr).toBe(true);
  expect(r.stderr).toMatch(/^wxhelp: /);
  expect(r.stderr).toContain(flag);
  return r.stderr;
}

/** The example in "e.g. --flag value" or "e.g. wxhelp …", as arguments. */
function example(line: string, flag: string): string[] {
  const m = new RegExp(`e\\.g\\. ${flag} ([^\\s,)]+)`).exec(line);
  expect(m, `no example for ${flag} in: ${line}`).not.toBeNull();
  return [flag, m![1]!];
}

/** `args` with the value after `flag` replaced by the example's. */
function withExample(args: string[], flag: string, ex: string[]): string[] {
  const i = args.lastIndexOf(flag);
  return i < 0 || i === args.length - 1 || args[i + 1]!.startsWith('--')
    ? [...args.filter((a) => a !== flag), ...ex]
    : [...args.slice(0, i), ...ex, ...args.slice(i + 2)];
}

// [arguments, the flag the message must name]
const BAD_VALUES: [string[], string][] = [
  [['channels', '--at', 'not-a-date', '--tz', 'UTC'], '--at'],
  [['channels', '--at', '', '--tz', 'UTC'], '--at'],
  [['channels', '--at', '2026-13-01T10:00', '--tz', 'UTC'], '--at'],
  [['channels', '--at', '2026-11-28', '--tz', 'UTC'], '--at'],
  [['channels', '--at', '10:00', '--tz', 'UTC'], '--at'],
  [['channels', '--at', 'now', '--tz', 'UTC'], '--at'],
  [['channels', '--tz', 'Mars/Olympus', '--at', '2026-11-28T10:00Z'], '--tz'],
  [['channels', '--tz', '', '--at', '2026-11-28T10:00Z'], '--tz'],
  [['channels', '--tz', '+08:00', '--at', '2026-11-28T10:00Z'], '--tz'],
  [['channels', '--tz', 'UTC+8', '--at', '2026-11-28T10:00Z'], '--tz'],
  [['channels', '--lang', 'fr'], '--lang'],
  [['channels', '--lang', ''], '--lang'],
  [['channels', '--lang', 'english'], '--lang'],
  [['recommend', '--topic', 'nope'], '--topic'],
  [['recommend', '--topic', ''], '--topic'],
  [['recommend', '--topic', 'general', '--need', 'nope'], '--need'],
  [['recommend', '--topic', 'general', '--need', 'elderly', '--need', 'x'], '--need'],
  [['recommend', '--topic', 'general', '--limit', '0'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', '-1'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', '1.5'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', '1e3'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', '101'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', 'three'], '--limit'],
  [['recommend', '--topic', 'general', '--limit', '99999999999999999999'], '--limit'],
  [['phone', '--topic', 'nope'], '--topic'],
  [['hours', '--days', '0'], '--days'],
  [['hours', '--days', '15'], '--days'],
  [['hours', '--days', 'x'], '--days'],
  [['hours', '--days', '-3'], '--days'],
  [['hours', '--days', ''], '--days'],
  [['hours', '--days', '0x10'], '--days'],
];

describe('every invalid value: exit 2, the flag named, an example that works', () => {
  it.each(BAD_VALUES)('%j', async (args, flag) => {
    const line = await usage(args, flag);
    const ex = example(line, flag);
    const repaired = fixed(withExample(args, flag, ex));
    const ok = await cli(repaired);
    expect(ok.code, `${repaired.join(' ')}: ${ok.stderr}`).toBe(0);
  });

  it('--channels with an empty name', async () => {
    const line = await usage(['channels', '--channels', ''], '--channels');
    expect(line).toContain('e.g. --channels ./my-channels.yaml');
  });

  it.each([
    [['recommend'], '--topic', 'wxhelp recommend "my account was stolen"'],
    [['emergency', 'nope'], 'emergency', 'wxhelp emergency stolen'],
    [['hours', 'nope'], 'hours', 'wxhelp hours app-help'],
    [['completion', 'tcsh'], "'shell'", 'bash, zsh, fish'],
  ])('%j names %s and shows a valid form', async (args, names, shows) => {
    const line = await usage(args, names);
    expect(line).toContain(shows);
  });

  it.each(
    ['--at', '--tz', '--lang', '--channels']
      .map((f) => [['channels', f]] as [string[]])
      .concat([
        [['recommend', '--topic']],
        [['recommend', '--topic', 'general', '--need']],
        [['recommend', '--topic', 'general', '--limit']],
        [['phone', '--topic']],
        [['hours', '--days']],
      ]),
  )('a value missing at the end (%j): the flag and an example', async (args) => {
    const r = await cli(args);
    const flag = args.at(-1)!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^wxhelp: option '${flag} <[^>]+>' argument missing — e\\.g\\. ${flag} \\S+`));
  });
});

describe('conflicting flags', () => {
  it.each([
    [['phone', '--payment', '--topic', 'general'], "option '--payment' cannot be used with option '--topic <id>'"],
    [['phone', '--overseas', '--mainland'], "option '--overseas' cannot be used with option '--mainland'"],
    [['recommend', '--topic', 'general', '--urgent', '--not-urgent'], "option '--urgent' cannot be used with option '--not-urgent'"],
  ])('%j is refused, saying which', async (args, says) => {
    const line = await usage(args, says);
    expect(line).toMatch(/ — see `wxhelp (phone|recommend) --help` for examples\n$/);
  });

  it('through the binary, human and --json', () => {
    const r = wxhelp(['phone', '--overseas', '--mainland', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^wxhelp: option '--overseas' cannot be used with option '--mainland' — /);
    const j = wxhelp(['phone', '--overseas', '--mainland', '--json', ...AT]);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr)).toMatchObject({ error: { code: 'CONFLICTING_OPTION' } });
  });
});

describe('unknown commands and options', () => {
  it.each([
    [['chanels'], "unknown command 'chanels' (Did you mean channels?)"],
    [['recomend', '--topic', 'general'], "unknown command 'recomend' (Did you mean recommend?)"],
    [['emergncy'], "unknown command 'emergncy' (Did you mean emergency?)"],
    [['phone', '--overseass'], "unknown option '--overseass' (Did you mean --overseas?)"],
    [['--jsn', 'channels'], "unknown option '--jsn' (Did you mean --json?)"],
    [['recommend', '--topik', 'general'], "unknown option '--topik' (Did you mean --topic?)"],
    [['hours', '--day', '3'], "unknown option '--day' (Did you mean --days?)"],
  ])('%j keeps the suggestion in the one line', async (args, says) => {
    await usage(args, says);
  });

  it('an unknown command with nothing near lists the commands (not the hidden ones)', async () => {
    const line = await usage(['frobnicate'], "unknown command 'frobnicate'");
    expect(line).toContain('commands: ask, recommend, phone, channels, hours, remind, emergency, topics, validate');
    expect(line).not.toContain('__complete');
  });

  it('too many arguments names the command and its help', async () => {
    const line = await usage(['topics', 'extra'], "too many arguments for 'topics'");
    expect(line).toContain('see `wxhelp topics --help` for examples');
  });

  it('through the binary: the suggestion survives, in human and JSON form', () => {
    const r = wxhelp(['chanels', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wxhelp: unknown command 'chanels' \(Did you mean channels\?\) — commands: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const j = wxhelp(['--json', 'phone', '--overseass', ...AT]);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr)).toEqual({
      error: {
        code: 'UNKNOWN_OPTION',
        message: "unknown option '--overseass' (Did you mean --overseas?)",
        hint: expect.any(String),
        suggestions: ['--overseas'],
      },
    });
  });
});

describe('with --json every error is { error: { code, message, hint, suggestions?, valid? } } on stderr', () => {
  it.each([
    [['recommend', '--topic', 'nope'], 'UNKNOWN_TOPIC', 2],
    [['hours', '--days', '0'], 'BAD_NUMBER', 2],
    [['channels', '--tz', 'Nowhere/Town'], 'BAD_TZ', 2],
    [['frobnicate'], 'UNKNOWN_COMMAND', 2],
    [['channels', '--channels', '/nonexistent/c.yaml'], 'CATALOG_NOT_FOUND', 3],
    [['ask'], 'NO_TERMINAL', 2],
  ])('%j → %s, exit %i', async (args, code, exit) => {
    const r = await cli(fixed([...args, '--json']));
    expect(r.code, r.stderr).toBe(exit);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(r.stderr) as { error: Record<string, unknown> };
    expect(Object.keys(parsed)).toEqual(['error']);
    const keys = Object.keys(parsed.error);
    expect(keys).toEqual(expect.arrayContaining(['code', 'hint', 'message']));
    expect(keys.filter((k) => !['code', 'hint', 'message', 'suggestions', 'valid'].includes(k))).toEqual([]);
    if (code !== 'NO_TERMINAL') expect(parsed.error.code).toBe(code);
    expect(typeof parsed.error.message).toBe('string');
  });
});

describe('a huge value echoed back is shortened', () => {
  it('one readable line, not the whole value', async () => {
    const huge = 'x'.repeat(100_000);
    for (const args of [['recommend', '--topic', 'general', '--limit', huge], ['channels', '--tz', huge], [huge]]) {
      const r = await cli(fixed(args));
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeLessThan(1200);
      expect(r.stderr).toContain('…');
    }
  });
});

describe('WXHELP_DEBUG', () => {
  /** An IO whose stdout fails: an unexpected failure inside a command. */
  async function failing(env: Record<string, string>, args = ['channels', ...AT]) {
    let stderr = '';
    const io: IO = {
      stdout: {
        write: () => {
          throw new Error('disk on fire');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: {},
      env,
      now: () => 0,
      systemZone: () => 'UTC',
      homeDir: '/nonexistent-home',
    };
    return { code: await run(args, io), stderr };
  }

  it('an unexpected failure: exit 1, one line asking to report it, no stack', async () => {
    const r = await failing({});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^wxhelp: unexpected failure — please report it .*: disk on fire — set WXHELP_DEBUG=1 to see the details\n$/);
  });

  it('with WXHELP_DEBUG=1: the stack, then the line', async () => {
    const r = await failing({ WXHELP_DEBUG: '1' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: disk on fire\n\s+at /);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^wxhelp: unexpected failure/);
  });

  it('with WXHELP_DEBUG=1 a usage or catalog error still has no stack', async () => {
    for (const args of [['recommend', '--topic', 'nope'], ['channels', '--channels', '/nonexistent.yaml'], ['chanels']]) {
      const r = await cli([...args, ...AT], { WXHELP_DEBUG: '1' });
      expect([2, 3]).toContain(r.code);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('through the binary: an output that cannot be written is exit 1 and one line; the stack only with WXHELP_DEBUG=1', async () => {
    const { openSync, closeSync, writeFileSync, rmSync } = await import('node:fs');
    const { spawnSync } = await import('node:child_process');
    const { BIN } = await import('../e2e/run-bin.js');
    const { tmpdir } = await import('node:os');
    const path = `${tmpdir()}/wxhelp-readonly-${process.pid}.txt`;
    writeFileSync(path, '');
    const readOnly = openSync(path, 'r'); // stdout opened for reading: every write fails (EBADF)
    try {
      for (const debug of [false, true]) {
        const r = spawnSync(process.execPath, [BIN, 'channels', ...AT], {
          stdio: ['ignore', readOnly, 'pipe'],
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', ...(debug ? { WXHELP_DEBUG: '1' } : {}) },
          timeout: 10_000,
        });
        expect(r.status).toBe(1);
        expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('wxhelp: cannot write the output: EBADF');
        if (debug) expect(r.stderr).toMatch(/\n\s+at /);
        else expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
      // In the user's language, like every other message.
      const zh = spawnSync(process.execPath, [BIN, 'channels', ...AT], {
        stdio: ['ignore', readOnly, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'zh_CN.UTF-8' },
        timeout: 10_000,
      });
      expect({ status: zh.status, stderr: zh.stderr }).toEqual({ status: 1, stderr: 'wxhelp: 无法写出结果：EBADF\n' });
    } finally {
      closeSync(readOnly);
      rmSync(path, { force: true });
    }
  });
});
