// A cache of validated catalogs, so that a user's own catalog (~/.config/wxhelp/channels.yaml, or
// any --channels file) costs a YAML parse only the first time it is used. An entry keeps the exact
// text it was made from and wxhelp's version and build, and is used only when both match, so it is
// never trusted over the file: any change to a byte, or another wxhelp, misses. (Its file name is
// a quick hash of the same, to find it; no cryptographic hash, whose module alone would cost every
// start-up several milliseconds: the comparison of the text is the check.) Entries are written
// atomically (a private temporary file, then rename), so concurrent runs see a whole entry or none;
// an unreadable, corrupt or foreign entry is ignored, and a cache that cannot be written is no
// error. Only catalogs without errors are cached; their warnings are kept so they are still shown.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CatalogIssue } from './issues.js';
import type { Catalog } from './types.js';

/** Bumped when an entry's layout changes (2: issues carry their `detail`, so warnings are shown in the user's language). */
export const CACHE_FORMAT = 2;
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
}

interface Entry extends CachedCatalog {
  format: typeof CACHE_FORMAT;
  build: string;
  variant: CacheVariant;
  source: string;
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

/** FNV-1a over UTF-16 code units: each step is a bijection, so texts that differ in one unit always differ here. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The file an entry for this text, variant and build lives in (inside the cache directory). */
export function cacheEntryName(text: string, variant: CacheVariant, build: string = CACHE_BUILD): string {
  const head = `wxhelp-catalog\0${CACHE_FORMAT}\0${build}\0${variant}\0`;
  const a = fnv1a(text, fnv1a(head));
  const b = fnv1a(text, fnv1a(head, 0x01234567));
  return `catalog-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${text.length.toString(36)}.json`;
}

/** The cached catalog made from exactly `text` by this build, or null (none, unreadable, corrupt or another text). */
export function readCachedCatalog(dir: string, text: string, variant: CacheVariant, build: string = CACHE_BUILD): CachedCatalog | null {
  let raw: string;
  try {
    raw = readFileSync(join(dir, cacheEntryName(text, variant, build)), 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(raw) as Partial<Entry> | null;
    if (!entry || entry.format !== CACHE_FORMAT || entry.build !== build || entry.variant !== variant || entry.source !== text) return null;
    if (!Array.isArray(entry.issues) || typeof entry.catalog !== 'object' || entry.catalog === null) return null;
    if (!entry.issues.every((i) => typeof i?.detail?.id === 'string')) return null;
    if (!Array.isArray(entry.catalog.channels) || !Array.isArray(entry.catalog.topics)) return null;
    return { catalog: entry.catalog, issues: entry.issues };
  } catch {
    return null;
  }
}

/** Stores a catalog validated from `text`. Best effort: returns false when it could not. */
export function writeCachedCatalog(dir: string, text: string, variant: CacheVariant, value: CachedCatalog, build: string = CACHE_BUILD): boolean {
  const target = join(dir, cacheEntryName(text, variant, build));
  const temporary = `${target}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const entry: Entry = { format: CACHE_FORMAT, build, variant, source: text, issues: value.issues, catalog: value.catalog };
    writeFileSync(temporary, JSON.stringify(entry), { mode: 0o600 });
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
