// A match index as stored with a catalog (src/match/precompute.ts), in a form read without
// parsing it whole: a run matching a few words touches a few dozen of its 1,500 units, so the
// numbers are stored as little-endian 32-bit integers read in place (one copy of the bytes, off
// the JavaScript heap), the unit keys found through a hash table among those integers, and each
// phrase's text as UTF-8 bytes decoded only for a phrase that matched. (Parsed whole, as JSON,
// the topics' index took a free-text run a quarter of its time and two more young-generation
// collections; its unit keys alone, as one JSON object, most of a millisecond. A binary search
// over the keys' bytes made Node's Buffer.compare hot enough to be optimised: slower, and 3 MiB.)
// The vocabulary and the compounds are kept by first letter, a JSON text per letter, parsed only
// for the letters the typed words start with (parsed whole, they were 150 kB of a run's young
// generation, a third of what made it collect garbage a second time). A group is arrays only:
// parsing an object's keys makes V8 a hidden class per key, and with the compounds as an object
// the groups a long English problem reads took it 1.3 ms of its 3 ms of matching.
//
// Layout: a line of JSON (the header: format, ids, counts, the byte length of each part and of
// each letter's group), then the unit keys (UTF-16LE, by unit number, one after another), the
// groups (each a JSON array: the vocabulary starting with that letter, its compounds, and each
// compound's phrase numbers), the integer tables, and the phrases' texts.
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
  /** Phrase p's entry, units, and whether it says urgent. */
  phraseEntry(p: number): number;
  phraseUnits(p: number): ArrayLike<number>;
  phraseUrgent(p: number): boolean;
  /** Phrase p's text, as the catalog writes it. */
  phraseText(p: number): string;
  /** The phrases whose words, run together, make `word` (the compound of each such phrase), or undefined. */
  compound(word: string): ArrayLike<number> | undefined;
  /** The word stems and compounds the phrases use that start with `first` (one UTF-16 unit), in the vocabulary's order (for recognising words and typos). */
  vocabularyFrom(first: string): readonly string[];
}

/** Bumped when the stored layout changes (a stored index of another format is made again). */
export const PACKED_INDEX_FORMAT = 5;

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
  /** Byte lengths: unit keys, letter groups, integers, texts. */
  parts: [number, number, number, number];
  /** Each letter's group: its first letter (one UTF-16 unit) and byte length, in the order stored. */
  groups: [string, number][];
}

/** A letter's group: the vocabulary starting with it, and the compounds among it with their phrases. */
type Group = [vocabulary: string[], compoundWords: string[], compoundPhrases: number[][]];

/**
 * The integer tables, one after another: for units, where each one's phrases and entries start
 * (units + 1 each); for phrases, their entry and urgency, and where their units and texts start
 * (phrases + 1 each); then the lists themselves; then where each unit's key starts (units + 1)
 * and the keys' hash table (a power of two of slots, each a unit number or -1).
 */
