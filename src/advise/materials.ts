// What to have ready, where the user is: outside mainland China a material with an overseas
// counterpart is swapped for it (a mainland ID card → the user's own identity document).
import type { Catalog, Region } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';

/** The material ids as they apply in `region`, each once, in order (ids the catalog lacks are kept: the renderers skip them). */
export function materialsIn(catalog: Catalog, ids: readonly string[], region: Region): string[] {
  if (region !== 'overseas') return [...new Set(ids)];
  const byId = indexOf(catalog).material;
  return [...new Set(ids.map((id) => byId.get(id)?.overseas ?? id))];
}
