// The built-in catalog, validated and cleaned at build time, so a run does not parse YAML.
// The snapshot keeps the exact bytes of the source it was made from: it is used only when the
// channels.yaml on disk is byte-for-byte that file, so an edited catalog is never served stale.
//
// Layout (one file, read in one go): a line of JSON {"format","asWritten","catalogBytes"}, then the
// catalog as JSON (catalogBytes bytes of UTF-8), then the source's bytes to the end. The source is
// compared as bytes and never decoded, and only the catalog's part is decoded and parsed.
import { readFileSync } from 'node:fs';
import type { Catalog } from './types.js';

export const SNAPSHOT_FORMAT = 3;

interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  /** Cleaning changed nothing: the catalog is also the one as written (what the library returns). */
  asWritten: boolean;
  catalogBytes: number;
}

/** The snapshot file's bytes for `catalog` (cleaned of control characters: what the CLI shows), made from the file `source`. */
export function makeSnapshot(source: Uint8Array, catalog: Catalog, asWritten: boolean): Buffer {
  const body = Buffer.from(JSON.stringify(catalog));
  const header: SnapshotHeader = { format: SNAPSHOT_FORMAT, asWritten, catalogBytes: body.length };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body, source]);
}

/**
 * The snapshot's catalog when it was made from exactly `source` (the file's text or its bytes;
 * with `asWritten`, only when its cleaned catalog is the one as written), else null (missing,
 * old, damaged or stale).
 */
export function catalogFromSnapshot(snapshotPath: string, source: string | Uint8Array, options: { asWritten?: boolean } = {}): Catalog | null {
  let file: Buffer;
  try {
    file = readFileSync(snapshotPath);
  } catch {
    return null;
  }
  try {
    const newline = file.indexOf(10);
    if (newline < 0) return null;
    const header = JSON.parse(file.toString('utf8', 0, newline)) as Partial<SnapshotHeader>;
    const start = newline + 1;
    const end = start + (header.catalogBytes ?? -1);
    if (header.format !== SNAPSHOT_FORMAT || !Number.isInteger(header.catalogBytes) || end > file.length) return null;
    if (options.asWritten && header.asWritten !== true) return null;
    const made = file.subarray(end);
    if (!(typeof source === 'string' ? made.toString('utf8') === source : made.equals(source))) return null;
    return JSON.parse(file.toString('utf8', start, end)) as Catalog;
  } catch {
    return null;
  }
}
