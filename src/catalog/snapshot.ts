// The built-in catalog, validated and cleaned at build time, so a run does not parse YAML. The
// snapshot (bin/dist/channels.snapshot, in the layout of src/catalog/packed.ts) keeps the exact
// bytes of the source it was made from: it is used only when the channels.yaml on disk is
// byte-for-byte that file, so an edited catalog is never served stale.
import { readFileSync } from 'node:fs';
import { type FileBytes, openFileBytes } from './file-bytes.js';
import { bytesOf, pack, unpack } from './packed.js';
import type { Catalog } from './types.js';

/** Bumped when the layout changes (6: with precomputed parts; 7: stored as bytes, the topics' index packed; 8: sections in UTF-16LE; 9: list sections read item by item). */
export const SNAPSHOT_FORMAT = 9;

/**
 * The snapshot file's bytes for `catalog` (cleaned of control characters: what the CLI shows), made
 * from the file `source`, with the data worked out from it ahead of time (src/match/precompute.ts).
 */
export function makeSnapshot(
  source: Uint8Array,
  catalog: Catalog,
  asWritten: boolean,
  precomputed: Readonly<Record<string, Uint8Array>> = {},
): Uint8Array {
  // asWritten: cleaning changed nothing, so the catalog is also the one as written (what the library returns).
  // In sections: a run parses only the parts of the catalog it reads.
  return pack({ format: SNAPSHOT_FORMAT, asWritten }, catalog, source, { sections: true, precomputed });
}

/**
 * The snapshot's catalog when it was made from exactly `source` (the file's text or its bytes;
 * with `asWritten`, only when its cleaned catalog is the one as written), else null (missing,
 * old, damaged or stale). With `lazy`, each top-level section is parsed when first read (the
 * CLI's way), and the file is read only where a run reads it (it stays open for the process);
 * otherwise the catalog comes back whole, as plain data (the library's). With `form`, the
 * catalog in the form stored under that name (the one in Traditional Chinese), where there is one.
 */
export function catalogFromSnapshot(
  snapshotPath: string,
  source: string | Uint8Array,
  options: { asWritten?: boolean; lazy?: boolean; form?: string } = {},
): Catalog | null {
  let file: Uint8Array | FileBytes;
  if (options.lazy === true) {
    const opened = openFileBytes(snapshotPath);
    if (opened === null) return null;
    file = opened;
  } else {
    try {
      file = readFileSync(snapshotPath);
    } catch {
      return null;
    }
  }
  const unpacked = unpack(
    file,
    bytesOf(source),
    (h) => h.format === SNAPSHOT_FORMAT && (options.asWritten !== true || h.asWritten === true),
    { lazy: options.lazy === true, form: options.form },
  );
  return unpacked === null ? null : unpacked.catalog;
}
