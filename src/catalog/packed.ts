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
// When the header lists `precomputed` ([name, bytes] pairs), that many bytes follow the catalog,
// before the source: data worked out from the catalog, each in a form its reader decodes
// (src/catalog/precomputed.ts), attached to the catalog read back as bytes.
import { attachPrecomputed } from './precomputed.js';
import type { Catalog } from './types.js';

export type PackedHeader = Record<string, unknown> & {
  catalogBytes: number;
  sections?: [string, number][];
  precomputed?: [string, number][];
};

export interface PackOptions {
  /** The catalog in sections, one JSON text per top-level key. */
  sections?: boolean;
  /** Data worked out from the catalog, by name, stored after it as they are. */
  precomputed?: Readonly<Record<string, Uint8Array>>;
}

const asSections = (values: Readonly<Record<string, unknown>>) =>
  Object.entries(values).map(([key, value]) => [key, Buffer.from(JSON.stringify(value), 'utf16le')] as const);
const lengths = (parts: readonly (readonly [string, Buffer])[]) => parts.map(([key, json]) => [key, json.length]);

/** The file's bytes for `catalog` made from `source`, with `fields` in its header. */
export function pack(fields: Record<string, unknown>, catalog: Catalog, source: Uint8Array, options: PackOptions = {}): Uint8Array {
  const parts = options.sections ? asSections(catalog as unknown as Record<string, unknown>) : [];
  const body = options.sections ? Buffer.concat(parts.map(([, json]) => json)) : Buffer.from(JSON.stringify(catalog));
  const extra = options.precomputed
    ? Object.entries(options.precomputed).map(([key, bytes]) => [key, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)] as const)
    : [];
  const header = {
    ...fields,
    ...(options.sections ? { sections: lengths(parts) } : {}),
    ...(options.precomputed ? { precomputed: lengths(extra) } : {}),
    catalogBytes: body.length,
  };
  // A space pads the header line to an even length where the sections (UTF-16LE) follow it.
  const line = JSON.stringify(header);
  const padding = options.sections && Buffer.byteLength(line) % 2 === 0 ? ' ' : '';
  return Buffer.concat([Buffer.from(`${line}${padding}\n`), body, ...extra.map(([, json]) => json), source]);
}

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

/** Each precomputed part as a function that gives its bytes in `file`, which holds them from `start`. */
function precomputedParts(file: Buffer, start: number, parts: readonly [string, number][]): Record<string, () => Uint8Array> {
  // No prototype: a name read from the file ("__proto__") is only a name.
  const found = Object.create(null) as Record<string, () => Uint8Array>;
  let at = start;
  for (const [name, length] of parts) {
    const part = file.subarray(at, at + length);
    at += length;
    found[name] = () => part;
  }
  return found;
}

/** A catalog whose sections are parsed from `file` when first read (then kept as plain properties). */
function lazyCatalog(file: Buffer, start: number, sections: readonly [string, number][]): Catalog {
  const catalog: Record<string, unknown> = {};
  const settle = (key: string, value: unknown) =>
    Object.defineProperty(catalog, key, { value, writable: true, enumerable: true, configurable: true });
  let at = start;
  for (const [key, length] of sections) {
    const from = at;
    at += length;
    const to = at;
    Object.defineProperty(catalog, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value: unknown = JSON.parse(file.toString('utf16le', from, to));
        settle(key, value);
        return value;
      },
      set: (value: unknown) => settle(key, value),
    });
  }
  return catalog as unknown as Catalog;
}

/**
 * The header and catalog of a packed file when it was made from exactly `source` and its header
 * passes `accept`; else null (damaged, another source, or refused). Never throws. With `lazy`, a
 * sectioned catalog's sections are parsed when first read (for a file only wxhelp's build writes,
 * whose JSON need not be checked first); otherwise all of it is parsed now.
 */
export function unpack(
  bytes: Uint8Array,
  source: Uint8Array,
  accept: (header: Partial<PackedHeader>) => boolean,
  options: { lazy?: boolean } = {},
): { header: PackedHeader; catalog: Catalog } | null {
  try {
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const newline = file.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(file.toString('utf8', 0, newline)) as Partial<PackedHeader> | null;
    if (header === null || typeof header !== 'object' || !Number.isInteger(header.catalogBytes) || header.catalogBytes! < 0) return null;
    const start = newline + 1;
    const end = start + header.catalogBytes!;
    const { sections, precomputed } = header;
    if (precomputed !== undefined && !isSections(precomputed)) return null;
    const sourceStart = end + (precomputed === undefined ? 0 : totalOf(precomputed));
    if (sourceStart > file.length || !accept(header)) return null;
    if (!sameBytes(file.subarray(sourceStart), source)) return null;
    if (sections !== undefined && (!isSections(sections) || totalOf(sections) !== header.catalogBytes)) return null;
    let catalog: Catalog | null;
    if (sections === undefined) {
      catalog = JSON.parse(file.toString('utf8', start, end)) as Catalog | null;
    } else if (options.lazy) {
      catalog = lazyCatalog(file, start, sections);
    } else {
      const whole: Record<string, unknown> = {};
      let at = start;
      for (const [key, length] of sections) {
        whole[key] = JSON.parse(file.toString('utf16le', at, at + length));
        at += length;
      }
      catalog = whole as unknown as Catalog;
    }
    if (catalog === null || typeof catalog !== 'object') return null;
    if (precomputed !== undefined) attachPrecomputed(catalog, precomputedParts(file, end, precomputed));
    return { header: header as PackedHeader, catalog };
  } catch {
    return null;
  }
}
