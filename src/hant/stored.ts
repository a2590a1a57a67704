// The Traditional text stored with a catalog, as the CLI's bundle reads it: the table (a precomputed
// part, src/hant/catalog.ts writes it), and the built-in catalog's Traditional copy, which needs
// nothing more than the table of the plain strings it shows as they are — so a zh-Hant run of the
// built-in catalog loads no part of its own for it (src/hant/prepare.ts is for the other catalogs).
import { formOf } from '../catalog/packed.js';
import { precomputed } from '../catalog/precomputed.js';
import type { Catalog } from '../catalog/types.js';
import { TRADITIONAL_CATALOG, TRADITIONAL_SHOWN } from './names.js';
import { TRADITIONAL_TABLE } from './shown.js';

/** A stored table read back, or null when there is none or it is not one. */
export function readTraditionalText(bytes: Uint8Array | undefined): Record<string, string> | null {
  if (bytes === undefined || bytes.length % 2 !== 0) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf16le'));
    const ok =
      value !== null && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
    return ok ? Object.assign(Object.create(null) as Record<string, string>, value) : null;
  } catch {
    return null;
  }
}

/**
 * The catalog ready for a zh-Hant run when it was read from its Traditional copy (the built-in
 * one's): its texts are in place, and the plain strings' table (shownText) is read the first time
 * one is shown. Undefined for any other catalog.
 */
export function storedInTraditional(catalog: Catalog): Catalog | undefined {
  if (formOf(catalog) !== TRADITIONAL_CATALOG) return undefined;
  Object.defineProperty(catalog, TRADITIONAL_TABLE, {
    configurable: true,
    enumerable: false,
    get: () => {
      const table = readTraditionalText(precomputed(catalog, TRADITIONAL_SHOWN)) ?? {};
      Object.defineProperty(catalog, TRADITIONAL_TABLE, { value: table, enumerable: false, configurable: true });
      return table;
    },
  });
  return catalog;
}
