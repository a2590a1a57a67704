// SPEC "One language at a time" for catalogs: every way a catalog can be unusable or wrong, read
// by `channels` (the first error, or the warnings on stderr) and by `validate` (text and --json),
// is said in Chinese with --lang zh — nothing English but paths, keys, ids, values, numbers,
// codes, commands and flags — with its file:line:col, and stays English with --lang en.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogDef, type Def } from '../../src/catalog/schema.js';
import { parseCatalog } from '../../src/catalog/load.js';
import { CatalogError, readCatalogFile } from '../../src/catalog/read-file.js';
import { issueLine, issueText, readProblemText, translatedPhrases } from '../../src/catalog/messages.js';
import { englishWords } from '../support/english-words.js';
import { runCli } from '../support/fake-io.js';

const MINIMAL = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'wxhelp-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edit(from: string, to: string, text = MINIMAL): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture text not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Every key and `expected` phrase of the catalog's definition. */
const keys = new Set<string>();
const phrases = new Set<string>();
const walk = (def: Def): void => {
  if ('expected' in def && def.expected !== undefined) phrases.add(def.expected);
  if ('$ref' in def) return;
  if ('oneOf' in def) def.oneOf.forEach(walk);
  else if (def.type === 'object') {
    for (const [k, v] of Object.entries(def.properties)) {
      keys.add(k);
      walk(v);
    }
  } else if (def.type === 'array') walk(def.items);
};
walk(catalogDef);
Object.values(catalogDef.$defs).forEach(walk);
/** Keys, and the fixture's ids: code, kept as written. */
const kept = new Set([...keys, ...[...MINIMAL.matchAll(/\bid: ([\w-]+)/g)].map((m) => m[1]!)]);

const STEP = `emergencies:
  - id: stolen
    name: { zh: 被盗, en: Stolen }
    trigger: { zh: 甲, en: A }
    response: { zh: 甲, en: A }
    agency: { zh: 甲, en: A }
    source: seed
    steps:
      - text: { zh: 拨打 0755-83765566, en: Call 0755-83765566 }
        channel: app
`;

interface Case {
  name: string;
  /** The file's content (a Buffer for bytes that are not UTF-8), or a path that is no file. */
  text?: string | Buffer;
  path?: string;
  /** Exit codes of `channels` and `validate`. */
  channels: number;
  validate: number;
  /** The problem has a place in the file (file:line:col). */
  placed: boolean;
}

