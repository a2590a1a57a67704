// A cache of validated catalogs, so that a user's own catalog (~/.config/wxhelp/channels.yaml, or
// any --channels file) costs a YAML parse only the first time it is used. An entry is the
// catalog beside the exact bytes it was made from (the layout of the built-in snapshot,
// src/catalog/packed.ts) with wxhelp's version and build, and is used only when both match, so it
// is never trusted over the file: any change to a byte, or another wxhelp, misses. Its file name
// is a checksum of every byte of the source (checksum, below) with its length, so two catalogs
// seldom share an entry, and never its use: the bytes are compared.
//
// The cache trusts nothing it reads. An entry is read only from a directory the user owns that no
// one else may write to (as ssh treats ~/.ssh), only when it is a regular file of the user's, of a
// bounded size, opened without following a link or waiting on a pipe; it starts with a digest of
// the rest, checked before anything in it is used (the source's bytes at its end are compared in
// full); its catalog must have a catalog's shape (src/catalog/shape.ts); and the CLI cleans its
// text after reading as before writing. The library reads an entry whole and checks it before
// using it. The CLI reads one as the built-in snapshot is read, each part of the catalog parsed
// when a run first reads it (parsing the whole entry had cost a repeated run on a user's catalog
// a tenth more than one on the built-in catalog), and checks each part then: a damaged one is
// thrown as DamagedCacheEntry, on which the command runs again on the file (src/cli/program.ts).
// On any doubt the file is parsed and the entry replaced. Entries are written atomically (an
// exclusively created temporary file, then rename), so concurrent runs see a whole entry or none;
// a cache that cannot be written is no error. Only catalogs without errors are cached; their
// warnings are kept so they are still shown.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import type { CatalogIssue } from './issues.js';
import { bytesOf, pack, type ParsePart, unpack } from './packed.js';
import { MAX_CATALOG_BYTES } from './read-file.js';
import { hasCatalogShape, hasPartShape, requiredSections } from './shape.js';
import type { Catalog } from './types.js';

/** Bumped when an entry's layout changes (3: the packed layout, bytes compared, not a JSON document; 4: with precomputed parts; 5: the parts stored as bytes, the topics' index packed; 6: a digest line first; 7: a CRC-32 for a SHA-1; 8: the catalog in sections, as the snapshot's). */
export const CACHE_FORMAT = 8;
/**
 * Largest entry read: the source (at most MAX_CATALOG_BYTES) and its catalog as JSON in UTF-16LE,
 * with room to spare (a catalog of 5,000 channels, 10.9 MB, makes an entry of 28 MB).
 */
export const MAX_ENTRY_BYTES = 4 * MAX_CATALOG_BYTES;
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

/** How readCachedCatalog reads an entry's catalog. */
export interface CacheReadOptions {
  /**
   * Each part (a section, or an item of a list section) parsed when first read, and checked then:
   * one that is not what the header says or lacks its shape is thrown as DamagedCacheEntry; one
   * whose JSON shows a character a terminal acts on (a control, DEL, C1, a bidi mark or a line
   * separator, raw or escaped) is given to `clean`. Without it the catalog is read and checked whole.
   */
  lazy?: { clean: <T>(value: T) => T };
}

// Entries found damaged in this process: not read again until one is written in their place.
const damaged = new Set<string>();

/**
 * A part of a lazily read entry that passed the entry's digest but not its check (written by a
 * build with a bug, or edited by hand with the digest made anew), found when a run first read it.
 * The run is to discard the entry and start again: the file is then parsed and the entry replaced.
 */
export class DamagedCacheEntry extends Error {
  override readonly name = 'DamagedCacheEntry';
  constructor(readonly path: string) {
    super(`a damaged entry in the catalog cache: ${path}`);
  }