function tables(index: MatchIndex, textEnds: number[], keyEnds: number[], slots: number[]): number[] {
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
  for (const [entry, , , urgent] of index.phrases) out.push(entry, urgent);
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

/** The vocabulary and compounds by first letter (a compound is always in the vocabulary). */
function groupsOf(index: MatchIndex): [string, Group][] {
  const groups = new Map<string, Group>();
  for (const [first, words] of Object.entries(byFirst(index.vocabulary))) groups.set(first, [words, [], []]);
  for (const [word, phrases] of Object.entries(index.compounds)) {
    const first = word[0] ?? '';
    if (!groups.has(first)) groups.set(first, [[], [], []]);
    groups.get(first)![1].push(word);
    groups.get(first)![2].push(phrases);
  }
  return [...groups];
}

/** The stored bytes of an index. */
export function packIndex(index: MatchIndex): Uint8Array {
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
  // By first letter: a run reads the few groups its words start with (to scan all of the
  // vocabulary made the scan hot enough for V8 to optimise, in a run that is over before that pays).
  const groups = groupsOf(index).map(([first, group]) => [first, Buffer.from(JSON.stringify(group))] as const);
  const numbers = tables(index, textEnds, keyEnds, slots);
  const ints = Buffer.alloc(numbers.length * 4);
  numbers.forEach((n, i) => {
    ints.writeInt32LE(n, i * 4);
  });
  const textBytes = Buffer.concat(texts);
  const groupBytes = Buffer.concat(groups.map(([, json]) => json));
  const header: Header = {
    format: PACKED_INDEX_FORMAT,
    ids: index.ids,
    units: index.phrasesOf.length,
    phrases: index.phrases.length,
    parts: [keys.length, groupBytes.length, ints.length, textBytes.length],
    groups: groups.map(([first, json]) => [first, json.length]),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), keys, groupBytes, ints, textBytes]);
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
  h.parts.length === 4 &&
  h.parts.every((n) => Number.isInteger(n) && n >= 0) &&
  Array.isArray(h.groups) &&
  h.groups.every((g) => Array.isArray(g) && g.length === 2 && typeof g[0] === 'string' && Number.isInteger(g[1]) && g[1] >= 0);

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
    // Indexed, not destructured or for…of: in V8's interpreter those step an iterator, an object a step.
    const parts = header.parts!;
    const keysLength = parts[0];
    const groupsLength = parts[1];
    const intsLength = parts[2];
    const textsLength = parts[3];
    const keysAt = newline + 1;
    const groupsAt = keysAt + keysLength;
    const intsAt = groupsAt + groupsLength;
    const textsAt = intsAt + intsLength;
    if (textsAt + textsLength !== file.length || intsLength % 4 !== 0) return null;
    // Where each letter's group is (no prototype: a letter is only a key).
    const groupAt = Object.create(null) as Record<string, [from: number, to: number]>;
    let at = groupsAt;
    const groups = header.groups!;
    for (let g = 0; g < groups.length; g++) {
      const length = groups[g]![1];
      groupAt[groups[g]![0]] = [at, at + length];
      at += length;
    }
    if (at !== intsAt) return null;
    // One copy of the integers into memory of their own (aligned, off the JavaScript heap).
    const ints = new Int32Array(file.buffer.slice(file.byteOffset + intsAt, file.byteOffset + textsAt));
    // Where each table starts among the integers (see `tables`).
    const phrasesStart = 0;
    const entriesStart = phrasesStart + U + 1;
    const phraseInfo = entriesStart + U + 1;
    const unitsStart = phraseInfo + 2 * P;
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
    const read = Object.create(null) as Record<string, Group>;
    const noGroup: Group = [[], [], []];
    /** The group of words starting with `first`, parsed when first asked for. */
    const group = (first: string): Group => {
      if (first in read) return read[first]!;
      const where = groupAt[first];
      const found = where === undefined ? noGroup : (JSON.parse(file.toString('utf8', where[0], where[1])) as Group);
      read[first] = found;
      return found;
    };
    const slice = (data: number, starts: number, i: number) => ints.subarray(data + ints[starts + i]!, data + ints[starts + i + 1]!);
    return {
      ids,
      unit,
      phrasesOf: (u) => slice(phrasesData, phrasesStart, u),
      entriesOf: (u) => slice(entriesData, entriesStart, u),
      entryCount: (u) => (ints[entriesStart + u + 1]! - ints[entriesStart + u]!) / 2,
      phraseEntry: (p) => ints[phraseInfo + 2 * p]!,
      phraseUnits: (p) => slice(unitsData, unitsStart, p),
      phraseUrgent: (p) => ints[phraseInfo + 2 * p + 1] === 1,
      phraseText: (p) => file.toString('utf8', textsAt + ints[textStart + p]!, textsAt + ints[textStart + p + 1]!),
      compound: (word) => {
        const found = group(word[0] ?? '');
        const at = found[1].indexOf(word);
        return at < 0 ? undefined : found[2][at];
      },
      vocabularyFrom: (first) => group(first)[0],
    };
  } catch {
    return null;
  }
}
