// Text → what the scorer compares. Chinese is read as characters and pairs of neighbouring
// characters (no segmentation dictionary: 客服 and 账号 stay whole as pairs); everything else as
// words reduced to a simple stem (case, width, punctuation, plural and tense endings dropped).
// Traditional characters are read as their Simplified forms once the table is loaded (folding.ts).
import { traditionalTable } from './folding.js';

/** Variant characters written for the same word (WeChat itself writes 帐号; people write 账号). */
const VARIANTS: Readonly<Record<string, string>> = { 帐: '账', 帳: '账', 號: '号' };

/** What a character is to the scorer: space, punctuation, a symbol or a control character separate pieces… */
export const SEPARATOR = 0;
/** …a Chinese character (Script=Han)… */
export const HAN = 1;
/** …any other letter, mark or digit is part of a word. */
export const WORD = 2;
export type CharClass = typeof SEPARATOR | typeof HAN | typeof WORD;

// The Unicode property classes cost milliseconds to compile (more than the rest of matching), so
// they are made only for a character outside the ranges decided here: ASCII, the main block of
// Chinese characters, and the CJK and general punctuation people type (test/match/normalize.test.ts
// checks every code point against the regular expressions).
let hanClass: RegExp | undefined;
let wordClass: RegExp | undefined;

export function charClass(codePoint: number): CharClass {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return (codePoint >= 0x30 && codePoint <= 0x39) || (lower >= 0x61 && lower <= 0x7a) ? WORD : SEPARATOR;
  }
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return HAN;
  // 、。〃, 〈…】, 〔…〟 and U+2000–U+206F (spaces, dashes, quotes, …).
  if (
    (codePoint >= 0x3001 && codePoint <= 0x3003) ||
    (codePoint >= 0x3008 && codePoint <= 0x3011) ||
    (codePoint >= 0x3014 && codePoint <= 0x301f) ||
    (codePoint >= 0x2000 && codePoint <= 0x206f)
  ) {
    return SEPARATOR;
  }
  const char = String.fromCodePoint(codePoint);
  hanClass ??= /\p{Script=Han}/u;
  if (hanClass.test(char)) return HAN;
  wordClass ??= /[\p{L}\p{M}\p{N}]/u;
  return wordClass.test(char) ? WORD : SEPARATOR;
}

/** A run of Chinese characters, or a run of other letters, marks and digits, in order; separators dropped. */
export function pieces(text: string): { text: string; han: boolean }[] {
  const found: { text: string; han: boolean }[] = [];
  let start = 0;
  let current: CharClass = SEPARATOR;
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    const kind = charClass(codePoint);
    if (kind !== current) {
      if (current !== SEPARATOR) found.push({ text: text.slice(start, i), han: current === HAN });
      start = i;
      current = kind;
    }
    i += codePoint > 0xffff ? 2 : 1;
  }
  if (current !== SEPARATOR) found.push({ text: text.slice(start), han: current === HAN });
  return found;
}

/** Width, case, Traditional and variant forms folded; apostrophes dropped so "can't" is one word. */
export function fold(text: string): string {
  const traditional = traditionalTable();
  // ASCII and CJK ideographs are their own NFKC form: such text (most problems typed) skips the
  // normalizer, whose data ICU loads on its first use.
  const normal = asciiOrIdeographs(text) ? text : text.normalize('NFKC');
  const simplified = traditional === undefined ? normal : normal.replace(/[^\x00-\x7f]/gu, (c) => traditional.get(c) ?? c);
  let folded = simplified.toLowerCase();
  // Looked for before any pattern is compiled (a run compiles each it uses): most text has none.
  for (const [variant, as] of Object.entries(VARIANTS)) if (folded.includes(variant)) folded = folded.split(variant).join(as);
  for (const apostrophe of APOSTROPHES) if (folded.includes(apostrophe)) folded = folded.split(apostrophe).join('');
  return folded;
}

const APOSTROPHES = ["'", '’', '`'];

/** Whether every character is ASCII or in the main block of CJK ideographs (U+4E00–U+9FFF). */
function asciiOrIdeographs(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/**
 * A word's stem: "hacked" and "hacking" → "hack", "banned" → "ban", "stories" → "stori"…, the same
 * rule for the catalog's phrases and the user's words, so only consistency matters. Numbers stay.
 */
export function stem(word: string): string {
  // By endings and character codes, not patterns: a run compiles each pattern it uses, for the
  // few words typed.
  let w = word;
  if (isNumber(w) || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (SIBILANT_ES.some((end) => w.endsWith(end)) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && w.length > 3) w = w.slice(0, -1);
  // "banned" → "bann" → "ban"; "logging" → "logg" → "log" (a doubled consonant but l, s, f and z).
  const last = w.charCodeAt(w.length - 1);
  if (w.length >= 2 && w.charCodeAt(w.length - 2) === last && DOUBLED.includes(String.fromCharCode(last))) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Endings of a plural in -es after s, x, z, ch or sh. */
const SIBILANT_ES = ['ses', 'xes', 'zes', 'ches', 'shes'];
/** The consonants whose doubling a stem undoes (not l, s, f and z: "fall", "pass", "staff", "buzz"). */
const DOUBLED = 'bcdghjkmnpqrtvwxy';

/** Whether a word is all ASCII digits, and not empty (a number: stemmed as it is, matched exact or not at all). */
export function isNumber(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export type UnitKind = 'char' | 'pair' | 'word';
/** One thing a phrase needs to find in the text: a Chinese character or pair, or a word stem. */
export interface Unit {
  kind: UnitKind;
  key: string;
}

/** What a phrase needs to find in a text: its units, and its words run together when it has several. */
export interface PhraseParts {
  /** Pairs of neighbouring Chinese characters (a lone character by itself), word stems; each once. */
  units: Unit[];
  /** The words run together ("log in" → "login"), when the phrase is several words and nothing else: typed either way. */
  compound?: string;
}

export function phraseParts(phrase: string): PhraseParts {
  const units: Unit[] = [];
  const seen = new Set<string>();
  const add = (kind: UnitKind, key: string) => {
    const id = `${kind}:${key}`;
    if (seen.has(id)) return;
    seen.add(id);
    units.push({ kind, key });
  };
  const parts = pieces(fold(phrase));
  const words: string[] = [];
  for (const { text: piece, han } of parts) {
    if (han) {
      const chars = Array.from(piece);
      if (chars.length === 1) add('char', chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) add('pair', chars[i]! + chars[i + 1]!);
    } else {
      add('word', stem(piece));
      words.push(piece);
    }
  }
  return words.length > 1 && words.length === parts.length ? { units, compound: stem(words.join('')) } : { units };
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
  for (const { text: piece, han } of pieces(fold(text))) {
    if (han) {
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
