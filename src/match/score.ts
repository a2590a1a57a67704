// Scores a text against entries (topics, or for suggestions any named ids) by the phrases each
// defines. A phrase counts when the text holds enough of it — measured by its units, each weighted
// by how few entries use it (a word every topic has says little) — and an entry's score is its best
// phrase plus, with less and less weight, the others: several distinct clues add up, repetition
// of one clue does not run away. The index is inverted (unit → the phrases and entries using
// it), so a text is scored by what it holds, not by every phrase of the catalog: the same scores as
// going through them all (test/match/scorer.test.ts compares the two), a fraction of the time.
import { editDistance, SURROGATE, typoAllowance } from './distance.js';
import { isNumber, phraseParts, textFeatures, type TextFeatures, type UnitKind } from './normalize.js';
import { INDEX_FORMAT, type MatchIndex, type Phrase } from './match-index.js';
import { viewOf, type IndexView } from './packed-index.js';

export { INDEX_FORMAT, type MatchIndex } from './match-index.js';

/** Something to match: an id and the phrases that stand for it. */
export interface MatchEntry {
  id: string;
  phrases: readonly string[];
  /** Phrases that also say it is urgent (matched like the others). */
  urgentPhrases?: readonly string[];
}

/**
 * The index: the phrases worked out into numbered units, and for each unit the phrases and entries
 * that use it. Plain JSON data, so that it can be stored with a catalog ahead of time
 * (src/match/precompute.ts) and used as read back; nothing in it is a float (weights are worked
 * out when scoring from how many entries use a unit: parsing thousands of floats costs more).
 */
export interface EntryScore {
  id: string;
  score: number;
  /** The phrases that counted, strongest first; `whole` when the text holds all of the phrase. */
  matched: { text: string; urgent: boolean; whole: boolean }[];
}

/** Below this share of a phrase's weight found in the text, the phrase does not count. */
const MIN_COVERAGE = 0.6;
/** A phrase the text holds all of (rounding aside). */
const WHOLE = 0.999;
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

const KIND_LETTER: Readonly<Record<UnitKind, string>> = { char: 'c', pair: 'p', word: 'w' };

export function buildIndex(entries: readonly MatchEntry[]): MatchIndex {
  const unitOf: Record<string, number> = {};
  const phrases: Phrase[] = [];
  const phrasesOf: number[][] = [];
  const entriesOf: number[][] = [];
  const compounds: Record<string, number[]> = {};
  const vocabulary = new Set<string>();
  entries.forEach((entry, e) => {
    const urgent = new Set(entry.urgentPhrases ?? []);
    // The entry's units, each once, numbered by first use.
    const place = new Map<number, number>();
    for (const text of new Set([...entry.phrases, ...(entry.urgentPhrases ?? [])])) {
      const { units, compound } = phraseParts(text);
      if (units.length === 0) continue;
      const p = phrases.length;
      const numbers = units.map(({ kind, key }) => {
        const id = KIND_LETTER[kind] + key;
        let u = Object.hasOwn(unitOf, id) ? unitOf[id]! : undefined;
        if (u === undefined) {
          u = phrasesOf.length;
          unitOf[id] = u;
          phrasesOf.push([]);
          entriesOf.push([]);
        }
        if (kind === 'word') vocabulary.add(key);
        phrasesOf[u]!.push(p);
        if (!place.has(u)) {
          place.set(u, place.size);
          entriesOf[u]!.push(e, place.get(u)!);
        }
        return u;
      });
      phrases.push([e, text, numbers, urgent.has(text) ? 1 : 0]);
      if (compound !== undefined) {
        vocabulary.add(compound);
        if (!Object.hasOwn(compounds, compound)) compounds[compound] = [];
        compounds[compound]!.push(p);
      }
    }
  });
  return {
    format: INDEX_FORMAT,
    ids: entries.map((e) => e.id),
    unitOf,
    phrases,
    phrasesOf,
    entriesOf,
    compounds,
    vocabulary: [...vocabulary],
  };
}

