// Data worked out from a catalog ahead of time and stored beside it — by the build in the built-in
// catalog's snapshot, by the cache in a user catalog's entry — so that a run need not work it out
// again (the free-text index of the topics: src/match/precompute.ts). It travels on the catalog
// object itself, under a registered symbol: each bundled part of the CLI has its own copy of this
// module, and a symbol property is neither enumerated nor written out as JSON.
import type { Catalog } from './types.js';

const PRECOMPUTED = Symbol.for('wxhelp.precomputed');

/** Each stored part by name, parsed when first asked for. */
export type PrecomputedParts = Readonly<Record<string, () => unknown>>;

export function attachPrecomputed(catalog: Catalog, parts: PrecomputedParts): void {
  Object.defineProperty(catalog, PRECOMPUTED, { value: parts, enumerable: false, configurable: true });
}

/** The part stored under `name` with this catalog, or undefined (none, or unreadable). */
export function precomputed(catalog: Catalog, name: string): unknown {
  const parts = (catalog as unknown as { [PRECOMPUTED]?: PrecomputedParts })[PRECOMPUTED];
  if (parts === undefined || !Object.hasOwn(parts, name)) return undefined;
  try {
    return parts[name]!();
  } catch {
    return undefined;
  }
}

/** Every readable part stored with this catalog, parsed (to store them again beside a new one). */
export function allPrecomputed(catalog: Catalog): Record<string, unknown> {
  const parts = (catalog as unknown as { [PRECOMPUTED]?: PrecomputedParts })[PRECOMPUTED] ?? {};
  return Object.fromEntries(Object.keys(parts).flatMap((name) => {
    const value = precomputed(catalog, name);
    return value === undefined ? [] : [[name, value]];
  }));
}
