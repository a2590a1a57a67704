// The catalog a command uses: located by precedence, read with limits, validated. Any error is
// exit 3 with the first problem as file:line:col; warnings go to stderr and do not stop the run.
// The unmodified built-in catalog comes from its build-time snapshot, any other file from the
// cache of validated catalogs when its exact text was seen before (src/catalog/cache.ts); the YAML
// parser is loaded only for a file that is in neither.
import { readFileSync } from 'node:fs';
import { builtinCatalogPath, builtinSnapshotPath } from '../../catalog/builtin.js';
import { catalogCacheDir, readCachedCatalog, writeCachedCatalog } from '../../catalog/cache.js';
import type { CatalogIssue } from '../../catalog/issues.js';
import { locateCatalog, type CatalogOrigin } from '../../catalog/locate.js';
import { parseCatalogInterruptibly } from '../../catalog/parse-off-thread.js';
import { CatalogError, decodeCatalog, invalidProblem, readCatalogBytesAsync } from '../../catalog/read-file.js';
import { sameBytes } from '../../catalog/packed.js';
import { TRADITIONAL_CATALOG } from '../../hant/names.js';
import { storedInTraditional } from '../../hant/stored.js';
import { allPrecomputed, attachPrecomputed } from '../../catalog/precomputed.js';
import { catalogFromSnapshot } from '../../catalog/snapshot.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { issueLine, readProblemText } from '../../catalog/messages.js';
import { sanitize, sanitizeDeep } from '../../render/terminal/sanitize.js';
import type { Context } from './context.js';
import { catalogError } from './errors.js';

export const BUILTIN_CATALOG = builtinCatalogPath();
const BUILTIN_SNAPSHOT = builtinSnapshotPath();

export interface LoadedCatalog {
  catalog: Catalog;
  path: string;
}

function builtinFromSnapshot(path: string, lang: Lang): Catalog | null {
  let source: Buffer;
  try {
    source = readFileSync(path); // bytes: compared with the snapshot's, never decoded
  } catch {
    return null; // let the full loader report it
  }
  // Sections parsed as they are read: `phone` reads the channels, not the emergencies' steps.
  // A zh-Hant run reads the catalog the build gave its Traditional text (src/hant/catalog.ts).
  return catalogFromSnapshot(BUILTIN_SNAPSHOT, source, { lazy: true, form: lang === 'zh-Hant' ? TRADITIONAL_CATALOG : undefined });
}

/** The catalog in use: --channels, then WXHELP_CHANNELS, then the XDG file, then the built-in one. */
export function locateCatalogFor(ctx: Context): { path: string; origin: CatalogOrigin } {
  return locateCatalog({ flag: ctx.options.channels, env: ctx.io.env, homeDir: ctx.io.homeDir, builtin: BUILTIN_CATALOG });
}

/** Runs a catalog read, turning its CatalogError into the CLI's exit-3 error saying (in `lang`) what is wrong. */
async function asCliError<T>(read: () => T | Promise<T>, lang: Lang): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CatalogError) {
      const { message, hint } = readProblemText(lang, error.problem);
      throw catalogError(error.code, message, hint);
    }
    throw error;
  }
}

/** A catalog file's bytes, or the CLI's exit-3 error saying why it cannot be read. */
function readCatalogBytesFor(path: string, origin: CatalogOrigin | undefined, lang: Lang): Promise<Uint8Array> {
  return asCliError(() => readCatalogBytesAsync(path, { origin }), lang);
}

/** A catalog file's text, or the CLI's exit-3 error saying why it cannot be read (or is not UTF-8). */
export async function readCatalogText(path: string, origin: CatalogOrigin | undefined, lang: Lang): Promise<string> {
  const bytes = await readCatalogBytesFor(path, origin, lang);
  return asCliError(() => decodeCatalog(bytes, path), lang);
}

export async function loadCatalogFor(ctx: Context): Promise<LoadedCatalog> {
  const { path, origin } = locateCatalogFor(ctx);
  const { lang } = ctx.options;
  if (origin === 'builtin') {
    const catalog = builtinFromSnapshot(path, lang);
    if (catalog) return { catalog: await inLanguage(catalog, lang), path };
  }
  const { catalog, warnings } = await parseCatalogFile(
    path,
    origin,
    ctx.options.cache === false ? undefined : catalogCacheDir(ctx.io),
    lang,
  );
  // Human output: on stderr. JSON: in the envelope's `warnings`, so a script sees them too.
  // Each once in a run: a command run again on the file (a damaged cache entry) has shown them.
  if (ctx.options.json) ctx.catalogWarnings = warnings.map(sanitize);
  else {
    ctx.warningsShown ??= new Set();
    const shown = ctx.warningsShown;
    for (const warning of warnings.map(sanitize)) {
      if (shown.has(warning)) continue;
      shown.add(warning);
      ctx.io.stderr.write(`${warning}\n`);
    }
  }
  return { catalog: await inLanguage(catalog, lang), path };
}

/**
 * loadCatalogFor, with every part of a catalog from the cache read now: for a command that prints
 * before it has read all it will (`ask`), so that a damaged entry is found before anything is
 * shown. (The built-in snapshot, made by the build, is read as it is used.)
 */
