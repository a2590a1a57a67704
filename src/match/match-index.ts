// The free-text index the scorer builds (score.ts) and stores packed (packed-index.ts): its shape,
// in a file of its own so that both can name it without importing each other.

export interface MatchIndex {
  format: typeof INDEX_FORMAT;
  /** The entries' ids, in order. */
  ids: string[];
  /** Each unit's number, by its kind's letter and key ("c被" a Chinese character, "p被盗" a pair, "whack" a word stem). */
  unitOf: Record<string, number>;
  /** Every phrase, entry by entry. */
  phrases: Phrase[];
  /** The phrases using each unit (ascending), by unit number. */
  phrasesOf: number[][];
  /** The entries using each unit, each with the unit's place among that entry's units: [entry, place, entry, place, …]. A unit's weight is log(1 + entries / entries using it). */
  entriesOf: number[][];
  /** The phrases whose words, run together, make each compound. */
  compounds: Record<string, number[]>;
  /** Every word stem and compound a phrase uses, for recognising typos. */
  vocabulary: string[];
}

/** A phrase: its entry, its text, its units' numbers, and 1 when it says urgent (its compound, if any, is in `compounds`). */
export type Phrase = [entry: number, text: string, units: number[], urgent: 0 | 1];

/** Bumped when MatchIndex changes (a stored index of another format is not used; 4: no compound per phrase). */
export const INDEX_FORMAT = 4;
