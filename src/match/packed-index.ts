// A match index as stored with a catalog (src/match/precompute.ts), in a form read without
// parsing it whole: a run matching a few words touches a few dozen of its 1,500 units, so the
// numbers are stored as little-endian 32-bit integers read in place (one copy of the bytes, off
// the JavaScript heap), the unit keys found through a hash table among those integers, and each
// phrase's text as UTF-8 bytes decoded only for a phrase that matched. (Parsed whole, as JSON,
// the topics' index took a free-text run a quarter of its time and two more young-generation
// collections; its unit keys alone, as one JSON object, most of a millisecond. A binary search
// over the keys' bytes made Node's Buffer.compare hot enough to be optimised: slower, and 3 MiB.)
//
// Layout: a line of JSON (the header: format, ids, counts and the byte length of each part),
// then the unit keys (UTF-16LE, by unit number, one after another), the vocabulary
// (a JSON array), the compounds (a JSON object: word → phrase numbers), the integer tables, and
// the phrases' texts.
import type { MatchIndex } from './match-index.js';

/** What the scorer reads of an index (src/match/score.ts): from a MatchIndex, or from stored bytes. */
export interface IndexView {
  /** The entries' ids, in order. */
  readonly ids: readonly string[];
  /** The unit's number, by its kind's letter and key ("c被"), or undefined. */
  unit(id: string): number | undefined;
  /** The phrases using unit u, ascending. */
  phrasesOf(u: number): ArrayLike<number>;
  /** The entries using unit u, each with the unit's place among that entry's units: [entry, place, …]. */
  entriesOf(u: number): ArrayLike<number>;
  /** How many entries use unit u. */
  entryCount(u: number): number;
  /** Phrase p's entry, units, whether it says urgent, and its words run together (undefined when it has one word). */
  phraseEntry(p: number): number;
  phraseUnits(p: number): ArrayLike<number>;
  phraseUrgent(p: number): boolean;
  phraseCompound(p: number): string | undefined;
  /** Phrase p's text, as the catalog writes it. */
  phraseText(p: number): string;
  /** The phrases whose words, run together, make `word`, or undefined. */
  compound(word: string): ArrayLike<number> | undefined;
  /** The word stems and compounds the phrases use that start with `first` (one UTF-16 unit), in the vocabulary's order (for recognising words and typos). */
  vocabularyFrom(first: string): readonly string[];
}

/** Bumped when the stored layout changes (a stored index of another format is made again). */
export const PACKED_INDEX_FORMAT = 3;

/** The vocabulary by first UTF-16 unit, each list in the vocabulary's order (no prototype: any word is only a key). */
function byFirst(vocabulary: readonly string[]): Record<string, string[]> {
  const groups = Object.create(null) as Record<string, string[]>;
  for (const word of vocabulary) {
    if (word.length === 0) continue;
    const first = word[0]!;
    if (groups[first] === undefined) groups[first] = [];
    groups[first].push(word);
  }
  return groups;
}

/** The view of an index held as data (made in this run, or read back as JSON). */
export function viewOf(index: MatchIndex): IndexView {
  let groups: Record<string, string[]> | undefined;
  return {
    ids: index.ids,
    unit: (id) => (Object.hasOwn(index.unitOf, id) ? index.unitOf[id] : undefined),
    phrasesOf: (u) => index.phrasesOf[u]!,
    entriesOf: (u) => index.entriesOf[u]!,
    entryCount: (u) => index.entriesOf[u]!.length / 2,
    phraseEntry: (p) => index.phrases[p]![0],
    phraseUnits: (p) => index.phrases[p]![2],
    phraseUrgent: (p) => index.phrases[p]![3] === 1,
    phraseCompound: (p) => index.phrases[p]![4],
    phraseText: (p) => index.phrases[p]![1],
    compound: (word) => (Object.hasOwn(index.compounds, word) ? index.compounds[word] : undefined),
    vocabularyFrom: (first) => {
      groups ??= byFirst(index.vocabulary);
      return groups[first] ?? [];
    },
  };
}

interface Header {
  format: typeof PACKED_INDEX_FORMAT;
  ids: string[];
  units: number;
  phrases: number;
  /** Byte lengths: unit keys, vocabulary, compounds (JSON), integers, texts. */
  parts: [number, number, number, number, number];
}

