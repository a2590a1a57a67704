// Traditional characters, as written in Hong Kong, Macao and Taiwan, → the Simplified ones the
// catalog's phrases are matched in: character by character, which is all matching needs (a phrase
// and a text are folded the same way). The table is OpenCC's (src/match/fold-pairs.ts), put into
// this module as one compact string when wxhelp is built. A chunk of its own, loaded only for text
// that is not ASCII (src/match/folding.ts).
import { foldPairs } from './fold-pairs.js';

declare const WXHELP_FOLD_PAIRS: string | undefined;

/** Each Traditional or regional-variant character → its Simplified form. */
export function traditionalToSimplified(): Map<string, string> {
  // Built: the string made at build time (and fold-pairs.ts, with OpenCC's data, left out).
  const pairs = typeof WXHELP_FOLD_PAIRS === 'string' ? WXHELP_FOLD_PAIRS : foldPairs();
  const table = new Map<string, string>();
  let from: string | undefined;
  for (const char of pairs) {
    if (from === undefined) from = char;
    else {
      table.set(from, char);
      from = undefined;
    }
  }
  return table;
}
