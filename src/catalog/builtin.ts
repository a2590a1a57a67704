// Where the catalog that ships with wxhelp lives. This file and the bundles in bin/dist are both
// two levels below the package root, so the same relative URL finds channels.yaml from either.
import { fileURLToPath } from 'node:url';

export function builtinCatalogPath(): string {
  return fileURLToPath(new URL('../../channels.yaml', import.meta.url));
}

/** The catalog's JSON Schema as installed with wxhelp (what editors load). */
export function builtinSchemaPath(): string {
  return fileURLToPath(new URL('../../src/catalog/channels.schema.json', import.meta.url));
}

/** The build-time snapshot of the built-in catalog: written beside the bundles, absent when running from source. */
export function builtinSnapshotPath(): string {
  return fileURLToPath(new URL('./channels.snapshot.json', import.meta.url));
}
