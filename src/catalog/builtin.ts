// Where the catalog that ships with wxhelp lives. This file and the bundles in bin/dist are both
// two levels below the package root, so the same relative path finds channels.yaml from either.
// (A directory and a path join, not a file: URL — building URLs costs every start-up.)
import { join } from 'node:path';

export function builtinCatalogPath(): string {
  return join(import.meta.dirname, '../../channels.yaml');
}

/** The catalog's JSON Schema as installed with wxhelp (what editors load). */
export function builtinSchemaPath(): string {
  return join(import.meta.dirname, '../../src/catalog/channels.schema.json');
}

/** The build-time snapshot of the built-in catalog: written beside the bundles, absent when running from source. */
export function builtinSnapshotPath(): string {
  return join(import.meta.dirname, 'channels.snapshot');
}
