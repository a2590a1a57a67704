// The Traditional → Simplified table for matching (src/match/traditional.ts) reads the pairs of
// fold-pairs.ts as they are written, character by character, astral ones included.
import { describe, expect, it } from 'vitest';
import { foldPairs } from '../../src/match/fold-pairs.js';
import { traditionalToSimplified } from '../../src/match/traditional.js';

describe('traditionalToSimplified', () => {
  const pairs = foldPairs()
    .split('\n')
    .filter((p) => p !== '')
    .map((p) => Array.from(p));
  const table = traditionalToSimplified();

  it('gives each pair’s Simplified form', () => {
    expect(pairs.length).toBeGreaterThan(2000);
    expect(pairs.every((p) => p.length === 2)).toBe(true);
    expect(pairs.filter(([from, to]) => table.get(from!) !== to)).toEqual([]);
    expect(table.get('帳')).toBe('帐');
    expect(table.get('裡')).toBe('里');
  });

  it('gives nothing for a character without a pair, a Simplified one included', () => {
    const froms = new Set(pairs.map(([from]) => from));
    const tos = [...new Set(pairs.map(([, to]) => to!))].filter((c) => !froms.has(c));
    expect(tos.filter((c) => table.get(c) !== undefined)).toEqual([]);
    for (const c of ['a', '\n', '', '微', '😀']) expect(table.get(c)).toBeUndefined();
  });
});
