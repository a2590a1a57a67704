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

class LazyIndex implements CatalogIndex {
  #channel?: Map<string, Channel>;
  #topic?: Map<string, Topic>;
  #emergency?: Map<string, Emergency>;
  #need?: Map<string, Need>;
  #material?: Map<string, Material>;
  #source?: Map<string, Source>;
  constructor(private readonly catalog: Catalog) {}
  get channel() {
    return (this.#channel ??= byId(this.catalog.channels));
  }
  get topic() {
    return (this.#topic ??= byId(this.catalog.topics));
  }
  get emergency() {
    return (this.#emergency ??= byId(this.catalog.emergencies));
  }
  get need() {
    return (this.#need ??= byId(this.catalog.needs));
  }
  get material() {
    return (this.#material ??= byId(this.catalog.materials));
  }
  get source() {
    return (this.#source ??= byId(this.catalog.sources));
  }
}

export function indexOf(catalog: Catalog): CatalogIndex {
  let index = cache.get(catalog);
  if (!index) {
    index = new LazyIndex(catalog);
    cache.set(catalog, index);
  }
  return index;
}
