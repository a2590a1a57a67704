// Display width in terminal columns: CJK is two columns, combining marks none, emoji two, ANSI
// codes none. The same results as string-width 8 (test/render/width.test.ts compares them over a
// corpus), without its start-up cost: string-width creates an Intl.Segmenter (ICU's grapheme
// break data, 10–30 ms) and compiles its emoji regexes when it loads, on every text command. Here
// a string made only of characters that always stand alone as one grapheme cluster (printable
// ASCII, Latin-1, CJK ideographs, kana, Hangul syllables, full-width forms, common punctuation,
// arrows, box drawing, blocks and symbols) is
// measured by a plain loop, and the segmenter and regexes are created on the first string that
// needs them (emoji, combining marks, jamo, other scripts).
//
// The general algorithm below follows string-width 8.3.0 (MIT, © Sindre Sorhus).
import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/** Printable ASCII alone: one column a character, each standing alone. */
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `text` takes in a terminal (ambiguous-width characters are narrow, tabs take none). */
export function displayWidth(text: string): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  // Printable ASCII alone, most strings of an English screen: tested by the regex engine, not the
  // loop below, which a screen's thousand calls made hot enough for V8 to optimise it (2 ms of
  // compiling in a run that is over before that pays).
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.includes('\u001B') || text.includes('\u009B') ? stripAnsi(text) : text;
  let width = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width += 1;
    else if (c >= 0x4e00 && c <= 0x9fff)
      width += 2; // the main block of Chinese characters (as aloneWidth says)
    else {
      const alone = aloneWidth(c);
      if (alone > 0) width += alone;
      else return plain.length <= PIECE ? clusterWidth(plain) : piecewiseWidth(plain);
    }
  }
  return width;
}

/**
 * Where to cut `text` to fit `room` columns when every character in it stands alone (each is
 * then one grapheme, so any cut is between graphemes): the length of the longest prefix that
 * fits; undefined when the text has anything else (ANSI codes, marks, emoji, …).
 */
export function plainFit(text: string, room: number): number | undefined {
  let width = 0;
  let end: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII one column, the main block of Chinese characters two (as aloneWidth says):
    // most characters without a call.
    const w = c >= 0x20 && c <= 0x7e ? 1 : c >= 0x4e00 && c <= 0x9fff ? 2 : aloneWidth(c);
    if (w === 0) return undefined;
    width += w;
    if (end === undefined && width > room) end = i;
  }
  return end ?? text.length;
}

const NARROW_OR_WIDE = /^[\x20-\x7e\xa1-\xac\xae-\xff\u2010-\u2027\u3000-\u3029\u4e00-\u9fff\uff01-\uff60]*$/;
const NOT_WIDE = /[^\u3000-\u3029\u4e00-\u9fff\uff01-\uff60]/g;

/**
 * Whether `text` fits `room` columns whole with every character standing alone: plainFit's
 * answer is its length. It stops at the first character past the room (a line that needs
 * wrapping is not measured to its end).
 */
export function fitsWhole(text: string, room: number): boolean {
  // Most lines: characters of one column (printable ASCII, Latin-1, dashes and quotes) and of two
  // (CJK punctuation, Chinese characters, full-width forms), all standing alone (aloneWidth): the
  // regular expression engine measures them, without a loop in JavaScript that wrapping a long
  // Chinese answer calls often enough for V8 to optimise.
  if (NARROW_OR_WIDE.test(text)) return text.length === 0 || text.length + text.replace(NOT_WIDE, '').length <= room;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = c >= 0x20 && c <= 0x7e ? 1 : c >= 0x4e00 && c <= 0x9fff ? 2 : aloneWidth(c);
    width += w;
    if (w === 0 || width > room) return false;
  }
  return true;
}

// Intl.Segmenter takes time quadratic in the length of the string it walks on Node 20, so long
// text is measured in pieces cut where a grapheme boundary is certain.
const PIECE = 256;

/** Whether a grapheme always ends before code unit i: both neighbours are ASCII printables, CJK ideographs or U+200B. */
function plainBoundary(text: string, i: number): boolean {
  const plain = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x200b;
  return plain(text.charCodeAt(i - 1)) && plain(text.charCodeAt(i));
}

