// A catalog made ready for a zh-Hant run: its Traditional text from what is stored with it (a
// cache entry), else made now with the converter (src/hant/convert-catalog.ts, loaded only then).
// A chunk of its own (bin/build.mjs), loaded only for a zh-Hant run on a catalog other than the
// built-in one's Traditional copy (src/hant/stored.ts).
import { precomputed } from '../catalog/precomputed.js';
import type { Catalog } from '../catalog/types.js';
import { packTraditionalText, TRADITIONAL_TEXT, withTraditional } from './catalog.js';
import { readTraditionalText, storedInTraditional } from './stored.js';

export { TRADITIONAL_TEXT };

/** Whether the catalog's Traditional text is stored with it. */
export function hasTraditionalText(catalog: Catalog): boolean {
  return readTraditionalText(precomputed(catalog, TRADITIONAL_TEXT)) !== null;
}

async function traditionalTextOf(catalog: Catalog): Promise<Record<string, string>> {
  const stored = readTraditionalText(precomputed(catalog, TRADITIONAL_TEXT));
  if (stored !== null) return stored;
  const { convertCatalogText } = await import('./convert-catalog.js');
  return convertCatalogText(catalog);
}

/** The catalog with every text given its Traditional form (already so when read from its Traditional copy). */
export async function inTraditional(catalog: Catalog): Promise<Catalog> {
  return storedInTraditional(catalog) ?? withTraditional(catalog, await traditionalTextOf(catalog));
}

/** The catalog's Traditional text as the part stored with it. */
export async function traditionalPart(catalog: Catalog): Promise<Uint8Array> {
  return packTraditionalText(await traditionalTextOf(catalog));
}
