// A seeded mutator of catalog text: the kinds of damage a hand-edited channels.yaml suffers, and a
// few hostile ones. Same seed, same mutants.

import { mulberry32 } from '../support/seeded.js';

/** The seeded generator the mutants are drawn with. */
export const prng = mulberry32;

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, items: readonly T[]): T => items[int(r, items.length)]!;
const indentOf = (line: string) => /^[ -]*/.exec(line)![0].length;

const CONTROLS = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\u009b31m',
  '\u0085',
  '\u202e',
  '\u2028',
  '\r',
  '\u000b',
  '\u001b',
];
const WRONG_TYPES = [
  '[1, 2]',
  '{a: 1}',
  '123',
  'true',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '-',
  '!!binary aGk=',
  '2026-01-01',
  '0x1F',
  '.inf',
];
const BAD_TIMES = ['"25:61"', '"9am"', '"24:01"', '"-1:00"', '"99:99"', '"12:3"', '12:00', '"09:00:00"', '""', '"٠٩:٠٠"'];
const HUGE_NUMBERS = ['1e309', '99999999999999999999999999', '-0', '.nan', '-.inf', '9007199254740993', '1e-400', '-99999999'];

/** One mutation: a name (for the report) and the new text. */
type Mutation = (text: string, r: Rand) => [string, string];

const onLine = (text: string, r: Rand, edit: (line: string, r: Rand) => string | string[]): string => {
  const lines = text.split('\n');
  const i = int(r, lines.length);
  const replaced = edit(lines[i]!, r);
  lines.splice(i, 1, ...(Array.isArray(replaced) ? replaced : [replaced]));
  return lines.join('\n');
};

/** Replace one occurrence (chosen at random) of `pattern` in the text. */
function replaceOne(text: string, pattern: RegExp, by: (match: string) => string, r: Rand): string | undefined {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
  if (matches.length === 0) return undefined;
  const m = pick(r, matches);
  return text.slice(0, m.index) + by(m[0]) + text.slice(m.index! + m[0].length);
}

