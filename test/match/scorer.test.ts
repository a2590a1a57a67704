// The inverted scorer (src/match/score.ts) against the plain one (./reference-scorer.ts): the same
// scores, bit for bit, and the same phrases, for every labelled problem, for pieces of the
// catalog's own phrases run together, and for random text; the tokenizer's fast ranges against
// the Unicode property regular expressions, for every code point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charClass, HAN, pieces, SEPARATOR, WORD } from '../../src/match/normalize.js';
import { buildIndex, type MatchEntry } from '../../src/match/score.js';
import { scoreText } from '../../src/match/score.js';
import { packIndex, readPackedIndex } from '../../src/match/packed-index.js';
import { editDistance } from '../../src/match/distance.js';
import { builtin } from './catalog.js';
import { PROBLEMS } from './problems.js';
import { referencePieces, referenceScores } from './reference-scorer.js';

const topicEntries: MatchEntry[] = builtin.topics.map((t) => ({
  id: t.id,
  phrases: [...(t.phrases?.zh ?? []), ...(t.phrases?.en ?? []), t.name.zh, t.name.en, t.id.replace(/-/g, ' ')],
  urgentPhrases: t.urgentPhrases ?? [],
}));
const index = buildIndex(topicEntries);
// The same index as stored with a catalog and read back in place (src/match/packed-index.ts).
const packed = readPackedIndex(packIndex(index))!;
const phrases = topicEntries.flatMap((e) => e.phrases);

describe('the inverted scorer gives the plain scorer’s answer', () => {
  it('for every labelled problem', () => {
    for (const { text } of PROBLEMS) {
      const reference = referenceScores(topicEntries, text);
      expect(scoreText(index, text), text).toEqual(reference);
      expect(scoreText(packed, text), text).toEqual(reference);
    }
  });

  it('for phrases of the catalog, alone, run together and misspelt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', ' ', '，', 'x'),
        fc.nat(),
        fc.constantFrom('drop', 'change', 'swap'),
        (chosen, glue, cut, typo) => {
          let text = chosen.join(glue);
          // A letter dropped, changed or swapped with the next somewhere: the typo path.
          if (text.length > 4) {
            const at = cut % (text.length - 1);
            const rest = text.slice(at + 1);
            text =
              text.slice(0, at) +
              (typo === 'drop' ? rest : typo === 'change' ? `${'qxz'[cut % 3]}${rest}` : `${rest.slice(0, 1)}${text[at]}${rest.slice(1)}`);
          }
          const reference = referenceScores(topicEntries, text);
          expect(scoreText(index, text)).toEqual(reference);
          expect(scoreText(packed, text)).toEqual(reference);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for random text in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (text) => {
        const reference = referenceScores(topicEntries, text);
        expect(scoreText(index, text)).toEqual(reference);
        expect(scoreText(packed, text)).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  });

  it('for small entry lists (as did-you-mean builds them), repeated words and phrases without units', () => {
    const entries: MatchEntry[] = [
      { id: 'a', phrases: ['log in', 'login help', '登录', '...', ''] },
      { id: 'b', phrases: ['log out', 'help', '帮助 登录'], urgentPhrases: ['help now'] },
      { id: 'c', phrases: ['!!!'] },
    ];
    const small = buildIndex(entries);
    const smallPacked = readPackedIndex(packIndex(small))!;
    for (const text of ['login', 'log in', 'help', 'halp now', '登录帮助', 'c', '', 'logn out']) {
      expect(scoreText(small, text), text).toEqual(referenceScores(entries, text));
      expect(scoreText(smallPacked, text), text).toEqual(referenceScores(entries, text));
    }
  });
});

describe('the tokenizer', () => {
  it('classes every code point as the property regular expressions do', () => {
    const han = /\p{Script=Han}/u;
    const word = /[^\p{Script=Han}\s\p{P}\p{S}\p{C}]/u;
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const char = String.fromCodePoint(cp);
      const expected = han.test(char) ? HAN : word.test(char) ? WORD : SEPARATOR;
      if (charClass(cp) !== expected && wrong.length < 10) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('splits text into the same pieces, lone surrogates and all', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('我', '的', 'a', ' ', '，', '。', 'é', '\u0301', '𠀀', '\ud800', '1', '-'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          maxLength: 20,
        }),
        (text) => {
          expect(pieces(text)).toEqual(referencePieces(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('editDistance', () => {
  /** The textbook table, by code point, for comparison. */
  function plain(a: string, b: string): number {
    const x = Array.from(a);
    const y = Array.from(b);
    const d = Array.from({ length: x.length + 1 }, (_, i) =>
      Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= x.length; i++) {
      for (let j = 1; j <= y.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[x.length]![y.length]!;
  }

  it('is the optimal-string-alignment distance, by code point; past a limit, some number past it', () => {
    // Short words, and long ones too (the rows kept between calls grow for them).
    const letters = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '𠀀', '😀', '\u0301'), maxLength: 7 }),
      fc.string({ unit: fc.constantFrom('a', 'b', '😀'), minLength: 14, maxLength: 40 }),
    );
    fc.assert(
      fc.property(letters, letters, fc.nat(3), (a, b, limit) => {
        const d = plain(a, b);
        expect(editDistance(a, b)).toBe(d);
        if (d <= limit) expect(editDistance(a, b, limit)).toBe(d);
        else expect(editDistance(a, b, limit)).toBeGreaterThan(limit);
      }),
      { numRuns: 1000 },
    );
  });
});
