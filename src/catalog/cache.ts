// A cache of validated catalogs, so that a user's own catalog (~/.config/wxhelp/channels.yaml, or
// any --channels file) costs a YAML parse only the first time it is used. An entry is the
// catalog beside the exact bytes it was made from (the layout of the built-in snapshot,
// src/catalog/packed.ts) with wxhelp's version and build, and is used only when both match, so it
// is never trusted over the file: any change to a byte, or another wxhelp, misses. Its file name
// is a quick hash to find it (of the length and of bytes spread over the file: hashing every byte
// of a large catalog in JavaScript costs more than the rest of a run, and no cryptographic hash,
// whose module alone costs every start-up several milliseconds); the comparison of the bytes is
// the check. Entries are written atomically (a private temporary file, then rename), so concurrent
// runs see a whole entry or none; an unreadable, corrupt or foreign entry is ignored, and a cache
// that cannot be written is no error. Only catalogs without errors are cached; their warnings are
// kept so they are still shown.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CatalogIssue } from './issues.js';
import { bytesOf, pack, unpack } from './packed.js';
import type { Catalog } from './types.js';

/** Bumped when an entry's layout changes (3: the packed layout, bytes compared, not a JSON document; 4: with precomputed parts; 5: the parts stored as bytes, the topics' index packed). */
export const CACHE_FORMAT = 5;
/** Entries kept: the newest few (one per catalog edit, at most); older ones are removed on write. */
export const MAX_CACHE_ENTRIES = 8;

declare const WXHELP_VERSION: string | undefined;
declare const WXHELP_BUILD_ID: string | undefined;
/** wxhelp's version and build (a hash of the sources, set by the build): part of every key. */
export const CACHE_BUILD = `${typeof WXHELP_VERSION === 'string' ? WXHELP_VERSION : '0.0.0-dev'}+${typeof WXHELP_BUILD_ID === 'string' ? WXHELP_BUILD_ID : 'source'}`;

/** What an entry holds: the CLI's catalog is cleaned of control characters, the library's is as written. */
export type CacheVariant = 'clean' | 'as-written';

export interface CachedCatalog {
  catalog: Catalog;
  /** The catalog's warnings (never errors: a catalog with errors is not cached), with their `detail` to word them in any language. */
  issues: CatalogIssue[];
  /** Data worked out from the catalog, stored with it (src/catalog/precomputed.ts; attached to the catalog when read back). */
  precomputed?: Readonly<Record<string, Uint8Array>>;
}

export interface CacheLocation {
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
}

/**
 * $XDG_CACHE_HOME/wxhelp (an absolute value only, as the XDG spec says), else ~/.cache/wxhelp, or
 * undefined when the cache is turned off (WXHELP_NO_CACHE=1) or there is no home to put it in.
 */
export function catalogCacheDir({ env, homeDir }: CacheLocation): string | undefined {
  if (env.WXHELP_NO_CACHE && env.WXHELP_NO_CACHE !== '0') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'wxhelp');
  // Never invent a home directory (a made-up HOME in a script or a test): no cache then.
  return homeDir && isAbsolute(homeDir) && existsSync(homeDir) ? join(homeDir, '.cache', 'wxhelp') : undefined;
}

// The bytes hashed for an entry's name: all of a small file; of a larger one, its first and last
// 256 bytes and 1,024 spread between (a few thousand steps of hashing in JavaScript cost more
// than reading and comparing the whole file).
const SAMPLED_ABOVE = 2048;
const EDGE = 256;
const SPREAD = 1024;

/**
 * Two FNV-1a hashes (different seeds) of `head` and then of the hashed bytes of `bytes`: each step
 * is a bijection of the hash, so sources that differ in a hashed byte always differ here.
 */
