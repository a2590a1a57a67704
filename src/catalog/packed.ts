// One file holding a validated catalog beside the exact bytes of the source it was made from: the
// layout of the built-in snapshot (src/catalog/snapshot.ts) and of the cache's entries
// (src/catalog/cache.ts). Read in one go; the source part is compared as bytes and never decoded,
// and only the catalog part is decoded and parsed, so a hit costs a read, a memcmp and JSON.parse.
//
// Layout: a line of JSON (the header: the writer's fields plus `catalogBytes`), then the catalog
// (catalogBytes bytes), then the source's bytes to the end. The catalog is one JSON document in
// UTF-8, or, when the header lists `sections` ([key, bytes] pairs), one JSON text per top-level
// key, so that a reader may parse each only when it is first read: most runs read a few of them.
// Sections are in UTF-16LE, starting at an even offset: a JavaScript string is UTF-16, so turning
// one into a string is a copy, where decoding UTF-8 with Chinese in it took a quarter of the
// parse's time.
// When the header lists `items` ([key, ids, ends] for a section that is a list of things with ids
// of their own), each item's JSON in that section can be parsed alone: it ends at `ends[i]` bytes
// into the section and starts after the "[" or "," before it. A reader looks an item up by id
// without parsing its neighbours (`recommend` reads one topic of thirteen, the channels its
// routes name).
// When the header lists `precomputed` ([name, bytes] pairs), that many bytes follow the catalog,
// before the source: data worked out from the catalog, each in a form its reader decodes
// (src/catalog/precomputed.ts), attached to the catalog read back as bytes. One of them may be
// another form of the same catalog, packed alone (packForm: its sections, no source), that a
// reader asks for by its name instead of the catalog (the built-in one in Traditional Chinese).
import { bytesWithin, type FileBytes, heldBytes } from './file-bytes.js';
import { attachPrecomputed } from './precomputed.js';
import type { Catalog } from './types.js';

export type PackedHeader = Record<string, unknown> & {
  catalogBytes: number;
  sections?: [string, number][];
  items?: [string, string[], number[]][];
  precomputed?: [string, number][];
};

/** A catalog's items by id, read one by one (a catalog read lazily from sections has them). */
export interface LazyItems {
  /** The ids of a section's items, in order, when that section is read this way. */
  ids(section: string): readonly string[] | undefined;
  /** The item of a section with this id (null: none), or undefined when the section is not read this way. */
  item(section: string, id: string): unknown;
  /**
   * Has `each` see every part of the catalog as it comes from the file (a section, or an item of a
   * list section, with its section's key): those read so far now, the others when first read. A
   * section given a new value is the setter's, not seen here.
   */
  eachRead(each: (value: unknown, section: string) => void): void;
}

// Symbol.for: the parts built as chunks of their own (the zh-Hant one: src/hant/prepare.ts) carry a copy of this module.
const LAZY_ITEMS = Symbol.for('wxhelp.lazyItems');

/** The catalog's items by id, when it was read lazily from sections. */
export const lazyItemsOf = (catalog: Catalog): LazyItems | undefined =>
  (catalog as unknown as Record<symbol, LazyItems | undefined>)[LAZY_ITEMS];

/** The ids of a section's items, in order: without reading the items where the catalog allows. */
export function sectionIds(catalog: Catalog, section: 'topics' | 'needs' | 'channels' | 'emergencies'): readonly string[] {
  return lazyItemsOf(catalog)?.ids(section) ?? catalog[section].map((item) => item.id);
}

/** One item of a section, by id: that item alone read where the catalog allows; undefined when there is none. */
export function sectionItem<K extends 'topics' | 'needs' | 'channels' | 'emergencies'>(
  catalog: Catalog,
  section: K,
  id: string,
): Catalog[K][number] | undefined {
  const found = lazyItemsOf(catalog)?.item(section, id);
  if (found !== undefined) return (found ?? undefined) as Catalog[K][number] | undefined;
  return (catalog[section] as readonly { id: string }[]).find((item) => item.id === id) as Catalog[K][number] | undefined;
}

export interface PackOptions {
  /** The catalog in sections, one JSON text per top-level key. */
  sections?: boolean;
  /** Data worked out from the catalog, by name, stored after it as they are. */
  precomputed?: Readonly<Record<string, Uint8Array>>;
}