/** [start, end) pieces of text, each short, cut only at certain grapheme boundaries where there is one. */
export function* pieces(text: string): Generator<[number, number]> {
  let start = 0;
  while (text.length - start > PIECE) {
    let end = start + PIECE;
    const limit = Math.min(text.length, end + PIECE);
    while (end < limit && !plainBoundary(text, end)) end++;
    // No certain boundary nearby (thousands of combining marks): cut between code points.
    if (end === limit && end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    yield [start, end];
    start = end;
  }
  if (start < text.length) yield [start, text.length];
}

function piecewiseWidth(text: string): number {
  let total = 0;
  for (const [start, end] of pieces(text)) total += clusterWidth(text.slice(start, end));
  return total;
}

/**
 * The width of a code point (all in the BMP) that is one grapheme cluster on its own whatever
 * surrounds it (no mark, joiner, jamo, selector or invisible character among them), so its width
 * is its East Asian Width; 0 for any other. (The symbols drawn as emoji by default, such as ⚡,
 * are East Asian Wide: two columns either way; one followed by a selector or a joiner leaves the
 * fast loop with them.) The width is written out where a whole range has one, so that text in
 * Chinese does not ask get-east-asian-width of every character (enough calls to have it
 * optimised, in a run that is over before that pays); test/render/width.test.ts checks every
 * code point against it.
 */
export function aloneWidth(c: number): number {
  if (c >= 0x3000) {
    return c <= 0x3029 || // CJK symbols and punctuation, before the combining tone marks
      (c >= 0x3041 && c <= 0x3096) || // hiragana
      (c >= 0x30a1 && c <= 0x30fa) || // katakana
      (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
      (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
      (c >= 0xff01 && c <= 0xff60) // full-width forms
      ? 2
      : 0;
  }
  if (
    (c >= 0xa1 && c <= 0xff && c !== 0xad) || // Latin-1, less the soft hyphen
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes, bullets, …
    (c >= 0x2190 && c <= 0x21ff) || // arrows (→)
    (c >= 0x2800 && c <= 0x28ff) // braille patterns (spinners)
  ) {
    return 1;
  }
  // Box drawing, blocks (the hours chart), shapes (▲), symbols (⚠), dingbats: some are wide.
  return c >= 0x2500 && c <= 0x27bf ? eastAsianWidth(c) : 0;
}

// Created on first use: see the top of the file.
let segmenter: Intl.Segmenter | undefined;
let patterns: { visible: RegExp; spacingMark: RegExp; rgiEmoji: RegExp; keycap: RegExp; pictographic: RegExp } | undefined;

function regexes() {
  patterns ??= {
    // A visible (printing) character; a single negated class, as in string-width (no backtracking).
    // (Constructed, not literals: the `v` flag is newer than the compiler's target; Node 20 has it.)
    // biome-ignore lint/complexity/useRegexLiterals: the `v` flag is newer than the compiler's target
    visible: new RegExp(
      '[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]',
      'v',
    ),
    // biome-ignore lint/complexity/useRegexLiterals: the `v` flag is newer than the compiler's target
    spacingMark: new RegExp('\\p{Spacing_Mark}', 'v'),
    // biome-ignore lint/complexity/useRegexLiterals: the `v` flag is newer than the compiler's target
    rgiEmoji: new RegExp('^\\p{RGI_Emoji}$', 'v'),
    keycap: /^[\d#*]\u20E3$/,
    pictographic: /\p{Extended_Pictographic}/gu,
  };
  return patterns;
}

/** Minimally-qualified or unqualified emoji sequences still render two columns wide. */
function isWideNonRgiEmoji(segment: string): boolean {
  if (segment.length > 50) return false;
  const { keycap, pictographic } = regexes();
  if (keycap.test(segment)) return true;
  if (segment.includes('\u200D')) {
    const found = segment.match(pictographic);
    return found !== null && found.length >= 2;
  }
  return false;
}

const isLeadingJamo = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isVowelJamo = (c: number) => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isTrailingJamo = (c: number) => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);
const isJamo = (c: number) => isLeadingJamo(c) || isVowelJamo(c) || isTrailingJamo(c);

/** Modern Hangul L+V(+T) jamo make one two-column syllable; unmatched jamo add up. */
function hangulWidth(visible: string): number | undefined {
  const { visible: printing } = regexes();
  const codes: number[] = [];
  for (const ch of visible) if (printing.test(ch)) codes.push(ch.codePointAt(0)!);
  if (codes.length === 0) return undefined;
  let width = 0;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]!;
    if (!isJamo(c)) {
      if (width === 0) return undefined;
      for (let j = i; j < codes.length; j++) width += eastAsianWidth(codes[j]!);
      return width;
    }
    if (isLeadingJamo(c) && isVowelJamo(codes[i + 1] ?? -1)) {
      width += 2;
      i += isTrailingJamo(codes[i + 2] ?? -1) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(c);
  }
  return width;
}

/** Spacing marks and half-/full-width forms after a cluster's base add their own width. */
function trailingWidth(visible: string): number {
  const { spacingMark } = regexes();
  let extra = 0;
  let first = true;
  for (const ch of visible) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMark.test(ch) || (ch >= '\uFF00' && ch <= '\uFFEF')) extra += eastAsianWidth(ch.codePointAt(0)!);
  }
  return extra;
}

/** The general case: grapheme cluster by cluster. */
function clusterWidth(text: string): number {
  segmenter ??= new Intl.Segmenter();
  const { visible: printing, rgiEmoji } = regexes();
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    const start = segment.search(printing);
    if (start === -1) continue; // nothing printing: zero width
    if (rgiEmoji.test(segment) || isWideNonRgiEmoji(segment)) {
      width += 2;
      continue;
    }
    const visible = segment.slice(start);
    const hangul = hangulWidth(visible);
    if (hangul !== undefined) {
      width += hangul;
      continue;
    }
    width += eastAsianWidth(visible.codePointAt(0)!) + trailingWidth(visible);
  }
  return width;
}