/**
 * Whether a value read back is an index of this format, as buildIndex makes them (the parts
 * scoring reads are all there). Its numbers are not checked one by one: it is stored only beside
 * the catalog it was made from, by the same build (src/catalog/precomputed.ts).
 */
export function isMatchIndex(value: unknown): value is MatchIndex {
  const v = value as Partial<MatchIndex> | null;
  const isRecord = (r: unknown) => r !== null && typeof r === 'object' && !Array.isArray(r);
  return (
    isRecord(v) &&
    v!.format === INDEX_FORMAT &&
    Array.isArray(v!.ids) &&
    isRecord(v!.unitOf) &&
    Array.isArray(v!.phrases) &&
    Array.isArray(v!.phrasesOf) &&
    Array.isArray(v!.entriesOf) &&
    v!.entriesOf.length === v!.phrasesOf.length &&
    isRecord(v!.compounds) &&
    Array.isArray(v!.vocabulary)
  );
}

/**
 * The letters a word holds, as bits: a to z each its own, any other character one of four shared
 * bits, and both halves of a character outside the BMP one more (so one character is one bit).
 */
function letterBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    bits |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 0xd800 && c <= 0xdfff ? 30 : 26 + (c % 4));
  }
  return bits;
}

/** How many of the letters in `a` are nowhere in `b` (by letterBits): each is a typo at least. */
function lettersMissing(a: number, b: number): number {
  let n = 0;
  for (let rest = a & ~b; rest !== 0; rest &= rest - 1) n++;
  return n;
}

/** How well the text holds each vocabulary word: 1 as is, TYPO within a typo or two. */
function wordMatches(index: IndexView, features: TextFeatures): Map<string, number> {
  const found = new Map<string, number>();
  if (features.words.size === 0) return found;
  // Loops over arrays by index: in V8's interpreter, for…of makes an object at every step (a
  // vocabulary letter has hundreds of words, and a run's young generation filled the sooner).
  const words = [...features.words];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.length > 0 && index.vocabularyFrom(word[0]!).includes(word)) found.set(word, 1);
  }
  // The typed words that may hold a typo: long enough, and not numbers. A typo seldom changes the
  // first letter ("back" is not "hack"): only the vocabulary sharing one is read.
  const typed = words.filter((t) => typoAllowance(t.length) > 0 && !isNumber(t));
  // Most of the vocabulary is ruled out without counting typos: a word lacking more of the other's
  // letters than it may have typos is too far from it (a letter nowhere in the other takes a typo
  // of its own). Counting them for every word made the count hot enough for V8 to optimise, 6 ms
  // of compiling in a run that is over before that pays.
  // Each typed word as the scan asks of it, worked out once (a word's length in characters is its
  // length in UTF-16 units unless it has a character outside the BMP).
  const asked = typed.map((t) => ({ t, astral: SURROGATE.test(t), bits: letterBits(t) }));
  const firsts = [...new Set(typed.map((t) => t[0]!))];
  for (let f = 0; f < firsts.length; f++) {
    const first = firsts[f]!;
    const starting = asked.filter(({ t }) => t[0] === first);
    const vocabulary = index.vocabularyFrom(first);
    for (let v = 0; v < vocabulary.length; v++) {
      const word = vocabulary[v]!;
      if (features.words.has(word) || isNumber(word)) continue;
      const allowance = typoAllowance(word.length);
      if (allowance === 0) continue;
      let astral: boolean | undefined;
      let bits: number | undefined;
      for (let s = 0; s < starting.length; s++) {
        const { t, astral: tAstral, bits: tBits } = starting[s]!;
        // Lengths more typos apart than allowed: no need to count them.
        const gap = word.length - t.length;
        if ((gap > allowance || gap < -allowance) && !tAstral) {
          astral ??= SURROGATE.test(word);
          if (!astral) continue;
        }
        bits ??= letterBits(word);
        if (lettersMissing(bits, tBits) > allowance || lettersMissing(tBits, bits) > allowance) continue;
        if (editDistance(word, t, allowance) <= allowance) {
          found.set(word, TYPO);
          break;
        }
      }
    }
  }
  return found;
}