function hashPair(head: Uint8Array, bytes: Uint8Array): [number, number] {
  const positions: number[] = [];
  const n = bytes.length;
  if (n <= SAMPLED_ABOVE) {
    for (let i = 0; i < n; i++) positions.push(i);
  } else {
    for (let i = 0; i < EDGE; i++) positions.push(i);
    const gap = (n - 2 * EDGE) / SPREAD;
    for (let k = 0; k < SPREAD; k++) positions.push(EDGE + Math.floor(k * gap));
    for (let i = n - EDGE; i < n; i++) positions.push(i);
  }
  let a = 0x811c9dc5;
  let b = 0x01234567;
  for (let i = 0; i < head.length; i++) {
    a = Math.imul(a ^ head[i]!, 0x01000193);
    b = Math.imul(b ^ head[i]!, 0x01000193);
  }
  for (let i = 0; i < positions.length; i++) {
    const byte = bytes[positions[i]!]!;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte, 0x01000193);
  }
  return [a >>> 0, b >>> 0];
}

/** The file an entry for this source, variant and build lives in (inside the cache directory). */
export function cacheEntryName(source: string | Uint8Array, variant: CacheVariant, build: string = CACHE_BUILD): string {
  const bytes = bytesOf(source);
  const [a, b] = hashPair(Buffer.from(`wxhelp-catalog\0${CACHE_FORMAT}\0${build}\0${variant}\0`), bytes);
  return `catalog-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${bytes.length.toString(36)}.entry`;
}

/** The cached catalog made from exactly `source` by this build, or null (none, unreadable, corrupt or another source). */
export function readCachedCatalog(dir: string, source: string | Uint8Array, variant: CacheVariant, build: string = CACHE_BUILD): CachedCatalog | null {
  const bytes = bytesOf(source);
  let file: Buffer;
  try {
    file = readFileSync(join(dir, cacheEntryName(bytes, variant, build)));
  } catch {
    return null;
  }
  const entry = unpack(file, bytes, (h) => h.format === CACHE_FORMAT && h.build === build && h.variant === variant && Array.isArray(h.issues));
  if (entry === null) return null;
  const issues = entry.header.issues as CatalogIssue[];
  if (!issues.every((i) => typeof i?.detail?.id === 'string')) return null;
  if (!Array.isArray(entry.catalog.channels) || !Array.isArray(entry.catalog.topics)) return null;
  return { catalog: entry.catalog, issues };
}

/** Stores a catalog validated from `source`. Best effort: returns false when it could not. */
export function writeCachedCatalog(dir: string, source: string | Uint8Array, variant: CacheVariant, value: CachedCatalog, build: string = CACHE_BUILD): boolean {
  const bytes = bytesOf(source);
  const target = join(dir, cacheEntryName(bytes, variant, build));
  const temporary = `${target}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const packed = pack({ format: CACHE_FORMAT, build, variant, issues: value.issues }, value.catalog, bytes, value.precomputed ? { precomputed: value.precomputed } : {});
    writeFileSync(temporary, packed, { mode: 0o600 });
    renameSync(temporary, target);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the directory could not be made: there is no temporary file either
    }
    return false;
  }
  prune(dir, target);
  return true;
}

/** Removes all but the newest MAX_CACHE_ENTRIES entries, and temporary files left by killed runs. */
function prune(dir: string, keep: string): void {
  try {
    const now = Date.now();
    const entries: { path: string; mtime: number }[] = [];
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('catalog-')) continue;
      const path = join(dir, name);
      const mtime = statSync(path).mtimeMs;
      if (name.endsWith('.tmp')) {
        if (now - mtime > 60_000) rmSync(path, { force: true });
      } else if (path !== keep) {
        entries.push({ path, mtime });
      }
    }
    entries.sort((a, b) => b.mtime - a.mtime);
    for (const old of entries.slice(MAX_CACHE_ENTRIES - 1)) rmSync(old.path, { force: true });
  } catch {
    // another run pruned at the same moment, or the directory is not ours to tidy
  }
}
