// One file holding a validated catalog beside the exact bytes of the source it was made from: the
// layout of the built-in snapshot (src/catalog/snapshot.ts) and of the cache's entries
// (src/catalog/cache.ts). Read in one go; the source part is compared as bytes and never decoded,
// and only the catalog part is decoded and parsed, so a hit costs a read, a memcmp and one
// JSON.parse.
//
// Layout: a line of JSON (the header: the user's fields plus `catalogBytes`), then the catalog as
// JSON (catalogBytes bytes of UTF-8), then the source's bytes to the end.
import type { Catalog } from './types.js';

export type PackedHeader = Record<string, unknown> & { catalogBytes: number };

/** The file's bytes for `catalog` made from `source`, with `fields` in its header. */
export function pack(fields: Record<string, unknown>, catalog: Catalog, source: Uint8Array): Uint8Array {
  const body = Buffer.from(JSON.stringify(catalog));
  const header = { ...fields, catalogBytes: body.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body, source]);
}

/** Whether two byte arrays hold the same bytes (a memcmp, whatever their views). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
}

/**
 * The header and catalog of a packed file when it was made from exactly `source` and its header
 * passes `accept`; else null (damaged, another source, or refused). Never throws.
 */
export function unpack(bytes: Uint8Array, source: Uint8Array, accept: (header: Partial<PackedHeader>) => boolean): { header: PackedHeader; catalog: Catalog } | null {
  try {
    const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const newline = file.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(file.toString('utf8', 0, newline)) as Partial<PackedHeader> | null;
    if (header === null || typeof header !== 'object' || !Number.isInteger(header.catalogBytes) || header.catalogBytes! < 0) return null;
    const start = newline + 1;
    const end = start + header.catalogBytes!;
    if (end > file.length || !accept(header)) return null;
    if (!sameBytes(file.subarray(end), source)) return null;
    const catalog = JSON.parse(file.toString('utf8', start, end)) as Catalog | null;
    if (catalog === null || typeof catalog !== 'object') return null;
    return { header: header as PackedHeader, catalog };
  } catch {
    return null;
  }
}