  /** Removes the entry; in this process it is not read again, even where it could not be removed. */
  discard(): void {
    damaged.add(this.path);
    try {
      rmSync(this.path, { force: true });
    } catch {
      // a directory no longer writable: the entry stays, unread here
    }
  }
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

/**
 * A checksum (CRC-32, 8 hex digits) of every byte of `parts`, by zlib, first asked for when a cache
 * is first used (a run on the built-in catalog never is). It finds an entry and detects damage
 * (what a CRC is made for); the source's bytes are compared in full. Measured on a repeated run
 * with a copy of the built-in catalog: node:crypto's SHA-1 took 4–5 ms to load and first use;
 * node:zlib's module about 2, most of it the streams it loads (a run on a user's catalog took
 * 1.17–1.20× the built-in one's time, against a bar of 1.10×); zlib's own function, without the
 * module, 0.2; a checksum in JavaScript costs a cold process more (its loop runs interpreted).
 */
export function checksum(parts: readonly Uint8Array[]): string {
  const crc32 = zlibCrc32();
  let crc = 0;
  for (const part of parts) crc = crc32(part, crc);
  return crc.toString(16).padStart(8, '0');
}

type Crc32 = (data: Uint8Array, value: number) => number;
let crc32Function: Crc32 | undefined;

/**
 * zlib's CRC-32: node:zlib's own, from Node's binding of zlib (the function node:zlib's crc32 calls
 * after checking its arguments), else node:zlib's crc32 where the binding or the function is
 * missing. process.binding is deprecated (its warning, shown only with --pending-deprecation, is
 * silenced for the one call); test/catalog/cache.test.ts holds the two to the same values.
 */
export function zlibCrc32(): Crc32 {
  if (crc32Function !== undefined) return crc32Function;
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = (process as unknown as { binding?: (name: string) => { crc32?: unknown } }).binding?.('zlib');
    if (typeof binding?.crc32 === 'function') crc32Function = binding.crc32 as Crc32;
  } catch {
    // no such binding here: node:zlib below
  } finally {
    process.noDeprecation = quiet;
  }
  crc32Function ??= process.getBuiltinModule('node:zlib').crc32;
  return crc32Function;
}

/** The file an entry for this source, variant and build lives in (inside the cache directory). */
export function cacheEntryName(source: string | Uint8Array, variant: CacheVariant, build: string = CACHE_BUILD): string {
  const bytes = bytesOf(source);
  const digest = checksum([Buffer.from(`wxhelp-catalog\0${CACHE_FORMAT}\0${build}\0${variant}\0`), bytes]);
  return `catalog-${digest}-${bytes.length.toString(36)}.entry`;
}

// An entry's first line: this prefix and the checksum of everything after the line up to the source's
// bytes, which are compared with the file's in full instead (so a hit hashes the catalog's JSON once).
const DIGEST_PREFIX = 'wxhelp-entry digest=';
const DIGEST_LINE = DIGEST_PREFIX.length + 8 + 1;

/** The user running this, or undefined where there are no user ids (Windows): then ownership is not checked. */
const userId = (): number | undefined => (typeof process.getuid === 'function' ? process.getuid() : undefined);

/**
 * Whether `dir` may hold entries this user trusts: a directory (a link to one is followed) owned
 * by the user, which neither group nor others may write to. As ssh does with ~/.ssh: a cache
 * another user could write would let them choose the answers.
 */