export async function loadWholeCatalogFor(ctx: Context): Promise<LoadedCatalog> {
  const loaded = await loadCatalogFor(ctx);
  if (loaded.path !== BUILTIN_CATALOG)
    for (const section of Object.keys(loaded.catalog)) void (loaded.catalog as unknown as Record<string, unknown>)[section];
  return loaded;
}

/**
 * The catalog ready to speak `lang`: for zh-Hant, every text given its Traditional form — the
 * built-in catalog read from its Traditional copy has it already; any other gets it from
 * src/hant/prepare.ts, loaded only then.
 */
async function inLanguage(catalog: Catalog, lang: Lang): Promise<Catalog> {
  if (lang !== 'zh-Hant') return catalog;
  return storedInTraditional(catalog) ?? (await import('../../hant/prepare.js')).inTraditional(catalog);
}

// The built-in catalog already read in this process, by its exact bytes: where there is no
// build-time snapshot (running from source, as tests do), a process that runs many commands parses it once.
const parsed = new Map<string, { bytes: Uint8Array; value: { catalog: Catalog; issues: readonly CatalogIssue[] } }>();

/**
 * Read, parse and validate a catalog file (or take it from this process's memory, or from the
 * cache in `cacheDir` when it holds the bytes just read: then they are not even decoded); CLI
 * errors on failure. Catalog text comes back cleaned.
 */
async function parseCatalogFile(
  path: string,
  origin: CatalogOrigin | undefined,
  cacheDir: string | undefined,
  lang: Lang,
): Promise<{ catalog: Catalog; warnings: string[] }> {
  const bytes = await readCatalogBytesFor(path, origin, lang);
  // Only the built-in file is remembered (a user's catalog has the cache, which must see every run).
  const known = origin === 'builtin' ? parsed.get(path) : undefined;
  const value = known && sameBytes(known.bytes, bytes) ? known.value : await parseCatalogBytes(path, bytes, cacheDir, lang);
  if (origin === 'builtin' && !known) {
    if (parsed.size > 8) parsed.clear();
    parsed.set(path, { bytes, value });
  }
  // Warnings are worded here, in the user's language (the cache keeps them as data).
  return { catalog: value.catalog, warnings: value.issues.map((w) => issueLine(lang, path, w)) };
}

async function parseCatalogBytes(
  path: string,
  bytes: Uint8Array,
  cacheDir: string | undefined,
  lang: Lang,
): Promise<{ catalog: Catalog; issues: readonly CatalogIssue[] }> {
  // Parsed part by part as the run reads it, each part checked then (and cleaned where its JSON shows
  // a character a terminal acts on): a damaged one ends the run with DamagedCacheEntry, and the
  // command runs again on the file (src/cli/program.ts).
  const cached = cacheDir === undefined ? null : readCachedCatalog(cacheDir, bytes, 'clean', undefined, { lazy: { clean: sanitizeDeep } });
  if (cached) {
    // A zh-Hant run on an entry made without the Traditional text: made once now, and stored.
    const hant = lang === 'zh-Hant' ? await import('../../hant/prepare.js') : undefined;
    if (hant && !hant.hasTraditionalText(cached.catalog)) {
      const parts = { ...allPrecomputed(cached.catalog), [hant.TRADITIONAL_TEXT]: await hant.traditionalPart(cached.catalog) };
      attachPrecomputed(cached.catalog, Object.fromEntries(Object.entries(parts).map(([name, value]) => [name, () => value])));
      writeCachedCatalog(cacheDir!, bytes, 'clean', { catalog: cached.catalog, issues: cached.issues, precomputed: parts });
    }
    return { catalog: cached.catalog, issues: cached.issues };
  }
  const text = await asCliError(() => decodeCatalog(bytes, path), lang);
  const { catalog, issues } = await parseCatalogInterruptibly({ text, fileName: path, checkNumbers: false });
  if (!catalog || issues.some((i) => i.severity === 'error')) {
    const { message, hint } = readProblemText(lang, invalidProblem(path, issues));
    throw catalogError('CATALOG_INVALID', message, hint);
  }
  // Catalog text reaches terminals and scripts: no control characters, ever.
  const clean = sanitizeDeep(catalog);
  if (cacheDir !== undefined) {
    // What the built-in snapshot also holds, worked out now (the matcher, loaded for it) so that
    // repeated runs on this catalog are as quick as on the built-in one; this run uses it too.
    // The Traditional text too, for a zh-Hant run (the converter is loaded only then).
    const { loadFolding, precomputeFor } = await import('../../match/index.js');
    await loadFolding();
    const hant = lang === 'zh-Hant' ? await import('../../hant/prepare.js') : undefined;
    const parts = { ...precomputeFor(clean), ...(hant ? { [hant.TRADITIONAL_TEXT]: await hant.traditionalPart(clean) } : {}) };
    attachPrecomputed(clean, Object.fromEntries(Object.entries(parts).map(([name, value]) => [name, () => value])));
    writeCachedCatalog(cacheDir, bytes, 'clean', { catalog: clean, issues, precomputed: parts });
  }
  return { catalog: clean, issues };
}
