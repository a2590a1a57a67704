// Lookups by id over a loaded catalog, built once per catalog object.
import type { Catalog, Channel, Emergency, Material, Need, Source, Topic } from '../catalog/types.js';

export interface CatalogIndex {
  channel: Map<string, Channel>;
  topic: Map<string, Topic>;
  emergency: Map<string, Emergency>;
  need: Map<string, Need>;
  material: Map<string, Material>;
  source: Map<string, Source>;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

export function indexOf(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = {
      channel: byId(catalog.channels),
      topic: byId(catalog.topics),
      emergency: byId(catalog.emergencies),
      need: byId(catalog.needs),
      material: byId(catalog.materials),
      source: byId(catalog.sources),
    };
    cache.set(catalog, index);
  }
  return index;
}
