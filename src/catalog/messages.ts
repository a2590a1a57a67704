// The words for problems with a catalog, in both languages: why a file cannot be read, and each
// issue the validator finds. The catalog layer reports them as data (src/catalog/issues.ts
// IssueDetail, read-problem.ts ReadProblem); the CLI words them here, beside the catalog, in the user's
// language, and the library's English `message` comes from the English half. Keys, ids, paths and
// quoted values arrive already formatted: they are code and read the same in both languages.
import type { CatalogIssue, EntryKind, Expected, Got, IssueDetail, IssueId, Severity } from './issues.js';
import type { ReadProblem } from './read-problem.js';
import type { Lang } from './types.js';

type IssueWords = { [K in IssueId]: (d: Extract<IssueDetail, { id: K }>) => string };

export interface CatalogWords {
  severity: Record<Severity, string>;
  /** `where` is file:line:col. */
  line: (where: string, severity: string, message: string, path: string) => string;
  expected: (e: Expected) => string;
  got: (g: Got) => string;
  kind: Record<EntryKind, string>;
  issue: IssueWords;
  read: { [K in ReadProblem['id']]: (p: Extract<ReadProblem, { id: K }>) => string };
  readHint: { [K in ReadProblem['id']]: (p: Extract<ReadProblem, { id: K }>) => string };
}

