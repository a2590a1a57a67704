// JSON mode and usage errors come from argv as commander reads it, not from a word anywhere in it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/fake-io.js';

const AT = ['--at', '2026-11-28T12:00Z'];

describe('a bad global option without a command is a usage error, not the help', () => {
  it.each([
    [['--at', 'tomorrow'], /^wxhelp: --at:/],
    [['--json', '--tz', 'x'], /^\{"error":\{"code":"BAD_TZ"/],
    [['--lang', 'xx'], /^wxhelp: --lang:/],
    [['--tz'], /argument missing/],
    // Asking for help does not skip the check.
    [['help', '--at', '2J'], /^wxhelp: --at:/],
    [['help', '--lang', 'evil', 'help'], /^wxhelp: --lang:/],
    [['help', '--json', '--tz', 'x'], /^\{"error":\{"code":"BAD_TZ"/],
    [['phone', '--help', '--at', 'tomorrow'], /^wxhelp: --at:/],
    [['--at', 'tomorrow', '--help'], /^wxhelp: --at:/],
    [['--lang', 'zh', 'help', '--at', 'x'], /^wxhelp: --at：“x”不是有效的 ISO 8601 日期时间——例如：--at 2026-11-28T21:30、--at/],
  ])('%j → exit 2', async (args, stderr) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [[]],
    [['--json']],
    [['--tz', 'Asia/Shanghai']],
    [[...AT, '--lang', 'zh']],
    [['help', ...AT]],
    [['help', 'phone', ...AT]],
    [['phone', '--help', ...AT]],
  ])('good options %j still show the help', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(Usage:|用法：) wxhelp/);
  });
});

describe('JSON mode from the parsed options only', () => {
  it('--json as the value of --tz is not JSON mode', async () => {
    const r = await runCli(['channels', '--tz', '--json', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wxhelp: --tz: "--json" is not an IANA time zone/);
  });

  it('--json after "--" is a word of the problem, not JSON mode', async () => {
    const r = await runCli(['recommend', '--topic', 'general', ...AT, '--', '--json']);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).toThrow();
  });

  it('--json as the value of --channels is a file name', async () => {
    const r = await runCli(['channels', '--channels', '--json', ...AT]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^wxhelp: catalog file not found: --json/);
  });

  it('--json anywhere among the options, before or after the command, is JSON mode', async () => {
    for (const args of [
      ['--json', 'channels', ...AT],
      ['channels', ...AT, '--json'],
      ['nope', '--json'],
    ]) {
      const r = await runCli(args);
      expect(() => JSON.parse(r.code === 0 ? r.stdout : r.stderr), args.join(' ')).not.toThrow();
    }
  });
});
