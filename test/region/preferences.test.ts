// SPEC "Standing preferences": `wxhelp config` writes $XDG_CONFIG_HOME/wxhelp/config.yaml; the
// file changes answers exactly as the same flags would; flags win over it and it wins over the
// environment; a broken file is exit 3 naming file:line with a valid example, for every command
// that reads it; writing is atomic and never follows a planted link.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveGlobalOptions } from '../../src/cli/runtime/context.js';
import { fakeIO, runCli } from '../support/fake-io.js';

const AT = '2026-11-28T03:00+08:00';

/** `wxhelp config …` in-process (it reads no time, but the envelope of --json carries one: fixed here). */
const config = (args: string[], { env }: { env: Record<string, string> }) =>
  runCli(['config', ...args], { env, now: () => Date.parse(AT) });

/** A fresh XDG config folder; `yaml`, when given, is written as its wxhelp/config.yaml. */
function home(yaml?: string): { env: Record<string, string>; file: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'wxhelp-prefs-'));
  const dir = join(root, 'wxhelp');
  const file = join(dir, 'config.yaml');
  if (yaml !== undefined) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, yaml);
  }
  return { env: { XDG_CONFIG_HOME: root }, file, dir };
}

describe('wxhelp config', () => {
  it('set, get, list and unset, each value kept as YAML the user can read', async () => {
    const { env, file } = home();
    expect((await config(['list'], { env })).stdout).toBe(`# nothing set in ${file}\n`);
    for (const [key, value] of [
      ['region', 'mainland'],
      ['needs', 'elderly,visually-impaired'],
      ['lang', 'zh'],
      ['accessible', 'true'],
    ]) {
      const r = await config(['set', key!, value!], { env });
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(file, 'utf8')).toBe('region: mainland\nneeds: [ elderly, visually-impaired ]\nlang: zh\naccessible: true\n');
    expect((await config(['get', 'needs'], { env })).stdout).toBe('elderly,visually-impaired\n');
    expect((await config(['get', 'region'], { env })).stdout).toBe('mainland\n');
    const list = await config(['--json', 'list'], { env });
    expect(JSON.parse(list.stdout)).toMatchObject({
      command: 'config',
      file,
      preferences: { lang: 'zh', region: 'mainland', needs: ['elderly', 'visually-impaired'], accessible: true },
    });
    expect((await config(['unset', 'lang'], { env })).code).toBe(0);
    expect((await config(['get', 'lang'], { env })).stdout).toBe('');
    expect(readFileSync(file, 'utf8')).not.toContain('lang');
  });

  it('keeps the comments and the other settings of a file it changes', async () => {
    const { env, file } = home('# mine\nregion: overseas # abroad until June\nneeds: [elderly]\n');
    await config(['set', 'region', 'auto'], { env });
    expect(readFileSync(file, 'utf8')).toBe('# mine\nregion: auto # abroad until June\nneeds: [ elderly ]\n');
  });

  it.each([
    [
      ['config', 'set', 'region', 'moon'],
      /region: "moon" is not valid \(one of mainland, overseas, auto\) — e\.g\. wxhelp config set region mainland/,
    ],
    [['config', 'set', 'needs', 'eldery'], /needs: "eldery" is not a need in this catalog .* — e\.g\. wxhelp config set needs/],
    [['config', 'set', 'colour', 'red'], /unknown setting "colour" \(the settings: lang, region, needs, accessible\)/],
    [['config', 'set', 'region'], /config set region needs a value/],
    [['config', 'get'], /config get needs a setting/],
    [['config', 'frobnicate'], /unknown action "frobnicate"/],
    [['config', 'set', 'accessible', 'yes'], /accessible: "yes" is not valid \(one of true, false\)/],
  ])('%j is a usage error (exit 2) with a valid example, and writes nothing', async (args, message) => {
    const { env, file } = home();
    const r = await runCli(args, { env, now: () => Date.parse(AT) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(() => lstatSync(file)).toThrow();
  });

  it('writes atomically, and never through a link planted at config.yaml: refused, the link and its target untouched', async () => {
    const { env, file, dir } = home();
    expect((await config(['set', 'region', 'mainland'], { env })).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['config.yaml']); // no temporary file left
    const target = join(dir, 'someone-elses-file');
    writeFileSync(target, 'region: overseas # keep me\n');
    rmSync(file);
    symlinkSync(target, file);
    const r = await config(['set', 'region', 'mainland'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`wxhelp: ${file}: cannot be written (a link to ${target})\n`);
    expect(readFileSync(target, 'utf8')).toBe('region: overseas # keep me\n');
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['config.yaml', 'someone-elses-file']);
  });

  it('mends a broken file: unset removes an unknown key, set replaces a bad value', async () => {
    const { env, file } = home('region: moon\ncolour: red\n');
    expect((await config(['list'], { env })).code).toBe(3);
    expect((await config(['unset', 'colour'], { env })).code).toBe(0);
    expect((await config(['set', 'region', 'overseas'], { env })).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('region: overseas\n');
    expect((await config(['list'], { env })).code).toBe(0);
  });
});

describe('the file changes answers exactly as the flags would', () => {
  const flagsFor = { mainland: ['--mainland'], overseas: ['--overseas'] } as const;
  const cases = (['mainland', 'overseas'] as const).flatMap((region) =>
    [['elderly'], ['visually-impaired', 'enterprise'], []].flatMap((needs) =>
      ['UTC', 'CST-8', 'Asia/Shanghai', 'America/Los_Angeles'].flatMap((tz) =>
        [
          ['recommend', '--topic', 'account-unblock'],
          ['recommend', '--topic', 'general', '--json'],
          ['phone'],
          ['emergency', 'stolen'],
          ['channels'],
        ].map((command) => ({ region, needs, tz, command })),
      ),
    ),
  );
  it.each(cases)('region: $region, needs: $needs, TZ=$tz: $command', async ({ region, needs, tz, command }) => {
    const { env } = home(`region: ${region}\nneeds: [${needs.join(', ')}]\n`);
    const fromFile = await runCli([...command, '--at', AT], { env: { ...env, TZ: tz } });
    const fromFlags = await runCli(
      [...command, ...flagsFor[region], ...needs.flatMap((n) => (command[0] === 'recommend' ? ['--need', n] : [])), '--at', AT],
      {
        env: { TZ: tz, XDG_CONFIG_HOME: '/nonexistent' },
      },
    );
    expect(fromFile.code, fromFile.stderr).toBe(0);
    if (command.includes('--json')) {
      const [a, b] = [JSON.parse(fromFile.stdout), JSON.parse(fromFlags.stdout)];
      // The same answer; only what decided the region differs (and says so).
      expect(a.query.region).toMatchObject({ overseas: region === 'overseas', from: 'config' });
      expect(b.query.region).toMatchObject({ overseas: region === 'overseas', from: 'flag' });
      delete a.query.region;
      delete b.query.region;
      expect(a).toEqual(b);
    } else {
      expect(fromFile.stdout).toBe(fromFlags.stdout);
    }
  });

  it('flags win over the file, and the file over the environment', async () => {
    const { env } = home('lang: zh\nregion: overseas\nneeds: [elderly]\n');
    const zh = await runCli(['phone', '--json', '--at', AT], { env: { ...env, LANG: 'en_US.UTF-8', TZ: 'Asia/Shanghai' } });
    expect(JSON.parse(zh.stdout).query.region).toMatchObject({ overseas: true, from: 'config' });
    // In Chinese, and the number as dialled from abroad.
    expect(JSON.parse(zh.stdout).line).toMatchObject({ name: '微信客服热线', dial: '+86-755-83765566' });
    const flags = await runCli(['phone', '--json', '--mainland', '--lang', 'en', '--at', AT], { env: { ...env, TZ: 'UTC' } });
    expect(JSON.parse(flags.stdout).query.region).toMatchObject({ overseas: false, from: 'flag' });
    expect(JSON.parse(flags.stdout).line.name).toMatch(/^WeChat support hotline/);
    const need = await runCli(['recommend', '--topic', 'general', '--json', '--need', 'enterprise', '--at', AT], { env });
    expect(JSON.parse(need.stdout).query.needs).toEqual(['enterprise']);
    const help = await runCli(['--help'], { env });
    expect(help.stdout).toMatch(/^用法：/);
    const auto = home('region: auto\n');
    const zone = await runCli(['phone', '--json', '--at', AT], { env: { ...auto.env, TZ: 'Asia/Shanghai' } });
    expect(JSON.parse(zone.stdout).query.region).toMatchObject({ overseas: false, from: 'zone' });
  });

  it('accessible: the file, else WXHELP_ACCESSIBLE=1', () => {
    const io = (env: Record<string, string>) => fakeIO({ env }).io;
    const prefs = (accessible?: boolean) => ({ file: 'config.yaml', lines: {}, ...(accessible === undefined ? {} : { accessible }) });
    expect(resolveGlobalOptions({ at: AT }, io({}), prefs()).accessible).toBe(false);
    expect(resolveGlobalOptions({ at: AT }, io({ WXHELP_ACCESSIBLE: '1' }), prefs()).accessible).toBe(true);
    expect(resolveGlobalOptions({ at: AT }, io({}), prefs(true)).accessible).toBe(true);
    expect(resolveGlobalOptions({ at: AT }, io({ WXHELP_ACCESSIBLE: '1' }), prefs(false)).accessible).toBe(false);
  });
});

describe('a broken file is never ignored', () => {
  it.each([
    ['region: moon\n', 1, /region: "moon" is not valid \(one of mainland, overseas, auto\) — e\.g\. region: mainland/],
    ['lang: zh\ncolour: red\n', 2, /unknown setting "colour"/],
    ['lang: fr\n', 1, /lang: "fr" is not valid/],
    ['accessible: yes\n', 1, /accessible: "yes" is not valid \(one of true, false\)/],
    ['needs: [elderly, Bad Id]\n', 1, /needs: "Bad Id" is not a list of need ids — e\.g\. needs: \[elderly\]/],
    ['region: [mainland\n', 2, /is not valid YAML/], // where the parser finds the list unclosed
    ['region: mainland\nregion: overseas\n', 2, /is not valid YAML/],
    ['- mainland\n', 1, /must hold settings such as "region: mainland"/],
    ['region:\n', 1, /region: "" is not valid/],
  ])('%j: exit 3, one line naming file:%i and a valid example, for each command that reads it', async (yaml, line, message) => {
    const { env, file } = home(yaml);
    for (const command of [['phone'], ['recommend', '--topic', 'general'], ['channels'], ['config', 'list'], ['config', 'get', 'region']]) {
      const r = await runCli([...command, '--at', AT], { env });
      expect(r.code, `${command.join(' ')}: ${r.stderr}`).toBe(3);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.startsWith(`wxhelp: ${file}:${line}: `), r.stderr).toBe(true);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const json = await runCli(['phone', '--json', '--at', AT], { env });
    expect(JSON.parse(json.stderr).error).toMatchObject({ code: 'BAD_CONFIG' });
  });

  it('a need the catalog does not have: exit 3 at its line, also for ask and config', async () => {
    const { env, file } = home('region: mainland\nneeds: [eldery]\n');
    for (const command of [
      ['recommend', '--topic', 'general'],
      ['config', 'list'],
    ]) {
      const r = await runCli([...command, '--at', AT], { env });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(new RegExp(`^wxhelp: ${file}:2: needs: "eldery" is not a need in this catalog`));
    }
  });

  it('in Chinese with --lang zh', async () => {
    const { env, file } = home('region: moon\n');
    const r = await runCli(['phone', '--lang', 'zh', '--at', AT], { env });
    expect(r.stderr).toBe(`wxhelp: ${file}:1: region 的值“moon”无效（可选：mainland、overseas、auto）——例如：region: mainland\n`);
  });

  it('in Traditional Chinese with --lang zh-Hant', async () => {
    const { env, file } = home('region: moon\n');
    const r = await runCli(['phone', '--lang', 'zh-Hant', '--at', AT], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`wxhelp: ${file}:1: region 的值“moon”無效（可選：mainland、overseas、auto）——例如：region: mainland\n`);
  });

  it('a directory, a FIFO or a huge file at the path: exit 3, without waiting', async () => {
    const dirCase = home();
    mkdirSync(dirCase.file, { recursive: true });
    expect((await runCli(['phone', '--at', AT], { env: dirCase.env })).stderr).toMatch(/is not a regular file/);
    const fifo = home();
    mkdirSync(fifo.dir, { recursive: true });
    execFileSync('mkfifo', [fifo.file]);
    const r = await runCli(['phone', '--at', AT], { env: fifo.env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/is not a regular file/);
    const huge = home(`# ${'x'.repeat(70_000)}\n`);
    expect((await runCli(['phone', '--at', AT], { env: huge.env })).stderr).toMatch(/is larger than 64 KiB/);
  });

  it('help still works (in the environment’s language), so the user can find out how to mend it', async () => {
    const { env } = home('region: moon\n');
    const r = await runCli(['--help'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage:/);
  });
});