/**
 * The integer tables, one after another: for units, where each one's phrases and entries start
 * (units + 1 each); for phrases, their entry, urgency, compound's number (-1: none) and where
 * their units and texts start (phrases + 1 for the last two); then the lists themselves; then
 * where each unit's key starts (units + 1) and the keys' hash table (a power of two of slots, each
 * a unit number or -1).
 */
function tables(index: MatchIndex, compoundNumber: Map<string, number>, textEnds: number[], keyEnds: number[], slots: number[]): number[] {
  const out: number[] = [];
  const offsets = (lists: readonly (readonly number[])[]) => {
    let at = 0;
    out.push(0);
    for (const list of lists) {
      at += list.length;
      out.push(at);
    }
  };
  offsets(index.phrasesOf);
  offsets(index.entriesOf);
  for (const [entry, , , urgent, compound] of index.phrases)
    out.push(entry, urgent, compound === undefined ? -1 : compoundNumber.get(compound)!);
  offsets(index.phrases.map((p) => p[2]));
  out.push(0, ...textEnds);
  for (const list of index.phrasesOf) out.push(...list);
  for (const list of index.entriesOf) out.push(...list);
  for (const p of index.phrases) out.push(...p[2]);
  out.push(0, ...keyEnds, ...slots);
  return out;
}

/** FNV-1a over a key's UTF-16 code units (where the hash table looks for it). */
function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The stored bytes of an index. */
export function packIndex(index: MatchIndex): Uint8Array {
  const compoundWords = Object.keys(index.compounds);
  const compoundNumber = new Map(compoundWords.map((w, i) => [w, i]));
  const texts = index.phrases.map((p) => Buffer.from(p[1], 'utf8'));
  const textEnds: number[] = [];
  let end = 0;
  for (const t of texts) {
    end += t.length;
    textEnds.push(end);
  }
  // UTF-16LE keeps every key's code units as they are (a lone surrogate too).
  const keyOf: string[] = [];
  for (const [key, unit] of Object.entries(index.unitOf)) keyOf[unit] = key;
  const keyBytes = index.phrasesOf.map((_, u) => Buffer.from(keyOf[u] ?? '', 'utf16le'));
  const keys = Buffer.concat(keyBytes);
  const keyEnds: number[] = [];
  let keyEnd = 0;
  for (const key of keyBytes) {
    keyEnd += key.length;
    keyEnds.push(keyEnd);
  }
  // At most half full: a key is found in a probe or two.
  let size = 1;
  while (size < 2 * keyBytes.length) size *= 2;
  const slots: number[] = new Array(size).fill(-1);
  for (const [key, unit] of Object.entries(index.unitOf)) {
    let slot = hashKey(key) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = unit;
  }
  // By first letter: a run reads the few lists its words start with (to scan all of it made the
  // scan hot enough for V8 to optimise, in a run that is over before that pays).
  const vocabulary = Buffer.from(JSON.stringify(byFirst(index.vocabulary)));
  const compounds = Buffer.from(JSON.stringify(index.compounds));
  const numbers = tables(index, compoundNumber, textEnds, keyEnds, slots);
  const ints = Buffer.alloc(numbers.length * 4);
  numbers.forEach((n, i) => {
    ints.writeInt32LE(n, i * 4);
  });
  const textBytes = Buffer.concat(texts);
  const header: Header = {
    format: PACKED_INDEX_FORMAT,
    ids: index.ids,
    units: index.phrasesOf.length,
    phrases: index.phrases.length,
    parts: [keys.length, vocabulary.length, compounds.length, ints.length, textBytes.length],
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), keys, vocabulary, compounds, ints, textBytes]);
}

const isCounts = (h: Partial<Header>) =>
  h.format === PACKED_INDEX_FORMAT &&
  Array.isArray(h.ids) &&
  h.ids.every((id) => typeof id === 'string') &&
  Number.isInteger(h.units) &&
  Number.isInteger(h.phrases) &&
  h.units! >= 0 &&
  h.phrases! >= 0 &&
  Array.isArray(h.parts) &&
  h.parts.length === 5 &&
  h.parts.every((n) => Number.isInteger(n) && n >= 0);

/**
 * The view of stored bytes, or null when they are not an index of this format (or do not add up).
 * Its numbers are not checked one by one: it is stored only beside the catalog it was made from,
 * by the same build.
 */
