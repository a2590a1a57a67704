import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, truncate } from '../../src/render/terminal/table.js';

const pieces = ['a', 'Z', ' ', '微', '信', '客', '服', '👍', '👍🏽', '👨‍👩‍👧', 'é', 'e\u0301', '\u200b', '\u200d', '\ufe0f', 'ｱ', '…'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
const long = fc.array(fc.constantFrom(...pieces), { minLength: 100, maxLength: 700 }).map((p) => p.join(''));

describe('truncate', () => {
  it('fits the width, keeps a prefix, ends in "…" only when cut', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (t, width) => {
        const out = truncate(t, width);
        expect(stringWidth(out)).toBeLessThanOrEqual(Math.max(width, stringWidth(t) <= width ? width : 1));
        if (stringWidth(t) <= width) {
          expect(out).toBe(t);
        } else {
          expect(out.endsWith('…')).toBe(true);
          expect(t.startsWith(out.slice(0, -1))).toBe(true);
          // As much as fits: one more grapheme would not.
          expect(stringWidth(out)).toBeGreaterThanOrEqual(Math.min(width, 1));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cuts text of plain characters (no segmenter) where a grapheme-by-grapheme cut would', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const reference = (t: string, width: number) => {
      if (stringWidth(t) <= width) return t;
      let out = '';
      for (const { segment } of segmenter.segment(t)) {
        if (stringWidth(out + segment) > width - 1) break;
        out += segment;
      }
      return `${out}…`;
    };
    const plain = fc
      .array(fc.constantFrom('a', ' ', '~', 'é', '—', '微', '。', 'Ａ', '█', '▲', '→', '·'), { maxLength: 40 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 30 }), (t, width) => {
        expect(truncate(t, width)).toBe(reference(t, width));
      }),
      { numRuns: 500 },
    );
  });

  it('measures long text in pieces exactly as string-width measures it whole', () => {
    fc.assert(
      fc.property(long, (t) => {
        expect(displayWidth(t)).toBe(stringWidth(t));
      }),
      { numRuns: 100 },
    );
  });

  it('never splits a wide character or an emoji sequence', () => {
    expect(truncate('微信客服热线', 5)).toBe('微信…');
    expect(truncate('👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧', 4)).toBe('👨‍👩‍👧…');
    expect(truncate('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
  });

  it('is linear: a name of 60,000 zero-width characters and letters is cut at once', () => {
    const name = `${'\u200b'.repeat(30_000)}${'x'.repeat(30_000)}`;
    const out = truncate(name, 20);
    expect(displayWidth(out)).toBe(20); // (string-width itself is quadratic in a long string)
    expect(out.endsWith(`${'x'.repeat(19)}…`)).toBe(true);
  });
});
