// The smallest value with a catalog's shape (src/catalog/shape.ts), for the cache's tests: nothing in
// it, told apart by `name` when one is given.
import type { Catalog } from '../../src/catalog/types.js';

export const fakeCatalog = (name?: string): Catalog =>
  ({
    schemaVersion: 1,
    serviceTimeZone: 'Asia/Shanghai',
    sources: [],
    about: [],
    channels: [],
    modes: [],
    materials: [],
    topics: [],
    emergencies: [],
    needs: [],
    advice: [],
    properNames: [],
    ...(name === undefined ? {} : { name }),
  }) as unknown as Catalog;
