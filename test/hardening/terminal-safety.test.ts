// Terminal safety: a catalog full of escape sequences, BEL, C1 controls and bidi overrides, and
// hostile values on the command line. Nothing that can act on a terminal reaches stdout or
// stderr: no ESC or BEL byte when colour is off, only colour (SGR) sequences when it is forced
// on, and no C1 or bidi control in any case. Every command runs in-process; a representative
// few also through the built binary (the same code behind the process edge).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/run-bin.js';
import { cli, tempDir } from './helpers.js';

const AT = ['--at', '2026-11-28T20:30+08:00', '--tz', 'Europe/London'];
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const tmp = tempDir('wxhelp-safety-');
afterAll(tmp.cleanup);

// YAML double-quoted escapes: ESC sequences (colour, window title, clear screen, hyperlink), BEL,
// 8-bit CSI, NEL, line separator, RLO/LRI bidi controls, a NUL, a DEL and a CR. (Its brackets
// pair up: the loader refuses a file with more than 128 unclosed "[" or "{", even inside quotes.)
const HOSTILE = String.raw`\e[31m\e]0;pwned\a\e[2J\e]8;;https://evil.example\a\x9b1m\N\L\u202e\u2066\0\x7f\r`;
/** Every English and Chinese one-line text in the catalog, with HOSTILE inside it. */
const wrap = (v: string) => `"${HOSTILE}${v.replace(/\\/g, '\\\\')}${HOSTILE}"`;
const poisoned = original
  // block style: "  en: text to the end of the line"
  .replace(/(?<=^ +(?:- )?(?:en|zh): )([^\s"'>|{[&*!#][^\n"]*?)(?= #|$)/gm, wrap)
  // flow style: "{zh: 文字, en: text}"
  .replace(/(?<=[{,] ?(?:en|zh): )([^\s"'{[][^\n{}[\],"]*?)(?=\s*[},])/g, wrap);
const catalog = tmp.file('hostile.yaml', `${poisoned}\n"\\e[2Jx-key\\a": 1\n`);

interface Raw {
  code: number | null;
  stdout: Buffer;
  stderr: Buffer;
}

/** Through the built binary. */
function bin(args: string[], env: Record<string, string> = {}): Raw {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TZ: 'UTC', ...env },
    timeout: 15_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** In-process (see helpers.cli), as bytes. */
async function inProcess(args: string[], env: Record<string, string> = {}): Promise<Raw> {
  const r = await cli(args, env);
  return { code: r.code, stdout: Buffer.from(r.stdout), stderr: Buffer.from(r.stderr) };
}

/** What is wrong with some output: raw ESC/BEL bytes (colour off), or any C0/C1/bidi control. */
function unsafe(bytes: Buffer, colour: boolean): string[] {
  const bad: string[] = [];
  const text = bytes.toString('utf8');
  // With colour, only SGR sequences (ESC [ … m) may appear; take them out before looking.
  const rest = colour ? text.replace(/\u001b\[[0-9;]*m/g, '') : text;
  if (bytes.includes(0x1b) && !colour) bad.push('ESC byte');
  if (bytes.includes(0x07)) bad.push('BEL byte');
  for (const m of rest.matchAll(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g)) {
    bad.push(`U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${m.index}`);
  }
  return [...new Set(bad)];
}

const COMMANDS = [
  ['channels'],
  ['topics'],
  ['hours', '--days', '2'],
  ['hours', 'app-help'],
  ['phone'],
  ['phone', '--overseas'],
  ['phone', '--payment'],
  ['recommend', '--topic', 'account-security', '--urgent', '--overseas', '--need', 'elderly'],
  ['recommend', '--topic', 'payment-appeal'],
  ['emergency'],
  ['emergency', 'funds'],
];

describe('catalog text full of control characters', () => {
  it('the poisoned catalog is still valid (the test is not vacuous)', async () => {
    expect(poisoned.split(HOSTILE).length).toBeGreaterThan(500);
    const r = await inProcess(['validate', catalog, ...AT]);
    expect(r.code, r.stdout.toString()).toBe(0);
  });

  it.each(COMMANDS.map((c, i) => [i % 2 === 0 ? 'zh' : 'en', ...c]))(
    '%s: %s …: nothing reaches the terminal (colour off, and --json)',
    async (lang, ...args) => {
      for (const env of [{ LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' }]) {
        const r = await inProcess([...args, '--channels', catalog, ...AT], env);
        expect(r.code, r.stderr.toString()).toBe(0);
        expect(unsafe(r.stdout, false)).toEqual([]);
        expect(unsafe(r.stderr, false)).toEqual([]);
        // The text around the controls is still there.
        expect(r.stdout.length).toBeGreaterThan(100);
      }
      const j = await inProcess([...args, '--json', '--channels', catalog, ...AT]);
      expect(j.code).toBe(0);
      expect(unsafe(j.stdout, false)).toEqual([]);
      expect(j.stderr.length).toBe(0);
      JSON.parse(j.stdout.toString());
    },
  );

  it('through the binary: channels, recommend and validate (zh), colour off', () => {
    for (const args of [['channels'], ['recommend', '--topic', 'fraud', '--urgent'], ['validate']]) {
      const r = bin([...args, '--channels', catalog, ...AT], { LANG: 'zh_CN.UTF-8' });
      expect(r.code, r.stderr.toString()).toBe(0);
      expect(unsafe(r.stdout, false)).toEqual([]);
      expect(unsafe(r.stderr, false)).toEqual([]);
    }
  });

  it('with colour forced on, only colour sequences', async () => {
    for (const args of [['channels'], ['recommend', '--topic', 'fraud', '--urgent'], ['emergency', 'stolen'], ['hours']]) {
      const r = await inProcess([...args, '--channels', catalog, ...AT], { FORCE_COLOR: '1' });
      expect(r.code).toBe(0);
      expect(r.stdout.includes(0x1b), 'colour was not on').toBe(true);
      expect(unsafe(r.stdout, true)).toEqual([]);
      expect(unsafe(r.stderr, true)).toEqual([]);
    }
  });

  it('validate: the warning that echoes a hostile key is printable (human and JSON)', async () => {
    const r = await inProcess(['validate', catalog, ...AT]);
    expect(r.code).toBe(0);
    const out = r.stdout.toString();
    expect(out).toMatch(/warning: unknown key '.*x-key.*'/);
    expect(unsafe(r.stdout, false)).toEqual([]);
    const j = await inProcess(['validate', catalog, '--json', ...AT]);
    expect(unsafe(j.stdout, false)).toEqual([]);
    expect(JSON.parse(j.stdout.toString()).warnings.length).toBeGreaterThan(0);
  });

  it('errors that echo a hostile value from the catalog are printable', async () => {
    const bad = tmp.file('bad.yaml', original.replace('serviceTimeZone: Asia/Shanghai', `serviceTimeZone: "${HOSTILE}Asia/Shanghai"`));
    for (const args of [
      ['channels', '--channels', bad],
      ['validate', bad],
      ['channels', '--json', '--channels', bad],
      ['validate', '--json', bad],
    ]) {
      const r = await inProcess([...args, ...AT]);
      expect(r.code).toBe(3);
      expect(unsafe(r.stdout, false)).toEqual([]);
      expect(unsafe(r.stderr, false)).toEqual([]);
      expect(`${r.stdout}${r.stderr}`).toContain('bad.yaml');
    }
  });
});

describe('hostile values on the command line', () => {
  const cases: [string, string[], string][] = [
    ['--topic', ['recommend', '--topic', '\u001b[31mred'], '--topic'],
    ['--tz', ['channels', '--tz', '\u001b]0;pwned\u0007'], '--tz'],
    ['--at', ['channels', '--at', '\u009b2J2026-11-28T10:00'], '--at'],
    ['--lang', ['channels', '--lang', 'en\u202e'], '--lang'],
    ['--days', ['hours', '--days', '\u00073'], '--days'],
    ['--limit', ['recommend', '--topic', 'general', '--limit', '\u001b[2J'], '--limit'],
    ['--need', ['recommend', '--topic', 'general', '--need', 'eld\u001berly'], '--need'],
    ['emergency kind', ['emergency', '\u001b[5mstolen'], 'emergency'],
    ['hours channel', ['hours', '\u001b[1Aapp'], 'hours'],
    ['unknown command', ['\u001b[31mchannels'], 'unknown command'],
    ['unknown option', ['channels', '--\u001b[31m'], 'unknown option'],
    ['--channels path', ['channels', '--channels', '/nonexistent/\u001b]0;x\u0007.yaml'], 'not found'],
    ['validate path', ['validate', '/nonexistent/\u009b31m\u202e.yaml'], 'not found'],
  ];

  it.each(cases)('%s: the error names it, shows the value escaped, and lets nothing through', async (_name, args, names) => {
    for (const json of [false, true]) {
      // The human form through the binary, the JSON one in-process.
      const run = json ? inProcess : async (a: string[]) => bin(a);
      const r = await run([...args, ...(json ? ['--json'] : []), ...(args.includes('--at') || args.includes('--tz') ? [] : AT)]);
      expect([2, 3]).toContain(r.code);
      expect(r.stdout.length).toBe(0);
      expect(unsafe(r.stderr, false)).toEqual([]);
      const line = r.stderr.toString();
      expect(line.trimEnd().split('\n')).toHaveLength(1);
      const message = json ? (JSON.parse(line) as { error: { message: string } }).error.message : line;
      expect(message).toContain(names);
      // Shown, not dropped: the escape is visible as text.
      expect(message).toMatch(/\\u00(1b|07|9b)|\\u202e/);
    }
  });
});