const lengths = (parts: readonly (readonly [string, Buffer])[]) => parts.map(([key, json]) => [key, json.length]);

/** Whether a section is a list of objects, each with an id of its own (read item by item). */
const hasIds = (value: unknown): value is { id: string }[] =>
  Array.isArray(value) &&
  value.every((item) => item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') &&
  new Set(value.map((item: { id: string }) => item.id)).size === value.length;

/**
 * One JSON text per top-level key, in UTF-16LE; and for each list section with ids, where each
 * item ends, in bytes from the section's start. A list is written as JSON.stringify writes it
 * ("[a,b]"), from its items' texts: each item is stringified once.
 */
function asSections(values: Readonly<Record<string, unknown>>): {
  parts: (readonly [string, Buffer])[];
  items: [string, string[], number[]][];
} {
  const parts: (readonly [string, Buffer])[] = [];
  const items: [string, string[], number[]][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!hasIds(value)) {
      parts.push([key, Buffer.from(JSON.stringify(value), 'utf16le')]);
      continue;
    }
    const texts = value.map((item) => JSON.stringify(item));
    const ends: number[] = [];
    let at = 1; // "["
    for (const text of texts) {
      at += text.length;
      ends.push(2 * at);
      at += 1; // "," or "]"
    }
    parts.push([key, Buffer.from(`[${texts.join(',')}]`, 'utf16le')]);
    items.push([key, value.map((item) => item.id), ends]);
  }
  return { parts, items };
}

/** The file's bytes for `catalog` made from `source`, with `fields` in its header. */
export function pack(fields: Record<string, unknown>, catalog: Catalog, source: Uint8Array, options: PackOptions = {}): Uint8Array {
  const sections = options.sections ? asSections(catalog as unknown as Record<string, unknown>) : undefined;
  const body = sections ? Buffer.concat(sections.parts.map(([, json]) => json)) : Buffer.from(JSON.stringify(catalog));
  const extra = options.precomputed
    ? Object.entries(options.precomputed).map(([key, bytes]) => [key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)] as const)
    : [];
  const header = {
    ...fields,
    ...(sections ? { sections: lengths(sections.parts), items: sections.items } : {}),
    ...(options.precomputed ? { precomputed: lengths(extra) } : {}),
    catalogBytes: body.length,
  };
  // A space pads the header line to an even length where the sections (UTF-16LE) follow it.
  const line = JSON.stringify(header);
  const padding = sections && Buffer.byteLength(line) % 2 === 0 ? ' ' : '';
  return Buffer.concat([Buffer.from(`${line}${padding}\n`), body, ...extra.map(([, json]) => json), source]);
}

/** Another form of a catalog, packed in sections to be stored as one of a packed file's precomputed parts (read by unpack's `form`). */
export function packForm(name: string, catalog: Catalog): Uint8Array {
  return pack({ form: name }, catalog, new Uint8Array(0), { sections: true });
}

const FORM = Symbol.for('wxhelp.form');

/** The name of the precomputed part a catalog was read from (unpack's `form`), or undefined: the catalog as packed. */
export const formOf = (catalog: Catalog): string | undefined => (catalog as unknown as Record<symbol, string | undefined>)[FORM];

/** A source as bytes (the CLI reads bytes; the library and tests may give text). */
export const bytesOf = (source: string | Uint8Array): Uint8Array => (typeof source === 'string' ? Buffer.from(source) : source);

/** Whether two byte arrays hold the same bytes (a memcmp, whatever their views). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

const isSections = (value: unknown): value is [string, number][] =>
  Array.isArray(value) &&
  value.every((s) => Array.isArray(s) && s.length === 2 && typeof s[0] === 'string' && Number.isInteger(s[1]) && (s[1] as number) >= 0);
const totalOf = (sections: readonly [string, number][]) => sections.reduce((n, [, length]) => n + length, 0);

/** Each precomputed part as a function that gives its bytes in `file`, which holds them from `start` (read when first asked for). */
function precomputedParts(file: FileBytes, start: number, parts: readonly [string, number][]): Record<string, () => Uint8Array> {
  // No prototype: a name read from the file ("__proto__") is only a name.
  const found = Object.create(null) as Record<string, () => Uint8Array>;
  let at = start;
  for (const [name, length] of parts) {
    const from = at;
    at += length;
    let part: Uint8Array | undefined;
    found[name] = () => (part ??= file.range(from, from + length));
  }
  return found;
}

