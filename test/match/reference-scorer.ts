// The scorer written the plain way, as a second implementation to check src/match against: the
// text split by Unicode property regular expressions, and every phrase of every entry gone
// through for every text (what src/match/score.ts did before its index was inverted). Nothing
// here comes from src/match: folding, stemming and the edit distance are written again from
// their descriptions, so a bug there shows up as a difference in scores.

/** What the scorer is given per topic (the shape of src/match/score.ts's MatchEntry). */
export interface MatchEntry {
  id: string;
  phrases: readonly string[];
  urgentPhrases?: readonly string[];
}

/** One entry's score (the shape of src/match/score.ts's EntryScore). */
export interface EntryScore {
  id: string;
  score: number;
  matched: { text: string; urgent: boolean }[];
}

/** WeChat writes 帐号, people write 账号 (and 帳號 in Traditional): one word to the scorer. */
const SAME_CHARACTER: Record<string, string> = { 帐: '账', 帳: '账', 號: '号' };

/** Width and case folded (NFKC, lower case), variant characters made one, apostrophes dropped. */
function fold(text: string): string {
  let out = '';
  for (const c of text.normalize('NFKC').toLowerCase()) {
    if (c === "'" || c === '\u2019' || c === '`') continue;
    out += SAME_CHARACTER[c] ?? c;
  }
  return out;
}

const CONSONANT = 'bcdfghjklmnpqrstvwxz';

/**
 * The stem rule, step by step: short words and numbers stay; one ending goes (-ies/-ied → -y,
 * -ing, -ed, -es after s/x/z/ch/sh, a plain -s but not -ss or -us); then a doubled consonant
 * other than ll/ss/ff/zz is halved; then a final -e goes.
 */
function stem(word: string): string {
  if (word.length <= 3 || [...word].every((c) => c >= '0' && c <= '9')) return word;
  let w = word;
  const ends = (suffix: string) => w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  if ((ends('ies') || ends('ied')) && w.length > 4) w = `${w.slice(0, w.length - 3)}y`;
  else if (ends('ing') && w.length > 5) w = w.slice(0, w.length - 3);
  else if (ends('ed') && w.length > 4) w = w.slice(0, w.length - 2);
  else if (['ses', 'xes', 'zes', 'ches', 'shes'].some(ends) && w.length > 4) w = w.slice(0, w.length - 2);
  else if (ends('s') && !ends('ss') && !ends('us') && w.length > 3) w = w.slice(0, w.length - 1);
  const last = w[w.length - 1] ?? '';
  if (w.length >= 2 && last === w[w.length - 2] && CONSONANT.includes(last) && !['l', 's', 'f', 'z'].includes(last))
    w = w.slice(0, w.length - 1);
  if (w.length > 3 && w[w.length - 1] === 'e') w = w.slice(0, w.length - 1);
  return w;
}

/** Optimal string alignment distance, the whole table, by code point: one typo (a letter missing, extra, wrong, or two swapped) is 1. */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

/** Typos a word may carry and still count: none under 4 letters, one from 4, two from 8. */
function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

const HAN = /\p{Script=Han}/u;
const PIECE = /\p{Script=Han}+|[^\p{Script=Han}\s\p{P}\p{S}\p{C}]+/gu;

/** The text's pieces as the regular expressions find them. */
export function referencePieces(text: string): { text: string; han: boolean }[] {
  return (text.match(PIECE) ?? []).map((piece) => ({ text: piece, han: HAN.test(piece) }));
}

type Unit = `${'c' | 'p' | 'w'}:${string}`;

function phraseUnits(phrase: string): Unit[] {
  const units = new Set<Unit>();
  for (const { text, han } of referencePieces(fold(phrase))) {
    if (han) {
      const chars = Array.from(text);
      if (chars.length === 1) units.add(`c:${chars[0]!}`);
      for (let i = 0; i + 1 < chars.length; i++) units.add(`p:${chars[i]! + chars[i + 1]!}`);
    } else {
      units.add(`w:${stem(text)}`);
    }
  }
  return [...units];
}

function phraseCompound(phrase: string): string | undefined {
  const all = referencePieces(fold(phrase));
  const words = all.filter((p) => !p.han).map((p) => p.text);
  return words.length > 1 && words.length === all.length ? stem(words.join('')) : undefined;
}