export function readPackedIndex(bytes: Uint8Array): IndexView | null {
  try {
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const newline = file.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(file.toString('utf8', 0, newline)) as Partial<Header> | null;
    if (header === null || typeof header !== 'object' || !isCounts(header)) return null;
    const { ids, units: U, phrases: P } = header as Header;
    const [keysLength, vocabularyLength, compoundsLength, intsLength, textsLength] = header.parts!;
    const keysAt = newline + 1;
    const vocabularyAt = keysAt + keysLength;
    const compoundsAt = vocabularyAt + vocabularyLength;
    const intsAt = compoundsAt + compoundsLength;
    const textsAt = intsAt + intsLength;
    if (textsAt + textsLength !== file.length || intsLength % 4 !== 0) return null;
    // One copy of the integers into memory of their own (aligned, off the JavaScript heap).
    const ints = new Int32Array(file.buffer.slice(file.byteOffset + intsAt, file.byteOffset + textsAt));
    // Where each table starts among the integers (see `tables`).
    const phrasesStart = 0;
    const entriesStart = phrasesStart + U + 1;
    const phraseInfo = entriesStart + U + 1;
    const unitsStart = phraseInfo + 3 * P;
    const textStart = unitsStart + P + 1;
    const phrasesData = textStart + P + 1;
    if (phrasesData > ints.length) return null;
    const entriesData = phrasesData + ints[phrasesStart + U]!;
    const unitsData = entriesData + ints[entriesStart + U]!;
    const keyStarts = unitsData + ints[unitsStart + P]!;
    const slotsStart = keyStarts + U + 1;
    const size = ints.length - slotsStart;
    if (size < 2 * U || (size & (size - 1)) !== 0 || ints[textStart + P] !== textsLength || ints[keyStarts + U] !== keysLength) return null;
    /** The unit of a key: its slot in the hash table, then the next ones until an empty one. */
    const unit = (id: string): number | undefined => {
      for (let slot = hashKey(id) & (size - 1); ; slot = (slot + 1) & (size - 1)) {
        const u = ints[slotsStart + slot]!;
        if (u < 0 || u >= U) return undefined;
        const start = keysAt + ints[keyStarts + u]!;
        const end = keysAt + ints[keyStarts + u + 1]!;
        if (end - start === 2 * id.length && file.toString('utf16le', start, end) === id) return u;
      }
    };
    let vocabulary: Record<string, string[]> | undefined;
    let compounds: Record<string, number[]> | undefined;
    let compoundWords: string[] | undefined;
    const compoundsRead = () =>
      (compounds ??= JSON.parse(file.toString('utf8', compoundsAt, compoundsAt + compoundsLength)) as Record<string, number[]>);
    const slice = (data: number, starts: number, i: number) => ints.subarray(data + ints[starts + i]!, data + ints[starts + i + 1]!);
    return {
      ids,
      unit,
      phrasesOf: (u) => slice(phrasesData, phrasesStart, u),
      entriesOf: (u) => slice(entriesData, entriesStart, u),
      entryCount: (u) => (ints[entriesStart + u + 1]! - ints[entriesStart + u]!) / 2,
      phraseEntry: (p) => ints[phraseInfo + 3 * p]!,
      phraseUnits: (p) => slice(unitsData, unitsStart, p),
      phraseUrgent: (p) => ints[phraseInfo + 3 * p + 1] === 1,
      phraseCompound: (p) => {
        const c = ints[phraseInfo + 3 * p + 2]!;
        if (c < 0) return undefined;
        compoundWords ??= Object.keys(compoundsRead());
        return compoundWords[c];
      },
      phraseText: (p) => file.toString('utf8', textsAt + ints[textStart + p]!, textsAt + ints[textStart + p + 1]!),
      compound: (word) => {
        const all = compoundsRead();
        return Object.hasOwn(all, word) ? all[word] : undefined;
      },
      vocabularyFrom: (first) => {
        vocabulary ??= Object.assign(Object.create(null), JSON.parse(file.toString('utf8', vocabularyAt, compoundsAt))) as Record<
          string,
          string[]
        >;
        return vocabulary[first] ?? [];
      },
    };
  } catch {
    return null;
  }
}
