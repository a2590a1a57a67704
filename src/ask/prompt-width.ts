// The width the prompts' line wrapping (fast-wrap-ansi, inside @inquirer/core) asks for: it
// measures a screen character by character with fast-string-width, whose first character outside
// Latin-1 compiles its emoji and CJK regexes (about 4 ms before `ask` can draw its first
// question). bin/build.mjs hands the wrapping this function, given fast-string-width itself: the
// same widths, by a plain loop for characters whose width is settled (test/ask/prompt-width.test.ts
// compares every one of them with fast-string-width), and the library's own for anything else.
import { aloneWidth } from '../render/terminal/width.js';

export type WidthOf = (text: string, options?: object) => number;

/** Columns of `text`, as `library` (fast-string-width) counts them. */
export function promptWidth(text: string, options: object | undefined, library: WidthOf): number {
  if (options !== undefined || typeof text !== 'string') return library(text, options);
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) width += 1;
    else {
      // Not the misc symbols and dingbats: there the two disagree (☰ is wide by East Asian Width, ✌ is an emoji).
      const alone = c >= 0x2600 && c <= 0x27bf ? 0 : aloneWidth(c);
      if (alone > 0) width += alone;
      else return library(text);
    }
  }
  return width;
}
