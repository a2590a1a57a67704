// The built-in catalog, validated and cleaned at build time, so a run does not parse YAML.
// The snapshot keeps the exact source text it was made from: it is used only when the
// channels.yaml on disk is byte-for-byte that text, so an edited catalog is never served stale.
import { readFileSync } from 'node:fs';
import type { Catalog } from './types.js';

export const SNAPSHOT_FORMAT = 2;

export interface CatalogSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  source: string;
  /** Cleaned of control characters (what the CLI shows). */
  catalog: Catalog;
  /** Cleaning changed nothing: the catalog is also the one as written (what the library returns). */
  asWritten: boolean;
}

export function makeSnapshot(source: string, catalog: Catalog, asWritten: boolean): CatalogSnapshot {
  return { format: SNAPSHOT_FORMAT, source, catalog, asWritten };
}

/**
 * The snapshot's catalog when it was made from exactly `source` (and, with `asWritten`, when its
 * cleaned catalog is the one as written), else null (missing, old or stale).
 */
export function catalogFromSnapshot(snapshotPath: string, source: string, options: { asWritten?: boolean } = {}): Catalog | null {
  let text: string;
  try {
    text = readFileSync(snapshotPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const snapshot = JSON.parse(text) as Partial<CatalogSnapshot>;
    if (snapshot.format !== SNAPSHOT_FORMAT || snapshot.source !== source || !snapshot.catalog) return null;
    if (options.asWritten && snapshot.asWritten !== true) return null;
    return snapshot.catalog;
  } catch {
    return null;
  }
}
