// A catalog made ready for a zh-Hant run: the built-in one read in its Traditional form, or its
// Traditional text from what is stored with it (a cache entry), else made now with the converter (src/hant/convert-catalog.ts,
// loaded only then). A chunk of its own (bin/build.mjs), loaded only for a zh-Hant run.
import { precomputed } from '../catalog/precomputed.js';
import type { Catalog } from '../catalog/types.js';
import { variantOf } from '../catalog/packed.js';
import {
  packTraditionalText,
  readTraditionalText,
  TRADITIONAL_CATALOG,
  TRADITIONAL_SHOWN,
  TRADITIONAL_TEXT,
  withStoredTraditional,
  withTraditional,
} from './catalog.js';

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

/** The catalog with every text given its Traditional form (already so when read from its Traditional variant). */
export async function inTraditional(catalog: Catalog): Promise<Catalog> {
  if (variantOf(catalog) === TRADITIONAL_CATALOG)
    return withStoredTraditional(catalog, () => readTraditionalText(precomputed(catalog, TRADITIONAL_SHOWN)));
  return withTraditional(catalog, await traditionalTextOf(catalog));
}

/** The catalog's Traditional text as the part stored with it. */
export async function traditionalPart(catalog: Catalog): Promise<Uint8Array> {
  return packTraditionalText(await traditionalTextOf(catalog));
}