function features(text: string) {
  const f = {
    chars: new Set<string>(),
    pairs: new Set<string>(),
    gap: new Set<string>(),
    near: new Set<string>(),
    words: new Set<string>(),
  };
  let previous: string | undefined;
  for (const { text: piece, han } of referencePieces(fold(text))) {
    if (han) {
      const c = Array.from(piece);
      for (let i = 0; i < c.length; i++) {
        f.chars.add(c[i]!);
        if (i + 1 < c.length) f.pairs.add(c[i]! + c[i + 1]!);
        if (i + 2 < c.length) f.gap.add(c[i]! + c[i + 2]!);
        for (let j = i + 3; j < c.length && j <= i + 4; j++) f.near.add(c[i]! + c[j]!);
      }
      previous = undefined;
    } else {
      f.words.add(stem(piece));
      if (previous !== undefined) f.words.add(stem(previous + piece));
      previous = piece;
    }
  }
  return f;
}

function compile(entries: readonly MatchEntry[]) {
  const compiled = entries.map((entry) => {
    const urgent = new Set(entry.urgentPhrases ?? []);
    const phrases = [...new Set([...entry.phrases, ...(entry.urgentPhrases ?? [])])]
      .map((t) => ({ text: t, units: phraseUnits(t), compound: phraseCompound(t), urgent: urgent.has(t) }))
      .filter((p) => p.units.length > 0);
    return { id: entry.id, phrases, units: [...new Set(phrases.flatMap((p) => p.units))] };
  });
  const users = new Map<Unit, number>();
  for (const e of compiled) for (const u of e.units) users.set(u, (users.get(u) ?? 0) + 1);
  const n = Math.max(1, compiled.length);
  const weight = (u: Unit) => Math.log(1 + n / users.get(u)!);
  const vocabulary = new Set<string>();
  for (const e of compiled) {
    for (const p of e.phrases) {
      for (const u of p.units) if (u.startsWith('w:')) vocabulary.add(u.slice(2));
      if (p.compound !== undefined) vocabulary.add(p.compound);
    }
  }
  return { compiled, weight, vocabulary };
}

const compiledFor = new WeakMap<readonly MatchEntry[], ReturnType<typeof compile>>();

/** Every entry's score for the text, best first (ties in entry order). */
export function referenceScores(entries: readonly MatchEntry[], text: string): EntryScore[] {
  let made = compiledFor.get(entries);
  if (!made) {
    made = compile(entries);
    compiledFor.set(entries, made);
  }
  const { compiled, weight, vocabulary } = made;
  const f = features(text);
  const words = new Map<string, number>();
  for (const word of vocabulary) {
    if (f.words.has(word)) words.set(word, 1);
    else if (!/^\d+$/.test(word) && typoAllowance(word.length) > 0) {
      const allowance = typoAllowance(word.length);
      const typo = [...f.words].some(
        (t) => t[0] === word[0] && typoAllowance(t.length) > 0 && !/^\d+$/.test(t) && editDistance(word, t) <= allowance,
      );
      if (typo) words.set(word, 0.8);
    }
  }
  const match = (u: Unit): number => {
    const key = u.slice(2);
    if (u[0] === 'c') return f.chars.has(key) ? 1 : 0;
    if (u[0] === 'p') return f.pairs.has(key) ? 1 : f.gap.has(key) ? 0.7 : f.near.has(key) ? 0.6 : 0;
    return words.get(key) ?? 0;
  };
  const scores = compiled.map((entry, order) => {
    const hits: { text: string; urgent: boolean; whole: boolean; value: number }[] = [];
    for (const p of entry.phrases) {
      let total = 0;
      for (const u of p.units) total += weight(u);
      let found = 0;
      for (const u of p.units) found += weight(u) * match(u);
      const coverage = p.compound !== undefined && words.get(p.compound) === 1 ? 1 : total > 0 ? found / total : 0;
      if (coverage >= 0.6)
        hits.push({ text: p.text, urgent: p.urgent, whole: coverage >= 0.999, value: coverage * coverage * Math.sqrt(total) });
    }
    hits.sort((a, b) => b.value - a.value);
    let loose = 0;
    for (const u of entry.units) loose += weight(u) * match(u);
    let score = 0.15 * loose;
    let factor = 1;
    for (const h of hits) {
      score += factor * h.value;
      factor *= 0.5;
    }
    return { id: entry.id, score, matched: hits.map(({ text: t, urgent, whole }) => ({ text: t, urgent, whole })), order };
  });
  scores.sort((a, b) => b.score - a.score || a.order - b.order);
  return scores.map(({ id, score, matched }) => ({ id, score, matched }));
}
