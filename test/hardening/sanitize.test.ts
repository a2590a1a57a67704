// The three ways text is made safe for a terminal, as properties over arbitrary strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSafe, sanitize, visible } from '../../src/render/terminal/sanitize.js';

/** Everything that must never reach a terminal raw. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

// Strings rich in what matters: controls, escape sequences and bidi marks among ordinary text.
const nasty = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(
        '\u001b[31m',
        '\u001b]0;t\u0007',
        '\u001b]8;;http://x\u001b\\',
        '\u009b2J',
        '\u0007',
        '\u0000',
        '\r\n',
        '\u2028',
        '\u202e',
        '\u2066',
        '\u061c',
        '\u0085',
        '微信',
        '\u001b',
      ),
      fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
    ),
    { maxLength: 20 },
  )
  .map((parts) => parts.join(''));

const RUNS = { seed: 42, numRuns: 500 } as const;

describe('sanitize (catalog text)', () => {
  it('leaves nothing unsafe, never grows, and is idempotent', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = sanitize(s);
        expect(out).not.toMatch(UNSAFE);
        expect(out.length).toBeLessThanOrEqual(s.length);
        expect(sanitize(out)).toBe(out);
      }),
      RUNS,
    );
  });

  it('keeps ordinary text, Chinese included, as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        if (!UNSAFE.test(s)) expect(sanitize(s)).toBe(s);
      }),
      RUNS,
    );
    expect(sanitize('微信客服 0755-83765566 · 转人工')).toBe('微信客服 0755-83765566 · 转人工');
  });

  it('drops an escape sequence whole, and the Arabic letter mark and line separator too', () => {
    expect(sanitize('a\u001b[1;31mb\u001b]8;;http://x\u0007c\u001b]8;;\u0007d')).toBe('abcd');
    expect(sanitize('x\u061cy\u2028z')).toBe('xy z');
  });
});

describe('visible (a value echoed in a message)', () => {
  it('leaves nothing unsafe, and loses nothing: every control is written out', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = visible(s);
        expect(out).not.toMatch(UNSAFE);
        // Undo the escapes (the input may hold a literal "\u" too: only check the escaped set).
        const back = out.replace(/\\u(00[0-9a-f]{2}|061c|200[ef]|202[89a-e]|206[6-9])/g, (_m, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        );
        if (!s.includes('\\u')) expect(back).toBe(s);
      }),
      RUNS,
    );
    expect(visible('--tz \u001b]0;x\u0007')).toBe('--tz \\u001b]0;x\\u0007');
  });
});

describe('jsonSafe (JSON output)', () => {
  it('parses to the same value, with nothing unsafe in the text', () => {
    fc.assert(
      fc.property(fc.dictionary(nasty, fc.oneof(nasty, fc.array(nasty, { maxLength: 3 }))), (value) => {
        for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
          const safe = jsonSafe(text);
          expect(safe.replace(/[\n ]/g, '')).not.toMatch(UNSAFE);
          expect(JSON.parse(safe)).toEqual(JSON.parse(text));
        }
      }),
      RUNS,
    );
  });
});