/** Each unit the text holds, by number, and how well: 1 as is; a pair also GAP or NEAR apart, a word TYPO as a typo. */
function unitValues(index: IndexView, features: TextFeatures, words: Map<string, number>): Map<number, number> {
  const values = new Map<number, number>();
  const put = (id: string, value: number) => {
    const u = index.unit(id);
    if (u !== undefined && !values.has(u)) values.set(u, value);
  };
  for (const c of features.chars) put(`c${c}`, 1);
  // Best first: a pair found side by side is not also counted as found apart.
  for (const p of features.pairs) put(`p${p}`, 1);
  for (const p of features.gapPairs) put(`p${p}`, GAP);
  for (const p of features.nearPairs) put(`p${p}`, NEAR);
  for (const [word, value] of words) put(`w${word}`, value);
  return values;
}

/** Every entry's score for the text, best first (ties in catalog order); 0 when nothing matched. */
export function scoreText(stored: MatchIndex | IndexView, text: string): EntryScore[] {
  const index = 'unitOf' in stored ? viewOf(stored) : stored;
  const features = textFeatures(text);
  const words = wordMatches(index, features);
  const values = unitValues(index, features, words);
  const n = Math.max(1, index.ids.length);
  const weightOf = (u: number) => Math.log(1 + n / index.entryCount(u));
  // Only a phrase with a unit in the text, or whose compound the text has, can count.
  const candidates = new Set<number>();
  const addAll = (phrases: ArrayLike<number>) => {
    for (let i = 0; i < phrases.length; i++) candidates.add(phrases[i]!);
  };
  for (const u of values.keys()) addAll(index.phrasesOf(u));
  // The phrases whose compound the text has as typed: each counts whole.
  const compounded = new Set<number>();
  for (const [word, value] of words) {
    const phrases = value === 1 ? index.compound(word) : undefined;
    if (phrases === undefined) continue;
    addAll(phrases);
    for (let i = 0; i < phrases.length; i++) compounded.add(phrases[i]!);
  }
  const hits: { p: number; urgent: boolean; whole: boolean; value: number }[][] = index.ids.map(() => []);
  // In phrase order: an entry's hits of equal value keep the catalog's order.
  for (const p of [...candidates].sort((a, b) => a - b)) {
    const units = index.phraseUnits(p);
    let weight = 0;
    for (let i = 0; i < units.length; i++) weight += weightOf(units[i]!);
    let coverage: number;
    if (compounded.has(p)) {
      coverage = 1;
    } else {
      let found = 0;
      for (let i = 0; i < units.length; i++) found += weightOf(units[i]!) * (values.get(units[i]!) ?? 0);
      coverage = weight > 0 ? found / weight : 0;
    }
    if (coverage < MIN_COVERAGE) continue;
    hits[index.phraseEntry(p)]!.push({
      p,
      urgent: index.phraseUrgent(p),
      whole: coverage >= WHOLE,
      value: coverage * coverage * Math.sqrt(weight),
    });
  }
  // The loose part: each entry's units found in the text, added in the entry's order of its units.
  const loose: [place: number, value: number][][] = index.ids.map(() => []);
  for (const [u, value] of values) {
    const using = index.entriesOf(u);
    for (let i = 0; i < using.length; i += 2) loose[using[i]!]!.push([using[i + 1]!, weightOf(u) * value]);
  }
  const scores = index.ids.map((id, order) => {
    const found = hits[order]!.sort((a, b) => b.value - a.value);
    let sum = 0;
    const looseFound = loose[order]!.sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < looseFound.length; i++) sum += looseFound[i]![1];
    let score = LOOSE * sum;
    let factor = 1;
    for (let i = 0; i < found.length; i++) {
      score += factor * found[i]!.value;
      factor *= DECAY;
    }
    return { id, score, matched: found.map(({ p, urgent, whole }) => ({ text: index.phraseText(p), urgent, whole })), order };
  });
  scores.sort((a, b) => b.score - a.score || a.order - b.order);
  return scores.map(({ id, score, matched }) => ({ id, score, matched }));
}
