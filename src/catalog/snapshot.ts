// The built-in catalog, validated and cleaned at build time, so a run does not parse YAML.
// The snapshot keeps the exact source text it was made from: it is used only when the
// channels.yaml on disk is byte-for-byte that text, so an edited catalog is never served stale.
import { readFileSync } from 'node:fs';
import type { Catalog } from './types.js';

export const SNAPSHOT_FORMAT = 1;

export interface CatalogSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  source: string;
  catalog: Catalog;
}

export function makeSnapshot(source: string, catalog: Catalog): CatalogSnapshot {
  return { format: SNAPSHOT_FORMAT, source, catalog };
}

/** The snapshot's catalog when it was made from exactly `source`, else null (missing, old or stale). */
export function catalogFromSnapshot(snapshotPath: string, source: string): Catalog | null {
  let text: string;
  try {
    text = readFileSync(snapshotPath, 'utf8');
  } catch {
    return null;
  }
  try {
    const snapshot = JSON.parse(text) as Partial<CatalogSnapshot>;
    return snapshot.format === SNAPSHOT_FORMAT && snapshot.source === source && snapshot.catalog ? snapshot.catalog : null;
  } catch {
    return null;
  }
}