function mib(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return `${v >= 10 ? Math.round(v) : Math.round(v * 10) / 10} MiB`;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

// Each language's words are built the first time they are needed: most runs report no catalog problem.
const makeEn = (): CatalogWords => ({
  severity: { error: 'error', warning: 'warning' },
  line: (where, severity, message, path) => `${where}: ${severity}: ${message}${path ? ` (at ${path})` : ''}`,
  expected: (e) => {
    switch (e.id) {
      case 'phrase':
        return e.text;
      case 'one-of':
        return `one of ${e.values.map((v) => JSON.stringify(v)).join(', ')}`;
      case 'string':
        return 'a string';
      case 'number':
        return `${e.integer ? 'a whole number' : 'a number'}${e.min === undefined ? '' : ` ≥ ${e.min}`}${e.above === undefined ? '' : ` > ${e.above}`}${e.max === undefined ? '' : ` ≤ ${e.max}`}`;
      case 'boolean':
        return 'true or false';
      case 'list':
        return 'a list';
      case 'mapping':
        return 'a mapping';
      case 'forms':
        return 'one of several forms';
    }
  },
  got: (g) => {
    switch (g.id) {
      case 'nothing':
        return 'nothing';
      case 'empty':
        return 'an empty value';
      case 'text':
        return g.text;
      case 'number':
        return `${g.text} (a number)`;
      case 'boolean':
        return `${g.text} (true/false)`;
      case 'non-text':
        return 'a non-text value';
      case 'mapping':
        return 'a mapping';
      case 'list':
        return 'a list';
      case 'pair':
        return 'a "key: value" pair';
      case 'other':
        return 'something else';
    }
  },
  kind: {
    source: 'source',
    channel: 'channel',
    mode: 'interaction mode',
    material: 'material',
    topic: 'topic',
    emergency: 'emergency',
    need: 'need',
    advice: 'advice',
    service: 'service',
    capability: 'capability',
  },
  issue: {
    'too-deep-indent': (d) => `nesting is too deep: more than ${d.max} columns of indentation`,
    'too-deep-flow': (d) => `nesting is too deep: more than ${d.max} levels of [ ] or { }`,
    'yaml-version': (d) => `unsupported YAML version ${d.version}: a catalog is YAML 1.2 (remove the %YAML line)`,
    'yaml-error': (d) => `invalid YAML: ${d.text}`,
    'yaml-warning': (d) => `YAML: ${d.text}`,
    'duplicate-key': (d) => `invalid YAML: duplicate key ${d.key} (the keys of a mapping must be unique)`,
    'parser-failed': (d) => `could not read ${d.file} as a catalog: ${d.text}`,
    'empty-file': () => 'the file is empty: expected a catalog mapping (schemaVersion, sources, channels, topics, …)',
    'too-many': (d) => `too many problems; stopped after ${d.max}`,
    'alias-bomb': (d) => `aliases expand to more than ${d.nodes} nodes; refusing to expand them (an alias bomb?)`,
    'unknown-alias': (d) => `unknown alias *${d.name}: no anchor &${d.name} before it`,
    'merge-self': () => 'a merge key "<<" refers to its own mapping',
    'merge-not-mapping': () => 'a merge key "<<" must refer to a mapping (or a list of mappings)',
    'not-allowed': (d) => `expected ${wordsOf('en').expected(d.expected)}, got ${d.value}${d.guess ? ` — did you mean ${d.guess}?` : ''}`,
    'empty-string': (d) => `expected ${wordsOf('en').expected(d.expected)}, got an empty string`,
    'wrong-value': (d) =>
      `expected ${wordsOf('en').expected(d.expected)}${d.example === undefined ? '' : ` like ${d.example}`}, got ${wordsOf('en').got(d.got)}${d.quoteIt ? ' — put it in quotes to make it text' : ''}`,
    'not-a-date': (d) => `${d.value} is not a real date (expected ${wordsOf('en').expected(d.expected)})`,
    'out-of-range': (d) => `expected ${wordsOf('en').expected(d.expected)}, got ${d.value}`,
    'too-few': (d) => (d.min === 1 ? `expected at least one item (${wordsOf('en').expected(d.expected)})` : `expected at least ${d.min} items (${wordsOf('en').expected(d.expected)})`),
    'plain-key': () => 'expected a plain text key here',
    'missing-key': (d) => `missing required key ${d.key}: expected ${wordsOf('en').expected(d.expected)}`,
    'unknown-key': (d) => `unknown key ${d.key}, ignored${d.guess ? ` — did you mean ${d.guess}?` : ''} (allowed: ${d.allowed.join(', ')})`,
    'duplicate-id': (d) => `duplicate ${wordsOf('en').kind[d.kind]} id ${d.value} (first defined at line ${d.line})`,
    'unknown-id': (d) => `unknown ${wordsOf('en').kind[d.kind]} id ${d.value}${d.guess ? ` — did you mean ${d.guess}?` : ''}`,
    'unknown-zone': (d) => `unknown time zone ${d.zone}: expected an IANA zone like "Asia/Shanghai"`,
    'exception-order': (d) => `exception ends (${d.to}) before it starts (${d.from})`,
    'phone-without-number': (d) => `phone channel ${d.channel === undefined ? '' : `${d.channel} `}has no "number" (nor a "path" saying where to find one)`,
    unreachable: (d) => `channel ${d.channel === undefined ? '' : `${d.channel} `}has no "number", "url" or "path": nobody can find it`,
    'own-alternative': () => 'a channel is its own alternative',
    'not-a-member': (d) => `channel ${d.channel} has no ${wordsOf('en').kind[d.kind]} ${d.value}${d.known.length ? ` (it has: ${d.known.join(', ')})` : ''}`,
    'reason-names-other': (d) => `the reason names channel ${d.other} (its number or address); a reason speaks of its own channel ${d.channel} only`,
    'step-names-unlisted': (d) => `the step names channel ${d.other} (its number or address) but does not list it under "channels"`,
    'wait-order': (d) => `wait.max (${d.max}) is below wait.min (${d.min})`,
    'empty-phrase': (d) => `empty phrase ${d.phrase}: a phrase needs a letter, a digit or a Chinese character`,
    'duplicate-phrase': (d) => `duplicate phrase ${d.phrase} in this topic (first at ${d.first})`,
    'e164-mismatch': (d) => `number ${d.number} and e164 ${d.e164} are different lines (the number reads as ${d.reads}); correct one of them`,
    'dial-not-international': (d) => `abroad.dial ${d.dial} is not in international format: expected "+<country> <number>", like "+86 755 8601 3860"`,
    'dial-other-line': (d) => `abroad.dial ${d.dial} is not the line ${d.line} (it reads as ${d.reads}); correct one of them`,
  },
  read: {
    'not-found': (p) => `catalog file not found: ${p.path}`,
    directory: (p) => `catalog path is a directory, not a file: ${p.path}`,
    'too-large': (p) => `catalog file is too large: ${p.path} (${p.size === undefined ? `over ${mib(p.limit)}` : mib(p.size)}; the limit is ${mib(p.limit)})`,
    device: (p) => `cannot read catalog file: ${p.path} (a device, not a file)`,
    'no-data': (p) => `cannot read catalog file: ${p.path} (${p.waitedMs === undefined ? 'a pipe or device with nothing in it' : `a pipe or device that gave no data for ${seconds(p.waitedMs)} s`})`,
    unreadable: (p) =>
      `cannot read catalog file: ${p.path} (${p.why === 'permission' ? 'permission denied' : p.why === 'links' ? 'too many symbolic links' : p.why === 'socket' ? 'not a file that can be read, e.g. a socket' : (p.code ?? 'unknown error')})`,
    'not-utf8': (p) => `catalog file is not UTF-8 text: ${p.path}`,
    invalid: (p) => `${p.first ? issueLine('en', p.path, p.first) : `${p.path}: invalid catalog`}${p.more > 0 ? ` (and ${p.more} more)` : ''}`,
  },
  readHint: {
    'not-found': (p) => {
      switch (p.origin) {
        case 'flag':
          return 'check the file given to --channels';
        case 'env':
          return 'WXHELP_CHANNELS names a file that does not exist: fix it or unset it';
        case 'xdg':
          return 'your catalog in the config folder is a link to nothing: fix the link or remove it';
        case 'builtin':
          return 'the built-in channels.yaml is missing: reinstall wxhelp, or pass --channels <file>';
        default:
          return 'check the file name, or pass --channels <file>';
      }
    },
    directory: () => 'give the path of a channels.yaml file',
    'too-large': () => 'a catalog is a YAML file of a few MiB at most; check that this is the right file',
    device: () => 'give the path of a channels.yaml file, or a pipe that carries one',
    'no-data': () => 'give the path of a channels.yaml file, or make sure something writes the catalog to the pipe',
    unreadable: () => 'check that the file exists and that you may read it',
    'not-utf8': () => 'save the catalog as UTF-8 YAML',
    invalid: (p) => `run \`wxhelp validate ${p.path}\` to see every problem`,
  },
});

/**
 * Chinese with code in it: a space where a Chinese character meets a Latin letter, digit or
 * quote at the edge of an inserted value ("应为" + "IANA 时区" → "应为 IANA 时区"), none next to
 * full-width punctuation.
 */
function zhText(strings: TemplateStringsArray, ...values: unknown[]): string {
  const cjk = /[\u3400-\u9fff]/;
  const code = /[A-Za-z0-9"'*&<[(+/_.-]/;
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = String(values[i]);
    const next = strings[i + 1]!;
    const before = out.slice(-1);
    if (value !== '' && ((cjk.test(before) && code.test(value[0]!)) || (code.test(before) && cjk.test(value[0]!)))) out += ' ';
    out += value;
    const last = value.slice(-1);
    if (value !== '' && next !== '' && ((cjk.test(last) && code.test(next[0]!)) || (code.test(last) && cjk.test(next[0]!)))) out += ' ';
    out += next;
  }
  return out;
}

/** The schema's `expected` phrases (src/catalog/schema.ts), by their English text. */
const zhPhrases: Readonly<Record<string, string>> = {
  'a number of minutes from 0 to 10080 (a week)': '分钟数（0 到 10080，即一周）',
  'an id of lower-case letters, digits and "-"': '由小写字母、数字和 "-" 组成的 id',
  'a list of ids': 'id 列表',
  'a non-empty string': '非空文本',
  'a mapping with "zh" and "en" texts (and optionally "zh-Hant")': '含 "zh" 和 "en" 两种文本（可另加 "zh-Hant"）的映射',
  'a source id or a list of source ids': '来源 id 或来源 id 列表',
  'a date "YYYY-MM-DD"': '日期 "YYYY-MM-DD"',
  'a date "YYYY-MM-DD" or "unknown"': '日期 "YYYY-MM-DD" 或 "unknown"',
  'a time "HH:MM"': '时间 "HH:MM"',
  'a time "HH:MM" (or "24:00")': '时间 "HH:MM"（或 "24:00"）',
  'an IANA time zone': 'IANA 时区',
  'a mapping of state to minutes': '从状态到分钟数的映射',
  'an E.164 number "+<country><number>"': 'E.164 号码 "+<国家代码><号码>"',
  'a URL starting with "https://"': '以 "https://" 开头的网址',
  'a fraction between 0 and 1 (0.92 for 92%)': '0 到 1 之间的小数（92% 写作 0.92）',
  'a mapping with "zh", "zh-Hant" and "en" lists of phrases': '含 "zh"、"zh-Hant" 和 "en" 短语列表的映射',
  'a whole number (0 or more)': '整数（0 或以上）',
  'a factor above 0': '大于 0 的倍数',
  'schemaVersion 1': 'schemaVersion 1',
  'a list of sources': '来源列表',
  'a list of channels': '渠道列表',
  'a list of topics': '问题类型列表',
  'a catalog mapping (schemaVersion, sources, channels, topics, …)': '目录映射（schemaVersion、sources、channels、topics 等）',
};

/** yaml's error codes (YAMLError.code) that users meet, in Chinese; others are named by their code. */
const zhYaml: Readonly<Record<string, string>> = {
  BAD_INDENT: '缩进不正确',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行内（是否少了冒号，或缩进有误？）',
  MISSING_CHAR: '缺少字符（例如未闭合的引号或括号）',
  UNEXPECTED_TOKEN: '此处出现了意外的内容',
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  BLOCK_AS_IMPLICIT_KEY: '多行的结构不能用作键',
  BLOCK_IN_FLOW: '[ ] 或 { } 中不能出现多行的结构',
  DUPLICATE_KEY: '键重复',
  BAD_ALIAS: '别名写法有误',
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_SCALAR_START: '值不能以这个字符开头（请加引号）',
  BAD_DQ_ESCAPE: '双引号文本中有无效的转义',
  BAD_DIRECTIVE: '无效的指令',
  BAD_PROP_ORDER: '锚点或标签的位置不对',
  MULTIPLE_DOCS: '文件中有多个文档（---）；目录只能有一个',
  MULTIPLE_ANCHORS: '一个值带了多个锚点',
  MULTIPLE_TAGS: '一个值带了多个标签',
  KEY_OVER_1024_CHARS: '键超过 1024 个字符',
  NON_STRING_KEY: '键不是文本',
  TAG_RESOLVE_FAILED: '无法识别的标签',
};

export const makeZh = (): CatalogWords => ({
  severity: { error: '错误', warning: '警告' },
  // file:line:col keeps its ASCII colon, as editors and other tools read it.
  line: (where, severity, message, path) => `${where}: ${severity}：${message}${path ? `（位置：${path}）` : ''}`,
  expected: (e) => {
    switch (e.id) {
      case 'phrase':
        return zhPhrases[e.text] ?? e.text;
      case 'one-of':
        return zhText`${e.values.map((v) => JSON.stringify(v)).join('、')}之一`;
      case 'string':
        return '文本';
      case 'number':
        return `${e.integer ? '整数' : '数字'}${e.min === undefined ? '' : ` ≥ ${e.min}`}${e.above === undefined ? '' : ` > ${e.above}`}${e.max === undefined ? '' : ` ≤ ${e.max}`}`;
      case 'boolean':
        return 'true 或 false';
      case 'list':
        return '列表';
      case 'mapping':
        return '映射';
      case 'forms':
        return '几种写法之一';
    }
  },
  got: (g) => {
    switch (g.id) {
      case 'nothing':
        return '没有值';
      case 'empty':
        return '空值';
      case 'text':
        return g.text;
      case 'number':
        return `${g.text}（数字）`;
      case 'boolean':
        return `${g.text}（true/false）`;
      case 'non-text':
        return '非文本的值';
      case 'mapping':
        return '映射';
      case 'list':
        return '列表';
      case 'pair':
        return '“键: 值”对';
      case 'other':
        return '其他内容';
    }
  },
  kind: {
    source: '来源',
    channel: '渠道',
    mode: '服务方式',
    material: '材料',
    topic: '问题类型',
    emergency: '紧急情况',
    need: '特殊需求',
    advice: '建议',
    service: '专项服务',
    capability: '功能',
  },
  issue: {
    'too-deep-indent': (d) => `嵌套过深：缩进超过 ${d.max} 列`,
    'too-deep-flow': (d) => `嵌套过深：[ ] 或 { } 超过 ${d.max} 层`,
    'yaml-version': (d) => zhText`不支持的 YAML 版本${d.version}：目录须为 YAML 1.2（请删除 %YAML 一行）`,
    'yaml-error': (d) => (zhYaml[d.code] ? `YAML 语法错误：${zhYaml[d.code]}（${d.code}）` : `YAML 语法错误（${d.code}）`),
    'yaml-warning': (d) => (zhYaml[d.code] ? `YAML：${zhYaml[d.code]}（${d.code}）` : `YAML 问题（${d.code}）`),
    'duplicate-key': (d) => zhText`YAML 无效：键${d.key}重复（同一映射中的键必须唯一）`,
    'parser-failed': (d) => zhText`无法把${d.file}读作目录：${d.text}`,
    'empty-file': () => '文件为空：应为目录映射（schemaVersion、sources、channels、topics 等）',
    'too-many': (d) => `问题过多；在第 ${d.max} 个之后停止检查`,
    'alias-bomb': (d) => `别名展开后超过 ${d.nodes} 个节点；拒绝展开（可能是别名炸弹）`,
    'unknown-alias': (d) => zhText`未知的别名 *${d.name}：之前没有锚点 &${d.name}`,
    'merge-self': () => '合并键 "<<" 指向了它自己所在的映射',
    'merge-not-mapping': () => '合并键 "<<" 必须指向一个映射（或映射列表）',
    'not-allowed': (d) => zhText`应为${wordsOf('zh').expected(d.expected)}，实际为${d.value}${d.guess ? zhText`——是不是要写${d.guess}？` : ''}`,
    'empty-string': (d) => zhText`应为${wordsOf('zh').expected(d.expected)}，实际为空文本`,
    'wrong-value': (d) =>
      zhText`应为${wordsOf('zh').expected(d.expected)}${d.example === undefined ? '' : zhText`（例如${d.example}）`}，实际为${wordsOf('zh').got(d.got)}${d.quoteIt ? '——请加上引号，让它成为文本' : ''}`,
    'not-a-date': (d) => zhText`${d.value}不是真实存在的日期（应为${wordsOf('zh').expected(d.expected)}）`,
    'out-of-range': (d) => zhText`应为${wordsOf('zh').expected(d.expected)}，实际为${d.value}`,
    'too-few': (d) => zhText`至少需要 ${d.min} 项（${wordsOf('zh').expected(d.expected)}）`,
    'plain-key': () => '此处的键应为普通文本',
    'missing-key': (d) => zhText`缺少必需的键${d.key}：应为${wordsOf('zh').expected(d.expected)}`,
    'unknown-key': (d) => zhText`未知的键${d.key}，已忽略${d.guess ? zhText`——是不是要写${d.guess}？` : ''}（可用的键：${d.allowed.join('、')}）`,
    'duplicate-id': (d) => zhText`${wordsOf('zh').kind[d.kind]} id ${d.value}重复（首次定义在第 ${d.line} 行）`,
    'unknown-id': (d) => zhText`未知的${wordsOf('zh').kind[d.kind]} id ${d.value}${d.guess ? zhText`——是不是要写${d.guess}？` : ''}`,
    'unknown-zone': (d) => zhText`未知的时区${d.zone}：应为 IANA 时区，例如 "Asia/Shanghai"`,
    'exception-order': (d) => `例外时段的结束日期（${d.to}）早于开始日期（${d.from}）`,
    'phone-without-number': (d) => zhText`电话渠道${d.channel ?? ''}没有 "number"（也没有说明去哪里找号码的 "path"）`,
    unreachable: (d) => zhText`渠道${d.channel ?? ''}没有 "number"、"url" 或 "path"：用户无从找到它`,
    'own-alternative': () => '渠道把自己列为替代渠道',
    'not-a-member': (d) => zhText`渠道${d.channel}没有${wordsOf('zh').kind[d.kind]}${d.value}${d.known.length ? `（它有：${d.known.join('、')}）` : ''}`,
    'reason-names-other': (d) => zhText`这条理由提到了渠道${d.other}（它的号码或网址）；理由只能说它自己的渠道${d.channel}`,
    'step-names-unlisted': (d) => zhText`这一步提到了渠道${d.other}（它的号码或网址），却没有把它列在 "channels" 下`,
    'wait-order': (d) => `wait.max（${d.max}）小于 wait.min（${d.min}）`,
    'empty-phrase': (d) => zhText`短语${d.phrase}是空的：短语至少要有一个字母、数字或汉字`,
    'duplicate-phrase': (d) => zhText`此问题类型中短语${d.phrase}重复（首次出现在${d.first}）`,
    'e164-mismatch': (d) => zhText`号码${d.number}与 e164 ${d.e164}不是同一条线路（该号码读作${d.reads}）；请改正其中一个`,
    'dial-not-international': (d) => zhText`abroad.dial ${d.dial}不是国际格式：应为 "+<国家代码> <号码>"，例如 "+86 755 8601 3860"`,
    'dial-other-line': (d) => zhText`abroad.dial ${d.dial}不是线路${d.line}（它读作${d.reads}）；请改正其中一个`,
  },
  read: {
    'not-found': (p) => zhText`找不到目录文件：${p.path}`,
    directory: (p) => zhText`目录文件的路径是文件夹，不是文件：${p.path}`,
    'too-large': (p) => zhText`目录文件过大：${p.path}（${p.size === undefined ? `超过 ${mib(p.limit)}` : mib(p.size)}；上限为 ${mib(p.limit)}）`,
    device: (p) => zhText`无法读取目录文件：${p.path}（这是设备，不是文件）`,
    'no-data': (p) => zhText`无法读取目录文件：${p.path}（${p.waitedMs === undefined ? '管道或设备中没有内容' : `管道或设备 ${seconds(p.waitedMs)} 秒内没有数据`}）`,
    unreadable: (p) =>
      zhText`无法读取目录文件：${p.path}（${p.why === 'permission' ? '没有读取权限' : p.why === 'links' ? '符号链接层数过多' : p.why === 'socket' ? '不是可以读取的文件，例如套接字' : zhText`系统错误${p.code ?? '未知'}`}）`,
    'not-utf8': (p) => zhText`目录文件不是 UTF-8 文本：${p.path}`,
    invalid: (p) => `${p.first ? issueLine('zh', p.path, p.first) : zhText`${p.path}：目录无效`}${p.more > 0 ? `（另有 ${p.more} 个错误）` : ''}`,
  },
  readHint: {
    'not-found': (p) => {
      switch (p.origin) {
        case 'flag':
          return '请检查 --channels 指定的文件';
        case 'env':
          return 'WXHELP_CHANNELS 指向的文件不存在：请改正或取消设置';
        case 'xdg':
          return '配置文件夹中的目录文件是失效的链接：请修复或删除这个链接';
        case 'builtin':
          return '内置的 channels.yaml 不见了：请重新安装 wxhelp，或用 --channels <file> 指定目录';
        default:
          return '请检查文件名，或用 --channels <file> 指定目录';
      }
    },
    directory: () => '请给出 channels.yaml 文件的路径',
    'too-large': () => '目录是最多几 MiB 的 YAML 文件；请确认是不是这个文件',
    device: () => '请给出 channels.yaml 文件的路径，或传送目录内容的管道',
    'no-data': () => '请给出 channels.yaml 文件的路径，或确认有程序向管道写入目录',
    unreadable: () => '请确认文件存在，并且你有权读取',
    'not-utf8': () => '请把目录保存为 UTF-8 编码的 YAML',
    invalid: (p) => `运行 \`wxhelp validate ${p.path}\` 查看全部问题`,
  },
});

const tables: Partial<Record<Lang, CatalogWords>> = {};
/** The zh-Hant words' maker, once loaded (src/i18n/load-language.ts). */
let makeZhHant: (() => CatalogWords) | undefined;

export function useTraditionalCatalogWords(make: () => CatalogWords): void {
  makeZhHant = make;
}

function wordsOf(lang: Lang): CatalogWords {
  if (lang === 'zh-Hant' && makeZhHant === undefined) return wordsOf('zh');
  tables[lang] ??= lang === 'zh-Hant' ? makeZhHant!() : lang === 'zh' ? makeZh() : makeEn();
  return tables[lang];
}

/** An issue's message in `lang`. */
export function issueText(lang: Lang, detail: IssueDetail): string {
  const words = wordsOf(lang).issue[detail.id] as (d: IssueDetail) => string;
  return words(detail);
}

/** file:line:col: severity: message (at path), in `lang`; `message` defaults to the issue's own in that language. */
export function issueLine(lang: Lang, file: string, issue: CatalogIssue, message = issueText(lang, issue.detail)): string {
  const t = wordsOf(lang);
  return t.line(`${file}:${issue.line}:${issue.column}`, t.severity[issue.severity], message, issue.path);
}

/** Why a catalog file cannot be used, and what to do about it, in `lang`. */
export function readProblemText(lang: Lang, problem: ReadProblem): { message: string; hint: string } {
  const t = wordsOf(lang);
  const message = (t.read[problem.id] as (p: ReadProblem) => string)(problem);
  const hint = (t.readHint[problem.id] as (p: ReadProblem) => string)(problem);
  return { message, hint };
}

/** The schema phrases the Chinese table words (for a test that every one is covered). */
export const translatedPhrases: ReadonlySet<string> = new Set(Object.keys(zhPhrases));

/** An issue as one line, in English: file:line:col: severity: message (at path). */
export function formatIssue(file: string, issue: CatalogIssue): string {
  return issueLine('en', file, issue, issue.message);
}
