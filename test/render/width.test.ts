// displayWidth must give string-width's answer everywhere: every BMP character alone, the
// characters measured by the fast loop next to marks, joiners, selectors and jamo (which must
// send the string to the general path), emoji sequences, ANSI codes, every string in the catalog
// and the message table, and random mixtures.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { messages } from '../../src/i18n/messages.js';
import { aloneWidth, displayWidth, fitsWhole, plainFit } from '../../src/render/terminal/width.js';

function differences(corpus: Iterable<string>): { text: string; ours: number; theirs: number }[] {
  const out = [];
  for (const text of corpus) {
    const ours = displayWidth(text);
    const theirs = stringWidth(text);
    if (ours !== theirs) out.push({ text, ours, theirs });
  }
  return out;
}

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
  else if (typeof value === 'function') {
    try {
      yield* strings((value as (...a: unknown[]) => unknown)('x', 'y', 'z'));
    } catch {
      // a message function that wants other arguments
    }
  }
}

// Characters the fast loop measures, a sample from each of its ranges.
const fast = [
  'a',
  '~',
  ' ',
  '¡',
  'é',
  'ÿ',
  '—',
  '“',
  '…',
  '•',
  '　',
  '。',
  '「',
  'あ',
  'ア',
  '㐀',
  '微',
  '信',
  '龥',
  '가',
  '힣',
  'Ａ',
  '～',
  '©',
  '®',
  '→',
  '⇄',
  '─',
  '█',
  '▒',
  '▲',
  '◉',
  '⚠',
  '⚡',
  '✔',
  '❯',
  '⠋',
];
// Characters that join a cluster or change how it is drawn.
const joiners = [
  '\u0301',
  '\u0300',
  '\u200D',
  '\uFE0F',
  '\uFE0E',
  '\u20E3',
  '\u302A',
  '\u3099',
  '\u11A8',
  '\u1161',
  '\uFF9E',
  '\u0903',
  '\u200B',
  '\u00AD',
  '\u{1F3FD}',
  '\u{E0020}',
];

describe('displayWidth agrees with string-width', () => {
  it('for every BMP character alone, and astral ones from each plane', () => {
    const corpus: string[] = [];
    for (let c = 0; c <= 0xffff; c++) corpus.push(String.fromCharCode(c));
    for (let c = 0x10000; c <= 0x10ffff; c += 97) corpus.push(String.fromCodePoint(c));
    for (let c = 0x1f000; c <= 0x1faff; c++) corpus.push(String.fromCodePoint(c));
    expect(differences(corpus)).toEqual([]);
  });

  it('for fast-path characters next to every kind of joiner, on either side', () => {
    const corpus: string[] = [];
    for (const a of fast) {
      for (const j of joiners) corpus.push(`${a}${j}`, `${j}${a}`, `${a}${j}${a}`, `微${a}${j}`);
      for (const b of fast) corpus.push(`${a}${b}`);
    }
    expect(differences(corpus)).toEqual([]);
  });

  it('for emoji sequences, jamo, marks and ANSI codes', () => {
    const corpus = [
      '👍',
      '👍🏽',
      '👨‍👩‍👧',
      '🏳️‍🌈',
      '1️⃣',
      '1⃣',
      '#⃣',
      '❤',
      '❤️',
      '©',
      '©️',
      '®',
      '™',
      '↔',
      '↔️',
      '‼',
      '〰',
      '〽',
      '🇨🇳',
      '🇨',
      'e\u0301',
      'e\u0301\u0302',
      '\u1100\u1161',
      '\u1100\u1161\u11A8',
      '\u1100\u1100\u1161',
      '가\u11A8',
      'ｶﾞ',
      'ﾞ',
      'क्षि',
      'ไทย',
      'مرحبا',
      'שָׁלוֹם',
      '\t',
      'a\tb',
      '\r\n',
      '\u0000',
      '\u001b',
      '\u001b[31m微信\u001b[39m',
      '\u001b[1mbold\u001b[22m',
      '\u001b]8;;https://weixin.qq.com\u0007link\u001b]8;;\u0007',
      '\u009b31m红\u009b0m',
      '\u001b[31m👍🏽\u001b[0m',
      'ok 👍 微信客服 — 24 h',
      '',
    ];
    expect(differences(corpus)).toEqual([]);
  });

  it('for every string in the built-in catalog and the message table', () => {
    const catalog = parse(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'));
    const corpus = [...strings(catalog), ...strings(messages('zh')), ...strings(messages('en'))];
    expect(corpus.length).toBeGreaterThan(500);
    expect(differences(corpus)).toEqual([]);
  });

  it('for random mixtures of all of these', () => {
    const pieces = [...fast, ...joiners, '👍', '🏽', '🇨', '\u001b[31m', '\u001b[0m', '\u1100', '\u1161', '\u0903', 'x', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('aloneWidth', () => {
  it('is East Asian Width for every code point of the basic plane it takes as standing alone', () => {
    const differ: string[] = [];
    let alone = 0;
    for (let c = 0; c < 0x10000; c++) {
      const w = aloneWidth(c);
      if (w === 0) continue;
      alone++;
      if (w !== eastAsianWidth(c) || displayWidth(String.fromCharCode(c)) !== stringWidth(String.fromCharCode(c)))
        differ.push(c.toString(16));
    }
    expect(alone).toBeGreaterThan(40_000);
    expect(differ).toEqual([]);
  });
});

describe('fitsWhole', () => {
  it('is plainFit giving the whole length: every character stands alone and the text fits the room', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        ...['a', ' ', '~', '中', '帳', '，', '。', '（', '·', '—', '”', 'é', '\u00a1', '\u00ff', '\u3029', '\u302a', '\uff60'],
        ...['\uff61', '\u0301', '😀', '\u001b', '\u3099', '\u00ad', '\u2028'],
      ),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 40 }), (t, room) => {
        expect(fitsWhole(t, room)).toBe(plainFit(t, room) === t.length);
      }),
      { numRuns: 2000 },
    );
  });
});
