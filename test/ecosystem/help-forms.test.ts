// Help as gh does it: `wxhelp help <command>` is `<command> --help`, every command's help lists
// the global options and shows examples, exit codes and the catalog order are one command away,
// and with zh all of it — commander's own titles and usage errors too — is Chinese.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIO, runCli } from '../support/fake-io.js';

const commands = buildProgram(fakeIO().io, '0.0.0', { exitCode: 0 })
  .commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
  .map((c) => c.name())
  .filter((name) => name !== 'help');

const pkgVersion = (await import('../../package.json', { with: { type: 'json' } })).default.version as string;

describe('help forms', () => {
  it.each(commands)('`wxhelp help %s` is its --help, with global options and examples', async (name) => {
    const a = await runCli(['help', name]);
    const b = await runCli([name, '--help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/\nGlobal Options:\n(.*\n)*\s+--json /);
    expect(a.stdout).toMatch(/--tz <zone>/);
    expect(a.stdout).toMatch(/\nExamples?:\n {2}\$ /);
    expect(a.stdout).toContain(`wxhelp ${name}`);
  });

  it('`wxhelp help` and `wxhelp --help` list the help command, the catalog order and the exit codes', async () => {
    const a = await runCli(['help']);
    const b = await runCli(['--help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/\n {2}help \[command\] /);
    expect(a.stdout).toMatch(
      /1\. --channels <file>\n {2}2\. \$WXHELP_CHANNELS\n {2}3\. \$XDG_CONFIG_HOME\/wxhelp\/channels\.yaml\n {5}\(default [^)]*\)\n {2}4\. the built-in channels\.yaml/,
    );
    expect(a.stdout).toContain('Exit codes: 0 ok');
    expect(a.stdout).toContain('wxhelp help exit-codes');
  });

  it('`wxhelp help exit-codes` and `wxhelp exit-codes` explain every exit code', async () => {
    const help = await runCli(['help', 'exit-codes']);
    const plain = await runCli(['exit-codes']);
    expect(help.code).toBe(0);
    expect(plain.code).toBe(0);
    for (const code of ['0', '1', '2', '3', '130']) {
      expect(help.stdout).toMatch(new RegExp(`\\n {2}${code} +\\S`));
      expect(plain.stdout).toMatch(new RegExp(`(^|\\n) {2}${code} +\\S`));
    }
  });

  it('--version and -V print "wxhelp <version>"', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^wxhelp \d+\.\d+\.\d+\S*\n$/);
    }
    expect(pkgVersion).toMatch(/^\d/);
  });

  it('`wxhelp help nope`: a usage error naming the commands', async () => {
    const r = await runCli(['help', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'nope'");
  });
});

/** Chinese text: no English word outside flags, ids, commands, placeholders and names. */
function englishWords(text: string): string[] {
  const cleaned = text
    .replace(/`[^`]*`/g, '')
    .replace(/visually-impaired|Ctrl-C|\bvalidate\b/g, '')
    .replace(/^用法：.*$/m, '') // the usage line is a command form
    .replace(/^ {2}\$ .*$/gm, '') // example command lines
    .replace(/^ {2}[a-z][\w-]*/gm, '') // command names in the list
    .replace(/exit-codes/g, '')
    .replace(/--?[a-zA-Z][\w-]*( <[^>]+>)?/g, '')
    .replace(/<[^>]+>|\[[^\]]+\]/g, '')
    .replace(/\$?[A-Z_]{2,}(=\w+)?/g, '')
    .replace(/\S*\/\S*|\S+\.(yaml|json|ics)/g, '')
    .replace(
      /\b(wxhelp|JSON|ISO|IANA|iCalendar|ics|Tab|shell|bash|zsh|fish|Ctrl-C|schema|Schema|YAML|yaml-language-server|id|App|Windows|stolen|funds|leak|elderly|visually-impaired|enterprise|zh|en|n|help|file|line|col|lang|region|needs|accessible|list|get|set|unset|mainland|overseas|auto|true|false|Hant)\b/g,
      '',
    );
  return cleaned.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('help and usage errors in Chinese', () => {
  const zhRuns: [string, string[], Record<string, string>][] = [
    ['--lang zh', ['--lang', 'zh'], {}],
    ['LANG=zh_CN.UTF-8', [], { LANG: 'zh_CN.UTF-8' }],
  ];

  it.each(zhRuns)('with %s, every help text is Chinese, with full-width punctuation', async (_label, lang, env) => {
    for (const name of [undefined, ...commands, 'exit-codes', 'environment']) {
      const r = await runCli([...lang, ...(name === undefined ? ['--help'] : ['help', name])], { env });
      expect(r.code).toBe(0);
      // A command's help starts with its usage; a help topic (exit codes, environment) is its text alone.
      expect(r.stdout).toMatch(['exit-codes', 'environment'].includes(name ?? '') ? /^[^\n]*：\n/ : /^用法：/);
      expect(r.stdout).not.toMatch(/\b(Usage|Options|Arguments|Commands|Examples?|Global Options):/);
      expect(englishWords(r.stdout), `${name ?? 'wxhelp'}: ${r.stdout}`).toEqual([]);
      // Chinese prose uses full-width punctuation: no ASCII comma or colon after a CJK character.
      expect(r.stdout).not.toMatch(/[\u4e00-\u9fff][,:;]/);
    }
  });

  it.each([
    [['recomend'], /^wxhelp: 未知命令“recomend”（是否要输入 recommend？）/],
    [['phone', '--overseaz'], /^wxhelp: 未知选项“--overseaz”（是否要输入 --overseas？）/],
    [['remind'], /^wxhelp: 缺少必需的参数“channel-id”/],
    [['hours', '--days'], /^wxhelp: 选项“--days <n>”缺少取值——例如：--days 7/],
    [['recommend', '--urgent', '--not-urgent'], /^wxhelp: 选项“--urgent”不能与选项“--not-urgent”同时使用/],
    [['topics', 'extra'], /^wxhelp: “topics”的参数过多：应为 0 个，实际 1 个/],
    [['completion', 'tcsh'], /^wxhelp: 参数“shell”的取值“tcsh”无效；可选：bash, zsh, fish/],
  ])("%j: commander's usage error in Chinese, exit 2", async (args, message) => {
    const r = await runCli(['--lang', 'zh', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const en = await runCli(args);
    expect(en.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