/**
 * The catalog packed as the precomputed part `name` (packForm), read as the options say; null
 * when there is no such part or it is not a packed catalog. It is the same catalog in another form,
 * made by the same writer: the source the outer file was checked against is its source too.
 */
function formIn(
  file: FileBytes,
  start: number,
  parts: readonly [string, number][],
  name: string,
  options: { lazy?: boolean; parsePart?: ParsePart },
): Catalog | null {
  let at = start;
  for (const [part, length] of parts) {
    if (part === name) {
      const read = unpack(bytesWithin(file, at, at + length), new Uint8Array(0), (h) => h.form === name, {
        lazy: options.lazy,
        parsePart: options.parsePart,
      });
      if (read === null) return null;
      Object.defineProperty(read.catalog, FORM, { value: name, enumerable: false, configurable: true });
      return read.catalog;
    }
    at += length;
  }
  return null;
}

/** The header line's bytes (without its newline), read a piece at a time from the start; null when there is no newline. */
function headerLine(file: FileBytes): Buffer | null {
  for (let size = 4096; ; size *= 4) {
    const head = file.range(0, Math.min(size, file.length));
    const newline = head.indexOf(10);
    if (newline >= 0) return head.subarray(0, newline);
    if (head.length === file.length) return null;
  }
}

const isItems = (value: unknown): value is [string, string[], number[]][] =>
  Array.isArray(value) &&
  value.every(
    (s) =>
      Array.isArray(s) &&
      s.length === 3 &&
      typeof s[0] === 'string' &&
      Array.isArray(s[1]) &&
      Array.isArray(s[2]) &&
      s[1].length === s[2].length &&
      (s[1] as unknown[]).every((id) => typeof id === 'string') &&
      (s[2] as unknown[]).every((n, i, all) => Number.isInteger(n) && (n as number) > (i === 0 ? 2 : (all[i - 1] as number) + 2)),
  );

/**
 * How a lazily read part of a catalog becomes its value: a section's JSON (`id` undefined) or one
 * item's of a list section (`id` the one the header gives it). By default JSON.parse; a reader
 * that does not trust the file checks each part here (src/catalog/cache.ts), and may throw.
 */
export type ParsePart = (json: string, section: string, id: string | undefined) => unknown;

/**
 * A catalog whose sections are parsed from `file` when first read (then kept as plain properties);
 * a list section with `items` also gives its items one by one, by id (lazyItemsOf), each parsed
 * once: the list, when read, is made of the same objects.
 */
function lazyCatalog(
  file: FileBytes,
  start: number,
  sections: readonly [string, number][],
  items: readonly [string, string[], number[]][],
  parsePart: ParsePart | undefined,
): Catalog {
  const catalog: Record<string, unknown> = {};
  const settle = (key: string, value: unknown) =>
    Object.defineProperty(catalog, key, { value, writable: true, enumerable: true, configurable: true });
  // The parts parsed so far, and who sees each (eachRead): a zh-Hant run on a user's catalog gives
  // Traditional text to the parts it reads, not to all of them.
  const read: [unknown, string][] = [];
  const readers: ((value: unknown, section: string) => void)[] = [];
  const parse = (json: string, key: string, id: string | undefined): unknown => {
    const value = parsePart === undefined ? JSON.parse(json) : parsePart(json, key, id);
    read.push([value, key]);
    for (let r = 0; r < readers.length; r++) readers[r]!(value, key);
    return value;
  };
  // Each list section read item by item: its ids, the items parsed so far, and one parsed now.
  const lists = new Map<string, { ids: string[]; parsed: unknown[]; item: (i: number) => unknown; replaced: boolean }>();
  let at = start;
  // Indexed, not for…of or destructured: in V8's interpreter those step an iterator, an object a step.
  for (let s = 0; s < sections.length; s++) {
    const key = sections[s]![0];
    const length = sections[s]![1];
    const from = at;
    at += length;
    const to = at;
    const table = items.find((t) => t[0] === key);
    if (table !== undefined && table[2].at(-1)! <= length - 2) {
      const ids = table[1];
      const ends = table[2];
      const parsed: unknown[] = [];
      const item = (i: number) => {
        if (!(i in parsed)) {
          const json = file.range(from + (i === 0 ? 2 : ends[i - 1]! + 2), from + ends[i]!).toString('utf16le');
          parsed[i] = parse(json, key, ids[i]);
        }
        return parsed[i];
      };
      const list = { ids, parsed, item, replaced: false };
      lists.set(key, list);
      Object.defineProperty(catalog, key, {
        enumerable: true,
        configurable: true,
        get: () => {
          const value = ids.map((_, i) => item(i));
          settle(key, value);
          return value;
        },
        set: (value: unknown) => {
          list.replaced = true;
          settle(key, value);
        },
      });
      continue;
    }
    Object.defineProperty(catalog, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const json = file.range(from, to).toString('utf16le');
        const value = parse(json, key, undefined);
        settle(key, value);
        return value;
      },
      set: (value: unknown) => settle(key, value),
    });
  }
  // A section given a new value no longer comes from the file: its items are then found in that value.
  const current = (key: string) => {
    const list = lists.get(key);
    return list === undefined || list.replaced ? undefined : list;
  };
  const lazy: LazyItems = {
    ids: (key) => current(key)?.ids,
    item: (key, id) => {
      const list = current(key);
      if (list === undefined) return undefined;
      const i = list.ids.indexOf(id);
      return i < 0 ? null : list.item(i);
    },
    eachRead: (each) => {
      readers.push(each);
      for (let p = 0; p < read.length; p++) each(read[p]![0], read[p]![1]);
    },
  };
  Object.defineProperty(catalog, LAZY_ITEMS, { value: lazy, enumerable: false });
  return catalog as unknown as Catalog;
}

