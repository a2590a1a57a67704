// The labelled problems (words that ask for a person aside, as recommend reads them): the matcher must put a right topic first for at least 90 % of them and
// among its first three for at least 98 % (`npm run bench` prints the same figures).
import { describe, expect, it } from 'vitest';
import { loadFolding, rankProblem } from '../../src/match/index.js';
import { builtin } from './catalog.js';
import { FRESH, PROBLEMS, TRADITIONAL, TRADITIONAL_FRESH } from './problems.js';

const HAN = /\p{Script=Han}/u;

function evaluate(problems: typeof PROBLEMS) {
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const p of problems) {
    const ranked = rankProblem(builtin, p.text).ranked.filter((r) => r.score > 0);
    const firstRight = ranked[0] !== undefined && p.topics.includes(ranked[0].id);
    if (firstRight) first++;
    if (ranked.slice(0, 3).some((r) => p.topics.includes(r.id))) top3++;
    if (!firstRight)
      misses.push(
        `${p.text} → ${
          ranked
            .slice(0, 3)
            .map((r) => `${r.id}:${r.score.toFixed(2)}`)
            .join(' ') || '(none)'
        } (want ${p.topics.join('|')})`,
      );
  }
  return { rank1: first / problems.length, top3: top3 / problems.length, misses };
}

describe('the labelled problems', () => {
  it('has at least 150 of them, about half in Chinese, every topic covered, labels that exist', () => {
    expect(PROBLEMS.length).toBeGreaterThanOrEqual(150);
    const zh = PROBLEMS.filter((p) => HAN.test(p.text)).length;
    expect(zh).toBeGreaterThanOrEqual(PROBLEMS.length * 0.4);
    expect(PROBLEMS.length - zh).toBeGreaterThanOrEqual(PROBLEMS.length * 0.4);
    const ids = builtin.topics.map((t) => t.id);
    for (const p of PROBLEMS) for (const t of p.topics) expect(ids).toContain(t);
    for (const id of ids) expect(PROBLEMS.some((p) => p.topics[0] === id)).toBe(true);
    expect(new Set(PROBLEMS.map((p) => p.text)).size).toBe(PROBLEMS.length);
  });

  it('is not the catalog repeating itself: no problem is one of its own phrases', () => {
    const phrases = new Set(
      builtin.topics
        .flatMap((t) => [...(t.phrases?.zh ?? []), ...(t.phrases?.en ?? []), ...(t.urgentPhrases ?? [])])
        .map((p) => p.toLowerCase()),
    );
    expect(PROBLEMS.filter((p) => phrases.has(p.text.toLowerCase()))).toEqual([]);
  });

  it('≥ 90 % right at rank 1 and ≥ 98 % within the top 3', () => {
    const { rank1, top3, misses } = evaluate(PROBLEMS);
    expect({ rank1: rank1 >= 0.9, top3: top3 >= 0.98, misses }).toMatchObject({ rank1: true, top3: true });
  });

  it('does not collapse on wording written after the catalog was settled (≥ 70 % at rank 1, ≥ 90 % in the top 3)', () => {
    const { rank1, top3 } = evaluate(FRESH);
    expect(FRESH.length).toBeGreaterThanOrEqual(40);
    expect(rank1).toBeGreaterThanOrEqual(0.7);
    expect(top3).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['zh', 'en'] as const)('holds in %s alone (≥ 85 % at rank 1)', (lang) => {
    const { rank1 } = evaluate(PROBLEMS.filter((p) => HAN.test(p.text) === (lang === 'zh')));
    expect(rank1).toBeGreaterThanOrEqual(0.85);
  });
});

describe('Traditional Chinese, as written in Hong Kong, Macao and Taiwan', () => {
  it.each([
    ['the held-out set', TRADITIONAL_FRESH],
    ['the set the regional phrases were written against', TRADITIONAL],
  ] as const)('%s lands as well as Simplified (≥ 90 % at rank 1, ≥ 98 % within the top 3)', async (_, problems) => {
    // As the CLI does for any text that is not ASCII.
    await loadFolding();
    expect(problems.length).toBeGreaterThanOrEqual(50);
    // Every topic there was when the sets were written (merchant and a child's spending came later;
    // logging in too, and the sets' login problems now name it first).
    for (const id of builtin.topics.map((t) => t.id).filter((id) => !['merchant', 'minor-spending'].includes(id)))
      expect(
        problems.some((p) => p.topics.includes(id)),
        id,
      ).toBe(true);
    for (const p of problems) expect(p.text).toMatch(/[\u3400-\u9fff]/);
    const { rank1, top3, misses } = evaluate(problems);
    expect({ rank1: rank1 >= 0.9, top3: top3 >= 0.98, misses }).toMatchObject({ rank1: true, top3: true });
  });
});
