// Text → what the scorer compares. Chinese is read as characters and pairs of neighbouring
// characters (no segmentation dictionary: 客服 and 账号 stay whole as pairs); everything else as
// words reduced to a simple stem (case, width, punctuation, plural and tense endings dropped).

/** Variant characters written for the same word (WeChat itself writes 帐号; people write 账号). */
const VARIANTS: Readonly<Record<string, string>> = { 帐: '账', 帳: '账', 號: '号' };

const HAN = /\p{Script=Han}/u;
/** A run of Chinese characters, or a run of other letters and digits. */
const PIECE = /\p{Script=Han}+|[^\p{Script=Han}\s\p{P}\p{S}\p{C}]+/gu;

/** Width, case and variant forms folded; apostrophes dropped so "can't" is one word. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[帐帳號]/g, (c) => VARIANTS[c] ?? c)
    .replace(/['’`]/g, '');
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * A word's stem: "hacked" and "hacking" → "hack", "banned" → "ban", "stories" → "stori"…, the same
 * rule for the catalog's phrases and the user's words, so only consistency matters. Numbers stay.
 */
export function stem(word: string): string {
  let w = word;
  if (/^\d+$/.test(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(s|x|z|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  // "banned" → "bann" → "ban"; "logging" → "logg" → "log".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

export type UnitKind = 'char' | 'pair' | 'word';
/** One thing a phrase needs to find in the text: a Chinese character or pair, or a word stem. */
export interface Unit {
  kind: UnitKind;
  key: string;
}

/** A phrase's units: pairs of neighbouring Chinese characters (a lone character by itself), word stems. */
export function phraseUnits(phrase: string): Unit[] {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const add = (kind: UnitKind, key: string) => {
    const id = `${kind}:${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    units.push({ kind, key });
  };
  for (const piece of fold(phrase).match(PIECE) ?? []) {
    if (isHan(piece)) {
      const chars = Array.from(piece);
      if (chars.length === 1) add('char', chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) add('pair', chars[i]! + chars[i + 1]!);
    } else {
      add('word', stem(piece));
    }
  }
  return units;
}

/** The words of a phrase run together ("log in" → "login"), when it has several: typed either way. */
export function phraseCompound(phrase: string): string | undefined {
  const words = (fold(phrase).match(PIECE) ?? []).filter((p) => !isHan(p));
  return words.length > 1 && words.length === (fold(phrase).match(PIECE) ?? []).length ? stem(words.join('')) : undefined;
}

/** What a text offers: its Chinese characters, neighbouring pairs, pairs one character apart, word stems. */
export interface TextFeatures {
  chars: Set<string>;
  pairs: Set<string>;
  /** "被人盗" gives 被盗 here: a pair with one character between. */
  gapPairs: Set<string>;
  /** "建一个群" gives 建群 here: a pair a few characters apart, in order, in one run. */
  nearPairs: Set<string>;
  /** Stems of the words, and of each two neighbouring words run together ("lockedout", "log in"). */
  words: Set<string>;
}

/** How far apart (in characters) the two of a "near" pair may be. */
const NEAR = 4;

export function textFeatures(text: string): TextFeatures {
  const features: TextFeatures = { chars: new Set(), pairs: new Set(), gapPairs: new Set(), nearPairs: new Set(), words: new Set() };
  let previousWord: string | undefined;
  for (const piece of fold(text).match(PIECE) ?? []) {
    if (isHan(piece)) {
      const chars = Array.from(piece);
      for (let i = 0; i < chars.length; i++) {
        features.chars.add(chars[i]!);
        if (i + 1 < chars.length) features.pairs.add(chars[i]! + chars[i + 1]!);
        if (i + 2 < chars.length) features.gapPairs.add(chars[i]! + chars[i + 2]!);
        for (let j = i + 3; j < chars.length && j <= i + NEAR; j++) features.nearPairs.add(chars[i]! + chars[j]!);
      }
      previousWord = undefined;
    } else {
      features.words.add(stem(piece));
      if (previousWord !== undefined) features.words.add(stem(previousWord + piece));
      previousWord = piece;
    }
  }
  return features;
}