export const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (t, r) => ['deleteLine', onLine(t, r, () => [])],
  deleteLines: (t, r) => {
    const lines = t.split('\n');
    lines.splice(int(r, lines.length), 1 + int(r, 30));
    return ['deleteLines', lines.join('\n')];
  },
  duplicateLine: (t, r) => ['duplicateLine', onLine(t, r, (l) => [l, l])],
  swapLines: (t, r) => {
    const lines = t.split('\n');
    const i = int(r, lines.length);
    const j = Math.min(lines.length - 1, i + 1 + int(r, 5));
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return ['swapLines', lines.join('\n')];
  },
  tab: (t, r) => [
    'tab',
    onLine(t, r, (l) => (r() < 0.5 ? l.replace(/^ {2}/, '\t') : `${l.slice(0, int(r, l.length + 1))}\t${l.slice(int(r, l.length + 1))}`)),
  ],
  truncate: (t, r) => ['truncate', t.slice(0, int(r, t.length))],
  wrongType: (t, r) => {
    const v = pick(r, WRONG_TYPES);
    return ['wrongType', replaceOne(t, /(?<=: )[^\s{[#][^\n#]*/, () => v, r) ?? t];
  },
  breakTime: (t, r) => ['breakTime', replaceOne(t, /"\d\d:\d\d"/, () => pick(r, BAD_TIMES), r) ?? t],
  breakDate: (t, r) => [
    'breakDate',
    replaceOne(t, /\d{4}-\d\d-\d\d/, () => pick(r, ['2026-02-30', '2026-13-01', '0000-00-00', '+275760-09-13', 'tomorrow']), r) ?? t,
  ],
  strayListMarker: (t, r) => ['strayListMarker', onLine(t, r, (l) => (r() < 0.5 ? `- ${l}` : l.replace(/^( *)/, '$1- ')))],
  controlChars: (t, r) => {
    const c = pick(r, CONTROLS);
    // Inside a value, quoted or not (the YAML parser may refuse some of them: that is a result too).
    return ['controlChars', replaceOne(t, /(?<=(?:zh|en): )[^\n{}[\],]{2,}/, (v) => `${v.slice(0, 1)}${c}${v.slice(1)}`, r) ?? t];
  },
  quotedEscapes: (t, r) => {
    const c = pick(r, ['\\e[31m', '\\a', '\\x9b1m', '\\u202e', '\\0', '\\x1b]0;x\\a', '\\N', '\\L']);
    return ['quotedEscapes', replaceOne(t, /(?<=en: )[A-Za-z][^\n{}[\],"]*/, (v) => `"${v.replace(/\\/g, '\\\\')}${c}"`, r) ?? t];
  },
  protoKey: (t, r) => {
    const key = pick(r, ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', '__defineGetter__']);
    return [
      'protoKey',
      onLine(t, r, (l) => {
        const m = /^( *)(- )?[a-zA-Z][\w-]*:/.exec(l);
        if (!m) return l;
        const indent = ' '.repeat(m[1]!.length + (m[2] ? 2 : 0));
        return [l, `${indent}${key}: ${pick(r, ['{polluted: true}', 'x', '[1]', 'null'])}`];
      }),
    ];
  },
  protoId: (t, r) => [
    'protoId',
    replaceOne(t, /(?<=id: )[a-z0-9-]+/, () => pick(r, ['constructor', '__proto__', 'prototype', 'tostring', 'hasownproperty']), r) ?? t,
  ],
  duplicateId: (t, r) => {
    const ids = [...t.matchAll(/(?<=\n {2}- id: )[a-z0-9-]+/g)].map((m) => m[0]);
    return ['duplicateId', ids.length < 2 ? t : (replaceOne(t, /(?<=\n {2}- id: )[a-z0-9-]+/, () => pick(r, ids), r) ?? t)];
  },
  unknownRef: (t, r) => [
    'unknownRef',
    replaceOne(t, /(?<=channel: )[a-z0-9-]+/, () => pick(r, ['nope', 'app', '', 'constructor']), r) ?? t,
  ],
  hugeNumber: (t, r) => ['hugeNumber', replaceOne(t, /(?<=: )\d+(?=[,}\n])/, () => pick(r, HUGE_NUMBERS), r) ?? t],
  deepNesting: (t, r) => {
    const depth = pick(r, [50, 127, 129, 1000, 20000]);
    const open = r() < 0.5 ? '[' : '{a: ';
    const close = open === '[' ? ']' : '}';
    return ['deepNesting', `${t}\nx-deep: ${open.repeat(depth)}1${close.repeat(depth)}\n`];
  },
  deepBlock: (t, r) => {
    const depth = pick(r, [40, 200, 300]);
    return ['deepBlock', `${t}\nx-block:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`];
  },
  aliases: (t, r) => {
    const kind = int(r, 4);
    if (kind === 0)
      return [
        'aliases',
        t.replace('\nchannels:\n', '\nx-anchor: &a [1, 2, 3]\nchannels:\n').replace(/(?<=\n {4}languages: )\[[^\]\n]*\]/, '*a'),
      ];
    if (kind === 1) return ['aliases', `${t}\nx-undefined: *nope\n`];
    if (kind === 2) {
      // A billion laughs: 9 levels of 9.
      const levels = Array.from(
        { length: 9 },
        (_, i) => `x-l${i}: &l${i} [${Array.from({ length: 9 }, () => (i === 0 ? '"lol"' : `*l${i - 1}`)).join(', ')}]`,
      );
      return ['aliases', `${t}\n${levels.join('\n')}\n`];
    }
    // An alias to itself (a cycle) inside a channel.
    return ['aliases', t.replace(/(?<=\n {2}- id: [a-z0-9-]+\n {4}kind: \w+)\n/, '\n    x-self: &self {a: *self}\n')];
  },
  hugeString: (t, r) => [
    'hugeString',
    replaceOne(t, /(?<=en: )[A-Za-z][^\n{}[\],"]*/, () => 'x'.repeat(pick(r, [10_000, 200_000])), r) ?? t,
  ],
  bom: (t, r) => ['bom', onLine(t, r, (l) => `\uFEFF${l}`)],
  loneSurrogate: (t, r) => ['loneSurrogate', onLine(t, r, (l) => `${l}\uD800`)],
  documentMarkers: (t, r) => [
    'documentMarkers',
    onLine(t, r, (l) => [pick(r, ['---', '...', '%YAML 1.1', '%TAG ! tag:x,2000:', '? complex', '!!set']), l]),
  ],
  dedent: (t, r) => ['dedent', onLine(t, r, (l) => l.slice(Math.min(indentOf(l), 1 + int(r, 4))))],
  indent: (t, r) => ['indent', onLine(t, r, (l) => `${' '.repeat(1 + int(r, 3))}${l}`)],
};

/** A mutant: 1–3 mutations (mostly one) of `text`, chosen by the seeded generator. */
export function mutant(text: string, r: Rand): { ops: string[]; text: string } {
  const names = Object.keys(MUTATIONS);
  const ops: string[] = [];
  let out = text;
  const roll = r();
  const count = roll < 0.6 ? 1 : roll < 0.85 ? 2 : 3;
  for (let k = 0; k < count; k++) {
    const [name, next] = MUTATIONS[pick(r, names)]!(out, r);
    ops.push(name);
    out = next;
  }
  return { ops, text: out };
}