/**
 * The header and catalog of a packed file (its bytes, held or read where asked) when it was made
 * from exactly `source` and its header passes `accept`; else null (damaged, another source, or
 * refused). Never throws. With `lazy`, a sectioned catalog's sections are parsed when first read,
 * each by `parsePart` (JSON.parse by default: a file only wxhelp's build writes, whose JSON need not
 * be checked); otherwise all of it is parsed now. With `form`, the catalog stored as that
 * precomputed part (packForm) is given instead, read the same way, where the file has it.
 */
export function unpack(
  bytes: Uint8Array | FileBytes,
  source: Uint8Array,
  accept: (header: Partial<PackedHeader>) => boolean,
  options: { lazy?: boolean; parsePart?: ParsePart; form?: string } = {},
): { header: PackedHeader; catalog: Catalog } | null {
  try {
    const file = bytes instanceof Uint8Array ? heldBytes(bytes) : bytes;
    const line = headerLine(file);
    if (line === null) return null;
    const newline = line.length;
    const header = JSON.parse(line.toString('utf8')) as Partial<PackedHeader> | null;
    if (header === null || typeof header !== 'object' || !Number.isInteger(header.catalogBytes) || header.catalogBytes! < 0) return null;
    const start = newline + 1;
    const end = start + header.catalogBytes!;
    const { sections, items, precomputed } = header;
    if (precomputed !== undefined && !isSections(precomputed)) return null;
    if (items !== undefined && !isItems(items)) return null;
    const sourceStart = end + (precomputed === undefined ? 0 : totalOf(precomputed));
    if (sourceStart > file.length || !accept(header)) return null;
    if (!file.endEquals(sourceStart, source)) return null;
    if (sections !== undefined && (!isSections(sections) || totalOf(sections) !== header.catalogBytes)) return null;
    let catalog: Catalog | null;
    if (sections === undefined) {
      catalog = JSON.parse(file.range(start, end).toString('utf8')) as Catalog | null;
    } else if (options.lazy) {
      catalog = lazyCatalog(file, start, sections, items ?? [], options.parsePart);
    } else {
      const whole: Record<string, unknown> = {};
      let at = start;
      for (const [key, length] of sections) {
        whole[key] = JSON.parse(file.range(at, at + length).toString('utf16le'));
        at += length;
      }
      catalog = whole as unknown as Catalog;
    }
    if (catalog === null || typeof catalog !== 'object') return null;
    if (precomputed !== undefined) {
      const parts = precomputedParts(file, end, precomputed);
      const form = options.form === undefined ? null : formIn(file, end, precomputed, options.form, options);
      if (form !== null) catalog = form;
      attachPrecomputed(catalog, parts);
    }
    return { header: header as PackedHeader, catalog };
  } catch {
    return null;
  }
}
