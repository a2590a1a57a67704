// Lookups by id over a loaded catalog, built once per catalog object, each when first used. The
// CLI's catalog parses a section only when it is read (`phone` never reads the emergencies), and
// an item of a list only when it is looked up (`recommend` reads one topic of thirteen): a lookup
// then asks the catalog for that item alone (src/catalog/packed.ts).
import { lazyItemsOf } from '../catalog/packed.js';
import type { Catalog, Channel, Emergency, Material, Need, Source, Topic } from '../catalog/types.js';

/** Things of one kind by id. */
export interface Lookup<T> {
  get(id: string): T | undefined;
}

export interface CatalogIndex {
  readonly channel: Lookup<Channel>;
  readonly topic: Lookup<Topic>;
  readonly emergency: Lookup<Emergency>;
  readonly need: Lookup<Need>;
  readonly material: Lookup<Material>;
  readonly source: Lookup<Source>;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** A lookup over a catalog's section: item by item where the catalog gives them so, else a map of the list. */
function lookupOf(catalog: Catalog, section: keyof Catalog): Lookup<unknown> {
  const lazy = lazyItemsOf(catalog);
  let map: Map<string, unknown> | undefined;
  return {
    get: (id) => {
      const found = lazy?.item(section, id);
      if (found !== undefined) return found ?? undefined;
      map ??= byId(catalog[section] as readonly { id: string }[]);
      return map.get(id);
    },
  };
}

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
        const lookup = lookupOf(catalog, section);
        Object.defineProperty(index, key, { value: lookup, enumerable: true });
        return lookup;
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
