// What to have ready, where the user is: outside mainland China a material with an overseas
// counterpart is swapped for it (a mainland ID card → the user's own identity document); when
// unsure where the user is, both are named, the mainland one first.
import type { Catalog } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';
import type { RegionView } from './region.js';

/** The material ids as they apply in `region`, each once, in order (ids the catalog lacks are kept: the renderers skip them). */
export function materialsIn(catalog: Catalog, ids: readonly string[], region: RegionView): string[] {
  if (region === 'mainland') return [...new Set(ids)];
  const byId = indexOf(catalog).material;
  if (region === 'overseas') return [...new Set(ids.map((id) => byId.get(id)?.overseas ?? id))];
  return [
    ...new Set(
      ids.flatMap((id) => {
        const abroad = byId.get(id)?.overseas;
        return abroad === undefined ? [id] : [id, abroad];
      }),
    ),
  ];
}
