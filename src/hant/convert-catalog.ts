// A catalog's Traditional text made now, with the converter: for a user's catalog without zh-Hant
// text, in a zh-Hant run. A chunk of its own with the converter (bin/build.mjs), loaded only then.
import type { Catalog } from '../catalog/types.js';
import { traditionalText } from './catalog.js';
import { simplifiedToTraditional } from './convert.js';

export function convertCatalogText(catalog: Catalog): Record<string, string> {
  return traditionalText(catalog, simplifiedToTraditional());
}
