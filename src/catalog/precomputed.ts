// Data worked out from a catalog ahead of time and stored beside it — by the build in the built-in
// catalog's snapshot, by the cache in a user catalog's entry — so that a run need not work it out
// again (the free-text index of the topics: src/match/precompute.ts). It travels on the catalog
// object itself, under a registered symbol: each bundled part of the CLI has its own copy of this
// module, and a symbol property is neither enumerated nor written out as JSON.
import type { Catalog } from './types.js';

const PRECOMPUTED = Symbol.for('wxhelp.precomputed');

/** Each stored part by name: its bytes, in a form its reader decodes (src/match/packed-index.ts). */
export type PrecomputedParts = Readonly<Record<string, () => Uint8Array>>;

export function attachPrecomputed(catalog: Catalog, parts: PrecomputedParts): void {
  Object.defineProperty(catalog, PRECOMPUTED, { value: parts, enumerable: false, configurable: true });
}

/** The bytes of the part stored under `name` with this catalog, or undefined (none, or unreadable). */
export function precomputed(catalog: Catalog, name: string): Uint8Array | undefined {
  const parts = (catalog as unknown as { [PRECOMPUTED]?: PrecomputedParts })[PRECOMPUTED];
  if (parts === undefined || !Object.hasOwn(parts, name)) return undefined;
  try {
    return parts[name]!();
  } catch {
    return undefined;
  }
}

/** Every readable part stored with this catalog (to store them again beside a new one). */
export function allPrecomputed(catalog: Catalog): Record<string, Uint8Array> {
  const parts = (catalog as unknown as { [PRECOMPUTED]?: PrecomputedParts })[PRECOMPUTED] ?? {};
  return Object.fromEntries(
    Object.keys(parts).flatMap((name) => {
      const value = precomputed(catalog, name);
      return value === undefined ? [] : [[name, value] as const];
    }),
  );
}
