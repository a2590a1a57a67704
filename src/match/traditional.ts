// Traditional characters, as written in Hong Kong, Macao and Taiwan, → the Simplified ones the
// catalog's phrases are matched in: character by character, which is all matching needs (a phrase
// and a text are folded the same way). The table is OpenCC's (src/match/fold-pairs.ts), put into
// this module as one compact string when wxhelp is built. A chunk of its own, loaded only for text
// that is not ASCII (src/match/folding.ts).
import { foldPairs } from './fold-pairs.js';

declare const WXHELP_FOLD_PAIRS: string | undefined;

/** A character's Simplified form, or undefined when it has none of its own. */
export interface FoldTable {
  get(char: string): string | undefined;
}

/**
 * Each Traditional or regional-variant character → its Simplified form. Looked up in the string
 * itself, each character asked once: a run folds a few dozen characters, and making a map of all
 * 3,000 pairs took a free-text run a millisecond and a quarter of a megabyte.
 */
export function traditionalToSimplified(): FoldTable {
  // Built: the string made at build time (and fold-pairs.ts, with OpenCC's data, left out).
  const pairs = typeof WXHELP_FOLD_PAIRS === 'string' ? WXHELP_FOLD_PAIRS : foldPairs();
  const asked = new Map<string, string | undefined>();
  const find = (char: string): string | undefined => {
    // A pair starts the string or follows a newline; elsewhere the character is a pair's Simplified side.
    for (let at = pairs.indexOf(char); at >= 0; at = pairs.indexOf(char, at + 1)) {
      if (at === 0 || pairs.charCodeAt(at - 1) === 10) return String.fromCodePoint(pairs.codePointAt(at + char.length)!);
    }
    return undefined;
  };
  return {
    get(char) {
      if (asked.has(char)) return asked.get(char);
      const to = char.length > 0 && char !== '\n' ? find(char) : undefined;
      asked.set(char, to);
      return to;
    },
  };
}