const cases: Case[] = [
  {
    name: 'wrong type: a list for text',
    text: edit('        priority: A', '        priority: [A]'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'wrong type: a number for text',
    text: edit('        priority: A', '        priority: 1'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  { name: 'empty text', text: edit('        priority: A', '        priority: ""'), channels: 3, validate: 3, placed: true },
  { name: 'missing key', text: edit('    kind: app\n', ''), channels: 3, validate: 3, placed: true },
  {
    name: 'unknown key (a warning)',
    text: edit('    kind: app\n', '    kind: app\n    colour: green\n'),
    channels: 0,
    validate: 0,
    placed: true,
  },
  {
    name: 'unknown key, with a guess',
    text: edit('    kind: app\n', '    kind: app\n    nmae: x\n'),
    channels: 0,
    validate: 0,
    placed: true,
  },
  { name: 'bad time 25:00', text: edit('from: "09:00"', 'from: "25:00"'), channels: 3, validate: 3, placed: true },
  { name: 'a value not in the list', text: edit('state: open }', 'state: opn }'), channels: 3, validate: 3, placed: true },
  { name: 'a number out of range', text: edit('waitMinutes: 12 }', 'waitMinutes: -1 }'), channels: 3, validate: 3, placed: true },
  { name: 'not a real date', text: edit('from: 2025-10-01', 'from: 2025-02-30'), channels: 3, validate: 3, placed: true },
  { name: 'exception ends before it starts', text: edit('to: 2025-10-07', 'to: 2025-09-07'), channels: 3, validate: 3, placed: true },
  { name: 'duplicate key', text: edit('    kind: app\n', '    kind: app\n    kind: web\n'), channels: 3, validate: 3, placed: true },
  {
    name: 'YAML syntax: unclosed quote',
    text: edit('    ref: seed/000.txt', '    ref: "seed/000.txt'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'YAML syntax: tab indentation',
    text: edit('    ref: seed/000.txt\n', '    ref: seed/000.txt\n\tconfidence: seed\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'YAML syntax: bad indentation',
    text: edit('    kind: app\n', '    kind: app\n   name: x\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'YAML syntax: a key over two lines',
    text: edit('    kind: app\n', '    kind: app\n    a\n    b: c\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'YAML warning: unknown tag',
    text: edit('    confidence: seed\n', '    confidence: !foo seed\n'),
    channels: 0,
    validate: 0,
    placed: true,
  },
  { name: 'YAML warning: unknown directive', text: `%FOO bar\n---\n${MINIMAL}`, channels: 0, validate: 0, placed: true },
  { name: 'unknown alias', text: edit('    confidence: seed\n', '    confidence: *nope\n'), channels: 3, validate: 3, placed: true },
  {
    name: 'unknown channel id in a route',
    text: edit('      - channel: app\n', '      - channel: ap\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  { name: 'duplicate channel id', text: edit('  - id: phone-general\n', '  - id: app\n'), channels: 3, validate: 3, placed: true },
  {
    name: 'a service the channel lacks',
    text: edit('        service: unblock\n', '        service: unblok\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'bad time zone',
    text: edit('serviceTimeZone: Asia/Shanghai', 'serviceTimeZone: Mars/Olympus'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  { name: 'phone line without a number', text: edit('    number: 0755-83765566\n', ''), channels: 3, validate: 3, placed: true },
  {
    name: 'duplicate and empty phrases',
    text: edit(
      '    description: { zh: 基本功能, en: Basic functions }\n',
      '    description: { zh: 基本功能, en: Basic functions }\n    phrases: { zh: [被盗, 被盗, "?"], en: [] }\n',
    ),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'a reason naming another channel',
    text: edit('reason: { zh: 最快, en: Fastest }', 'reason: { zh: 最快, en: Call 0755-83765566 }'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  { name: 'a step naming a channel it does not list', text: `${MINIMAL}${STEP}`, channels: 3, validate: 3, placed: true },
  { name: 'an empty list that needs an item', text: edit('regions: [mainland]', 'regions: []'), channels: 3, validate: 3, placed: true },
  {
    name: 'a channel nobody can find (a warning)',
    text: edit('    path: { zh: 我-设置-帮助与反馈, en: Me > Settings > Help & Feedback }\n', ''),
    channels: 0,
    validate: 0,
    placed: true,
  },
  {
    name: 'a channel its own alternative (a warning)',
    text: edit('    kind: app\n', '    kind: app\n    alternative: app\n'),
    channels: 0,
    validate: 0,
    placed: true,
  },
  {
    name: 'a merge key not naming a mapping',
    text: edit('    kind: app\n', '    kind: app\n    <<: 5\n'),
    channels: 3,
    validate: 3,
    placed: true,
  },
  {
    name: 'abroad.dial another line (validate only)',
    text: edit('    regions: [mainland]\n', '    regions: [mainland]\n    abroad: { calls: "yes", dial: "+86 755 8376 5567" }\n'),
    channels: 0,
    validate: 3,
    placed: true,
  },
  {
    name: 'stale e164 (validate only)',
    text: edit('e164: "+8675583765566"', 'e164: "+8675583765567"'),
    channels: 0,
    validate: 3,
    placed: true,
  },
  {
    name: 'abroad.dial not international (validate only)',
    text: edit('    regions: [mainland]\n', '    regions: [mainland]\n    abroad: { calls: "yes", dial: "0755 8376 5566" }\n'),
    channels: 0,
    validate: 3,
    placed: true,
  },
  { name: 'empty file', text: '', channels: 3, validate: 3, placed: true },
  { name: 'a list, not a mapping', text: '- a\n- b\n', channels: 3, validate: 3, placed: true },
  { name: 'nesting too deep', text: `a: ${'['.repeat(200)}${']'.repeat(200)}\n`, channels: 3, validate: 3, placed: true },
  { name: 'indentation too deep', text: `${'- '.repeat(200)}x\n`, channels: 3, validate: 3, placed: true },
  { name: '%YAML 1.1', text: `%YAML 1.1\n---\n${MINIMAL}`, channels: 3, validate: 3, placed: true },
  { name: 'not UTF-8', text: Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]), channels: 3, validate: 3, placed: false },
  { name: 'not found', path: join(dir, 'missing.yaml'), channels: 3, validate: 3, placed: false },
  { name: 'a directory', path: dir, channels: 3, validate: 3, placed: false },
  { name: 'a device', path: '/dev/null', channels: 3, validate: 3, placed: false },
  { name: 'too large', channels: 3, validate: 3, placed: false },
];

// Each case as a file of its own.
const files = cases.map((c, i) => {
  if (c.path !== undefined) return c.path;
  const file = join(dir, `case-${i}.yaml`);
  if (c.text === undefined) {
    writeFileSync(file, '');
    truncateSync(file, 17 * 1024 * 1024); // sparse: refused from its size, never read
  } else {
    writeFileSync(file, c.text);
  }
  return file;
});

/** Chinese output, with what is code taken out: the words left must be none. */
function zhEnglish(text: string, file: string): string[] {
  const code = text
    .split(file)
    .join(' ')
    .replace(/`[^`]*`/g, ' ') // commands
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ') // quoted values, keys and ids
    .replace(/[\w$]+(?:\[\d+\]|\["[^"]*"\]|\.[\w$-]+)+/g, ' ') // catalog paths: channels[1].hours.from
    .replace(/[*&%][\w-]+/g, ' ') // aliases, anchors, %YAML
    .replace(/\b[A-Z][A-Z0-9_]+\b(-8)?/g, ' ') // codes and acronyms: BAD_INDENT, YAML, IANA, UTF-8
    .replace(/\b(MiB|Tab|true|false)\b/g, ' ')
    .replace(/\b[A-Za-z]+\d[\w-]*/g, ' '); // keys and ids with digits: e164
  return englishWords(code, { words: kept });
}

const CJK = /[\u3400-\u9fff\uff01-\uff5e\u3001-\u3011]/;
/** English output: no Chinese outside the catalog's own quoted values. */
const chineseIn = (text: string) =>
  text
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ')
    .split('\n')
    .filter((l) => CJK.test(l));

const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'Asia/Shanghai'];
const env = { WXHELP_NO_CACHE: '1' };

describe.each(cases.map((c, i) => ({ ...c, file: files[i]! })))('$name', ({ file, channels, validate, placed }) => {
  const where = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: `);

  it('zh: channels, validate and validate --json say it in Chinese, with file:line:col', async () => {
    const ch = await runCli(['channels', '--channels', file, '--lang', 'zh', ...AT], { env });
    expect(ch.code, ch.stderr).toBe(channels);
    // An error, or the warnings, on stderr (nothing for a problem only validate looks for).
    if (placed && ch.stderr !== '') expect(ch.stderr).toMatch(where);
    if (channels === 3) expect(ch.stderr).not.toBe('');
    expect(zhEnglish(ch.stderr, file), ch.stderr).toEqual([]);
    expect(ch.stderr).not.toMatch(/[\u4e00-\u9fff][,:;]/); // full-width punctuation in Chinese prose

    const v = await runCli(['validate', file, '--lang', 'zh', ...AT], { env });
    expect(v.code, v.stderr).toBe(validate);
    const out = v.stdout + v.stderr;
    if (placed) expect(v.stdout).toMatch(where);
    expect(zhEnglish(out, file), out).toEqual([]);
    expect(out).not.toMatch(/[\u4e00-\u9fff][,:;]/);

    const j = await runCli(['validate', file, '--json', '--lang', 'zh', ...AT], { env });
    expect(j.code).toBe(validate);
    const strings: string[] = [];
    if (j.stdout) {
      const body = JSON.parse(j.stdout) as { errors: { message: string; code: string }[]; warnings: { message: string }[] };
      for (const i of [...body.errors, ...body.warnings]) strings.push(i.message);
      if (validate === 3) expect(body.errors.length).toBeGreaterThan(0);
    } else {
      const { error } = JSON.parse(j.stderr) as { error: { message: string; hint: string } };
      strings.push(error.message, error.hint);
    }
    for (const s of strings) expect(zhEnglish(s, file), s).toEqual([]);
    expect(strings.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('en: the same stays English', async () => {
    const ch = await runCli(['channels', '--channels', file, '--lang', 'en', ...AT], { env });
    expect(ch.code).toBe(channels);
    expect(chineseIn(ch.stderr), ch.stderr).toEqual([]);
    const v = await runCli(['validate', file, '--lang', 'en', ...AT], { env });
    expect(v.code).toBe(validate);
    if (placed) expect(v.stdout).toMatch(new RegExp(`${where.source}(error|warning): `));
    expect(chineseIn(v.stdout + v.stderr), v.stdout + v.stderr).toEqual([]);
    const j = await runCli(['validate', file, '--json', '--lang', 'en', ...AT], { env });
    expect(chineseIn(j.stdout + j.stderr)).toEqual([]);
  });
});

describe('catalog warnings follow the language', () => {
  const file = files[cases.findIndex((c) => c.name === 'unknown key (a warning)')]!;

  it('in the JSON envelope, in Chinese with --lang zh', async () => {
    const r = await runCli(['channels', '--json', '--channels', file, '--lang', 'zh', ...AT], { env });
    expect(r.code).toBe(0);
    const { warnings } = JSON.parse(r.stdout) as { warnings: string[] };
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/:15:5: 警告：未知的键 'colour'，已忽略/);
  });

  it('from the cache: a run in one language, then one in the other, each in its own', async () => {
    const cache = join(dir, 'cache');
    mkdirSync(cache, { recursive: true });
    const cached = { XDG_CACHE_HOME: cache };
    const en = await runCli(['channels', '--channels', file, '--lang', 'en', ...AT], { env: cached });
    expect(en.stderr).toMatch(/:15:5: warning: unknown key 'colour', ignored/);
    const zh = await runCli(['channels', '--channels', file, '--lang', 'zh', ...AT], { env: cached });
    expect(zh.stderr).toMatch(/:15:5: 警告：未知的键 'colour'，已忽略/);
    const enAgain = await runCli(['channels', '--channels', file, '--lang', 'en', ...AT], { env: cached });
    expect(enAgain.stderr).toBe(en.stderr);
  });
});

it('every phrase the catalog definition uses in messages has its Chinese', () => {
  expect([...phrases].filter((p) => !translatedPhrases.has(p))).toEqual([]);
});

describe('the language comes from the locale too', () => {
  it('LANG=zh_CN.UTF-8 without --lang: catalog errors in Chinese', async () => {
    const file = files[cases.findIndex((c) => c.name === 'bad time 25:00')]!;
    const r = await runCli(['channels', '--channels', file, ...AT], { env: { ...env, LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /:34:17: 错误：应为时间 "HH:MM"（例如 "09:00"），实际为 "25:00"（位置：channels\[1\]\.hours\.windows\[0\]\.from）——运行 `wxhelp validate /,
    );
  });
});

describe('the library: English messages, and the data to word them in Chinese', () => {
  it("every issue's message is the English wording of its detail", () => {
    for (let i = 0; i < cases.length; i++) {
      const text = cases[i]!.text;
      if (typeof text !== 'string') continue;
      for (const issue of parseCatalog(text, 'f.yaml').issues) {
        expect(issue.message).toBe(issueText('en', issue.detail));
        expect(issueText('zh', issue.detail)).toMatch(/[\u4e00-\u9fff]/);
        expect(issueLine('zh', 'f.yaml', issue)).toMatch(/^f\.yaml:\d+:\d+: (错误|警告)：/);
      }
    }
  });

  it('a CatalogError says it in English and carries the problem', () => {
    let error: unknown;
    try {
      readCatalogFile(join(dir, 'missing.yaml'), { origin: 'env' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    const e = error as CatalogError;
    expect(e.message).toBe(`catalog file not found: ${join(dir, 'missing.yaml')}`);
    expect(e.hint).toBe('WXHELP_CHANNELS names a file that does not exist: fix it or unset it');
    expect(readProblemText('zh', e.problem)).toEqual({
      message: `找不到渠道清单文件：${join(dir, 'missing.yaml')}`,
      hint: 'WXHELP_CHANNELS 指向的文件不存在：请改正或取消设置',
    });
  });

  it('a YAML code without its own Chinese words is named by its code', () => {
    expect(issueText('zh', { id: 'yaml-error', code: 'IMPOSSIBLE', text: 'Internal error' })).toBe('YAML 语法错误（IMPOSSIBLE）');
    expect(issueText('zh', { id: 'yaml-error', code: 'BAD_INDENT', text: 'Bad indentation' })).toBe(
      'YAML 语法错误：缩进不正确（BAD_INDENT）',
    );
    expect(issueText('en', { id: 'yaml-error', code: 'BAD_INDENT', text: 'Bad indentation' })).toBe('invalid YAML: Bad indentation');
  });
});
