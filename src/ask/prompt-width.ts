// The width the prompts' line wrapping (fast-wrap-ansi, inside @inquirer/core) asks for: it
// measures a screen character by character with fast-string-width, whose first character outside
// Latin-1 compiles its emoji and CJK regexes (about 4 ms before `ask` can draw its first
// question). bin/build.mjs hands the wrapping this function, given fast-string-width itself: the
// same widths, by a plain loop for characters whose width is settled and for colour codes
// (test/ask/prompt-width.test.ts compares them with fast-string-width), and the library's own for
// anything else.
import { eastAsianWidth } from 'get-east-asian-width';
import { aloneWidth } from '../render/terminal/width.js';

export type WidthOf = (text: string, options?: object) => number;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The symbols fast-string-width counts otherwise than East Asian Width (☰ narrow, ✌ an emoji): left to it. */
const countedOtherwise = (c: number) =>
  c === 0x232a ||
  c === 0x261d ||
  (c >= 0x2630 && c <= 0x2637) ||
  (c >= 0x268a && c <= 0x268f) ||
  c === 0x26f9 ||
  c === 0x270c ||
  c === 0x270d;

/**
 * A character's width where fast-string-width counts it alone and as East Asian Width does; 0 for
 * any other (marks, joiners, selectors and the like are none of these).
 */
function settledWidth(c: number): number {
  if (countedOtherwise(c)) return 0;
  // Technical symbols (⏎, ⌘) and more arrows, besides what display widths take as standing alone.
  if ((c >= 0x2300 && c <= 0x23ff) || (c >= 0x2b00 && c <= 0x2bff)) return eastAsianWidth(c);
  return aloneWidth(c);
}

/**
 * Where a colour code (SGR: ESC "[" then groups of one to four digits split by ";", then "m")
 * starting at `i` ends, or -1 when what starts there is anything else. fast-string-width counts
 * such a code as nothing, whole.
 */
function colourCodeEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x1b || text.charCodeAt(i + 1) !== 0x5b) return -1;
  let j = i + 2;
  if (text.charCodeAt(j) === 0x6d) return j + 1; // ESC [ m
  for (;;) {
    let digits = 0;
    while (isDigit(text.charCodeAt(j)) && digits < 4) {
      j++;
      digits++;
    }
    if (digits === 0 || isDigit(text.charCodeAt(j))) return -1;
    const c = text.charCodeAt(j);
    if (c === 0x6d) return j + 1;
    if (c !== 0x3b) return -1;
    j++;
  }
}

/** Columns of `text`, as `library` (fast-string-width) counts them. */
export function promptWidth(text: string, options: object | undefined, library: WidthOf): number {
  if (options !== undefined || typeof text !== 'string') return library(text, options);
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width += 1;
    else if (c === 0x1b) {
      const end = colourCodeEnd(text, i);
      if (end < 0) return library(text);
      i = end - 1;
    } else {
      const settled = settledWidth(c);
      if (settled > 0) width += settled;
      else return library(text);
    }
  }
  return width;
}