export function trustedCacheDir(dir: string): boolean {
  try {
    const stat = statSync(dir);
    const uid = userId();
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * An entry file's bytes, or null: only a regular file of the user's that no one else may write,
 * at most MAX_ENTRY_BYTES, opened without following a link (a link to /dev/zero) or waiting on a
 * pipe, and read to the size it had when opened.
 */
function readEntryFile(path: string): Buffer | null {
  let fd: number | undefined;
  try {
    const seen = lstatSync(path);
    if (!seen.isFile() || seen.size > MAX_ENTRY_BYTES) return null;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    const uid = userId();
    if (!stat.isFile() || stat.ino !== seen.ino || stat.dev !== seen.dev || stat.size > MAX_ENTRY_BYTES) return null;
    if ((uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return null;
    const file = Buffer.allocUnsafe(stat.size);
    let done = 0;
    while (done < file.length) {
      const n = readSync(fd, file, done, file.length - done, done);
      if (n === 0) return null; // shrank while read
      done += n;
    }
    return file;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// A character sanitize (src/render/terminal/sanitize.ts) would change, as it can appear in JSON
// text: raw (C0, DEL, C1, U+061C, U+200E/F, U+2028–202E, U+2066–2069), or as a short or \u escape.
// (An escaped backslash before an n reads as one too: the part is then cleaned, which changes nothing.)
const CONTROL_IN_PART =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|\\(?:[nrtbf]|u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|061[cC]|200[eEfF]|202[89a-eA-E]|206[6-9]))/;

/** The packed part of an entry made from `source` whose digest line matches it, or null. */
function verified(file: Buffer, source: Uint8Array): Buffer | null {
  if (
    file.length < DIGEST_LINE + source.length ||
    file.toString('latin1', 0, DIGEST_PREFIX.length) !== DIGEST_PREFIX ||
    file[DIGEST_LINE - 1] !== 10
  )
    return null;
  const body = file.subarray(DIGEST_LINE);
  // The source's bytes end the entry and are compared with the file's by unpack: hashed up to them.
  const digest = checksum([body.subarray(0, body.length - source.length)]);
  return file.toString('latin1', DIGEST_PREFIX.length, DIGEST_LINE - 1) === digest ? body : null;
}

/** An entry's bytes: the digest line, then the packed entry (which ends with the source's bytes). */
function withDigest(packed: Uint8Array, source: Uint8Array): Buffer {
  const digest = checksum([packed.subarray(0, packed.length - source.length)]);
  return Buffer.concat([Buffer.from(`${DIGEST_PREFIX}${digest}\n`, 'latin1'), packed]);
}

/**
 * The cached catalog made from exactly `source` by this build, or null (none, unreadable, corrupt
 * or another source). Read whole and checked, or with `lazy` part by part (CacheReadOptions).
 */
export function readCachedCatalog(
  dir: string,
  source: string | Uint8Array,
  variant: CacheVariant,
  build: string = CACHE_BUILD,
  options: CacheReadOptions = {},
): CachedCatalog | null {
  const bytes = bytesOf(source);
  if (!trustedCacheDir(dir)) return null;
  const path = join(dir, cacheEntryName(bytes, variant, build));
  if (damaged.has(path)) return null;
  const file = readEntryFile(path);
  const body = file === null ? null : verified(file, bytes);
  if (body === null) return null;
  const clean = options.lazy?.clean;
  const parsePart: ParsePart | undefined =
    clean &&
    ((json, section, id) => {
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        throw new DamagedCacheEntry(path);
      }
      if (!hasPartShape(section, value, id !== undefined) || (id !== undefined && (value as { id: unknown }).id !== id))
        throw new DamagedCacheEntry(path);
      return CONTROL_IN_PART.test(json) ? clean(value) : value;
    });
  const entry = unpack(
    body,
    bytes,
    // Only the layout the cache writes: the catalog in sections.
    (h) => h.format === CACHE_FORMAT && h.build === build && h.variant === variant && Array.isArray(h.issues) && Array.isArray(h.sections),
    { lazy: parsePart !== undefined, parsePart },
  );
  if (entry === null) return null;
  const issues = entry.header.issues as CatalogIssue[];
  if (!issues.every((i) => typeof i?.detail?.id === 'string' && typeof i.message === 'string' && i.severity === 'warning')) return null;
  if (clean === undefined) return hasCatalogShape(entry.catalog) ? { catalog: entry.catalog, issues } : null;
  // Read part by part: every section the shape requires is there (each is checked when read), and
  // cleaning changes no section's name nor item's id in the header (ids are listed, in hints,
  // without their items being read): the cache writes none it would change.
  const present = new Set(entry.header.sections!.map((section) => section[0]));
  if (!requiredSections().every((section) => present.has(section))) return null;
  const names = [...present, ...(entry.header.items ?? []).flatMap((list) => list[1])];
  return names.some((name) => clean(name) !== name) ? null : { catalog: entry.catalog, issues };
}

/** Stores a catalog validated from `source`. Best effort: returns false when it could not. */
export function writeCachedCatalog(
  dir: string,
  source: string | Uint8Array,
  variant: CacheVariant,
  value: CachedCatalog,
  build: string = CACHE_BUILD,
): boolean {
  const bytes = bytesOf(source);
  const target = join(dir, cacheEntryName(bytes, variant, build));
  const temporary = `${target}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}.tmp`;
  try {
    makeCacheDir(dir);
    if (!trustedCacheDir(dir)) return false; // another user's, or open to others: not used at all
    const packed = pack({ format: CACHE_FORMAT, build, variant, issues: value.issues }, value.catalog, bytes, {
      sections: true,
      ...(value.precomputed ? { precomputed: value.precomputed } : {}),
    });
    // 'wx': created here, never a file or link already there.
    writeFileSync(temporary, withDigest(packed, bytes), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, target);
    damaged.delete(target);
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

/**
 * The cache directory, made private (0700) if missing, with any missing parents; one level at a
 * time: Node's recursive mkdir spins forever where a folder reads as missing but cannot be made
 * (under /proc).
 */
function makeCacheDir(dir: string): void {
  if (existsSync(dir)) return;
  const missing: string[] = [];
  for (let at = dir; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.push(at);
  for (const folder of missing.reverse()) mkdirSync(folder, { mode: 0o700 });
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
