// An entry of the catalog cache taken apart and put back together (src/catalog/cache.ts, in the
// layout of src/catalog/packed.ts), as a user could edit one by hand: its catalog as one JSON text
// to change, packed again in sections as the cache writes it, with the digest made anew or not.
import { readFileSync, writeFileSync } from 'node:fs';
import { checksum } from '../../src/catalog/cache.js';
import { pack } from '../../src/catalog/packed.js';
import type { Catalog } from '../../src/catalog/types.js';

/** An entry's bytes after its digest line. */
export function packedOf(file: string): Buffer {
  const bytes = readFileSync(file);
  return bytes.subarray(bytes.indexOf(10) + 1);
}

/** An entry's packed bytes with a digest line made for them (of all but the source's bytes at the end). */
export function withDigest(packed: Uint8Array, sourceLength: number): Buffer {
  const digest = checksum([packed.subarray(0, packed.length - sourceLength)]);
  return Buffer.concat([Buffer.from(`wxhelp-entry digest=${digest}\n`), packed]);
}

/** Writes an entry's packed bytes back with their digest made anew. */
export function writeEntry(file: string, packed: Uint8Array, sourceLength: number): void {
  writeFileSync(file, withDigest(packed, sourceLength));
}

export interface EntryParts {
  header: Record<string, unknown> & { catalogBytes: number; sections: [string, number][]; precomputed?: [string, number][] };
  /** The catalog whole, as JSON.stringify writes it. */
  catalog: string;
  /** The precomputed parts' bytes, one after another. */
  precomputed: Buffer;
  source: Buffer;
}

/** An entry's parts: the header, the catalog (its sections put together), the precomputed parts' bytes, the source's bytes. */
export function entryParts(file: string): EntryParts {
  const bytes = packedOf(file);
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.toString('utf8', 0, newline)) as EntryParts['header'];
  const whole: Record<string, unknown> = {};
  let at = newline + 1;
  for (const [key, length] of header.sections) {
    whole[key] = JSON.parse(bytes.toString('utf16le', at, at + length));
    at += length;
  }
  const sourceStart = at + (header.precomputed ?? []).reduce((sum, [, length]) => sum + length, 0);
  return { header, catalog: JSON.stringify(whole), precomputed: bytes.subarray(at, sourceStart), source: bytes.subarray(sourceStart) };
}

/**
 * An entry's packed bytes (no digest line) with its header's own fields and its catalog changed,
 * packed again as the cache packs it (sections, items and lengths made to fit).
 */
export function repacked(
  file: string,
  change: { header?: (h: Record<string, unknown>) => Record<string, unknown>; catalog?: (json: string) => string },
): Buffer {
  const parts = entryParts(file);
  const { catalogBytes: _bytes, sections: _sections, items: _items, precomputed: stored, ...fields } = parts.header;
  const precomputed: Record<string, Uint8Array> = {};
  let at = 0;
  for (const [name, length] of stored ?? []) {
    precomputed[name] = parts.precomputed.subarray(at, at + length);
    at += length;
  }
  const catalog = JSON.parse(change.catalog ? change.catalog(parts.catalog) : parts.catalog) as Catalog;
  return Buffer.from(
    pack(change.header ? change.header(fields) : fields, catalog, parts.source, {
      sections: true,
      ...(stored === undefined ? {} : { precomputed }),
    }),
  );
}

/** Writes an entry back with its header's fields and catalog changed, the digest made anew. */
export function rewriteEntry(file: string, change: Parameters<typeof repacked>[1]): void {
  writeEntry(file, repacked(file, change), entryParts(file).source.length);
}
