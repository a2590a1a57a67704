// Lookups by id over a loaded catalog, built once per catalog object, each map when first used
// (the CLI's catalog parses a section only when it is read: `phone` never reads the emergencies).
import type { Catalog, Channel, Emergency, Material, Need, Source, Topic } from '../catalog/types.js';

export interface CatalogIndex {
  readonly channel: Map<string, Channel>;
  readonly topic: Map<string, Topic>;
  readonly emergency: Map<string, Emergency>;
  readonly need: Map<string, Need>;
  readonly material: Map<string, Material>;
  readonly source: Map<string, Source>;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

// Each map of the index and the catalog section it is made from.
const SECTIONS = {
  channel: 'channels',
  topic: 'topics',
  emergency: 'emergencies',
  need: 'needs',
  material: 'materials',
  source: 'sources',
} as const satisfies Record<keyof CatalogIndex, keyof Catalog>;

/** The index of `catalog`, each map made (and then kept) when first read. */
function lazyIndex(catalog: Catalog): CatalogIndex {
  const index = {};
  for (const [key, section] of Object.entries(SECTIONS)) {
    Object.defineProperty(index, key, {
      configurable: true,
      enumerable: true,
      get: () => {
        const map = byId(catalog[section] as readonly { id: string }[]);
        Object.defineProperty(index, key, { value: map, enumerable: true });
        return map;
      },
    });
  }
  return index as CatalogIndex;
}

export function indexOf(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = lazyIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}
