// Scores a text against entries (topics, or for suggestions any named ids) by the phrases each
// defines. A phrase counts when the text holds enough of it — measured by its units, each weighted
// by how few entries use it (a word every topic has says little) — and an entry's score is its best
// phrase plus, with less and less weight, the others: several distinct clues add up, repetition
// of one clue does not run away.
import { editDistance, typoAllowance } from './distance.js';
import { phraseCompound, phraseUnits, textFeatures, type TextFeatures, type Unit } from './normalize.js';

/** Something to match: an id and the phrases that stand for it. */
export interface MatchEntry {
  id: string;
  phrases: readonly string[];
  /** Phrases that also say it is urgent (matched like the others). */
  urgentPhrases?: readonly string[];
}

interface CompiledPhrase {
  text: string;
  units: Unit[];
  /** Sum of the units' weights. */
  weight: number;
  compound?: string;
  urgent: boolean;
}

export interface MatchIndex {
  entries: { id: string; phrases: CompiledPhrase[]; units: Unit[] }[];
  weights: Map<string, number>;
  /** Every word stem a phrase uses, for recognising typos. */
  vocabulary: string[];
}

export interface EntryScore {
  id: string;
  score: number;
  /** The phrases that counted, strongest first. */
  matched: { text: string; urgent: boolean }[];
}

/** Below this share of a phrase's weight found in the text, the phrase does not count. */
const MIN_COVERAGE = 0.6;
/** A unit found only as a typo, or a Chinese pair found with one character between. */
const TYPO = 0.8;
const GAP = 0.7;
const NEAR = 0.6;
/** Each further phrase of an entry counts this much of the one before. */
const DECAY = 0.5;
/**
 * Words and pairs of an entry's phrases found in the text outside any whole phrase still count, a
 * little: a description in other words than the catalog's still leans towards the right entry.
 */
const LOOSE = 0.15;

const unitId = (u: Unit) => `${u.kind}:${u.key}`;

export function buildIndex(entries: readonly MatchEntry[]): MatchIndex {
  const compiled = entries.map((entry) => {
    const urgent = new Set(entry.urgentPhrases ?? []);
    const texts = [...new Set([...entry.phrases, ...(entry.urgentPhrases ?? [])])];
    return {
      id: entry.id,
      units: [] as Unit[],
      phrases: texts.flatMap((text) => {
        const units = phraseUnits(text);
        if (units.length === 0) return [];
        const compound = phraseCompound(text);
        return [{ text, units, weight: 0, urgent: urgent.has(text), ...(compound === undefined ? {} : { compound }) }];
      }),
    };
  });
  // A unit's weight: log(1 + entries / entries using it).
  const users = new Map<string, number>();
  for (const entry of compiled) {
    const own = new Map(entry.phrases.flatMap((p) => p.units.map((u) => [unitId(u), u] as const)));
    entry.units = [...own.values()];
    for (const id of own.keys()) users.set(id, (users.get(id) ?? 0) + 1);
  }
  const n = Math.max(1, compiled.length);
  const weights = new Map<string, number>();
  for (const [id, count] of users) weights.set(id, Math.log(1 + n / count));
  const vocabulary = new Set<string>();
  for (const entry of compiled) {
    for (const phrase of entry.phrases) {
      phrase.weight = phrase.units.reduce((sum, u) => sum + weights.get(unitId(u))!, 0);
      for (const u of phrase.units) if (u.kind === 'word') vocabulary.add(u.key);
      if (phrase.compound !== undefined) vocabulary.add(phrase.compound);
    }
  }
  return { entries: compiled, weights, vocabulary: [...vocabulary] };
}

/** How well the text holds each vocabulary word: 1 as is, TYPO within a typo or two. */
function wordMatches(index: MatchIndex, features: TextFeatures): Map<string, number> {
  const found = new Map<string, number>();
  for (const word of index.vocabulary) {
    if (features.words.has(word)) {
      found.set(word, 1);
      continue;
    }
    if (/^\d+$/.test(word)) continue; // a number is exact or nothing
    const allowance = typoAllowance(word.length);
    if (allowance === 0) continue;
    for (const typed of features.words) {
      // A typo seldom changes the first letter ("back" is not "hack").
      if (typed[0] !== word[0] || typoAllowance(typed.length) === 0 || /^\d+$/.test(typed)) continue;
      if (editDistance(word, typed, allowance) <= allowance) {
        found.set(word, TYPO);
        break;
      }
    }
  }
  return found;
}

function unitMatch(unit: Unit, features: TextFeatures, words: Map<string, number>): number {
  switch (unit.kind) {
    case 'char':
      return features.chars.has(unit.key) ? 1 : 0;
    case 'pair':
      return features.pairs.has(unit.key) ? 1 : features.gapPairs.has(unit.key) ? GAP : features.nearPairs.has(unit.key) ? NEAR : 0;
    case 'word':
      return words.get(unit.key) ?? 0;
  }
}

/** Every entry's score for the text, best first (ties in catalog order); 0 when nothing matched. */
export function scoreText(index: MatchIndex, text: string): EntryScore[] {
  const features = textFeatures(text);
  const words = wordMatches(index, features);
  const scores = index.entries.map((entry, order) => {
    const hits: { text: string; urgent: boolean; value: number }[] = [];
    for (const phrase of entry.phrases) {
      let coverage: number;
      if (phrase.compound !== undefined && (words.get(phrase.compound) ?? 0) === 1) {
        coverage = 1;
      } else {
        let found = 0;
        for (const u of phrase.units) found += index.weights.get(unitId(u))! * unitMatch(u, features, words);
        coverage = phrase.weight > 0 ? found / phrase.weight : 0;
      }
      if (coverage < MIN_COVERAGE) continue;
      hits.push({ text: phrase.text, urgent: phrase.urgent, value: coverage * coverage * Math.sqrt(phrase.weight) });
    }
    hits.sort((a, b) => b.value - a.value);
    let loose = 0;
    for (const u of entry.units) loose += index.weights.get(unitId(u))! * unitMatch(u, features, words);
    let score = LOOSE * loose;
    let factor = 1;
    for (const hit of hits) {
      score += factor * hit.value;
      factor *= DECAY;
    }
    return { id: entry.id, score, matched: hits.map(({ text, urgent }) => ({ text, urgent })), order };
  });
  scores.sort((a, b) => b.score - a.score || a.order - b.order);
  return scores.map(({ id, score, matched }) => ({ id, score, matched }));
}
