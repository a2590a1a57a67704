// The cache of validated catalogs: served only for the exact bytes and build it was made from,
// ignored when damaged or unreachable, written whole even by runs at the same moment, and its
// warnings still reported on a hit.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cacheEntryName,
  catalogCacheDir,
  checksum,
  DamagedCacheEntry,
  MAX_CACHE_ENTRIES,
  readCachedCatalog as readEntry,
  writeCachedCatalog,
  zlibCrc32,
} from '../../src/catalog/cache.js';
import { lazyItemsOf, pack } from '../../src/catalog/packed.js';
import type { Catalog } from '../../src/catalog/types.js';
import { loadCatalog } from '../../src/index.js';
import { BIN } from '../e2e/run-bin.js';
import { runCli } from '../support/fake-io.js';
import { readPackedIndex } from '../../src/match/packed-index.js';
import { fakeCatalog } from '../support/fake-catalog.js';
import { builtin } from '../match/catalog.js';
import { sanitizeDeep } from '../../src/render/terminal/sanitize.js';
import { entryParts, packedOf, rewriteEntry, writeEntry } from '../support/cache-entry.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wxhelp-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(work, `d${n++}`);

const minimal = readFileSync(join(root, 'test/catalog/fixtures/minimal.yaml'), 'utf8');
// An unknown key is a warning: the catalog is valid and cached, and the warning must still show.
const withWarning = `${minimal}\nextraTopLevel: true\n`;
const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

function catalogFile(text: string): string {
  const file = join(freshDir(), 'channels.yaml');
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}
const entries = (dir: string) => readdirSync(join(dir, 'wxhelp')).filter((f) => f.endsWith('.entry'));
/** What an entry holds for the caller (its catalog and warnings; not how it was found). */
const readCachedCatalog = (...args: Parameters<typeof readEntry>) => {
  const entry = readEntry(...args);
  return entry && { catalog: entry.catalog, issues: entry.issues };
};
describe('cache entries', () => {
  it('a hit returns what was written, for the same text, variant and build only', () => {
    const dir = freshDir();
    const issues = [
      {
        severity: 'warning' as const,
        line: 3,
        column: 1,
        path: 'x',
        message: "unknown key 'x', ignored (allowed: id)",
        detail: { id: 'unknown-key' as const, key: "'x'", allowed: ['id'] },
      },
    ];
    expect(writeCachedCatalog(dir, minimal, 'clean', { catalog: fakeCatalog('one'), issues }, '0.1.0+a')).toBe(true);
    expect(readCachedCatalog(dir, minimal, 'clean', '0.1.0+a')).toEqual({ catalog: fakeCatalog('one'), issues });
    expect(readCachedCatalog(dir, minimal, 'clean', '0.2.0+a')).toBeNull(); // another version
    expect(readCachedCatalog(dir, minimal, 'clean', '0.1.0+b')).toBeNull(); // another build
    expect(readCachedCatalog(dir, minimal, 'as-written', '0.1.0+a')).toBeNull();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('misses on any change of one character of the text (and a small text names another entry)', () => {
    const dir = freshDir();
    writeCachedCatalog(dir, minimal, 'clean', { catalog: fakeCatalog('one'), issues: [] });
    fc.assert(
      fc.property(fc.nat(minimal.length - 1), fc.integer({ min: 1, max: 0xffff }), (i, delta) => {
        const changed = minimal.slice(0, i) + String.fromCharCode((minimal.charCodeAt(i) + delta) % 0x10000) + minimal.slice(i + 1);
        expect(readCachedCatalog(dir, changed, 'clean')).toBeNull();
        expect(cacheEntryName(changed, 'clean')).not.toBe(cacheEntryName(minimal, 'clean'));
      }),
      { numRuns: 300 },
    );
    expect(readCachedCatalog(dir, `${minimal} `, 'clean')).toBeNull();
    expect(readCachedCatalog(dir, minimal.slice(0, -1), 'clean')).toBeNull();
  });

  it('misses on any changed byte of a large catalog, and every changed byte names another entry', () => {
    const dir = freshDir();
    const large = Buffer.from(`${minimal}${'# a long comment line\n'.repeat(2000)}`);
    writeCachedCatalog(dir, large, 'clean', { catalog: fakeCatalog('large'), issues: [] });
    expect(readCachedCatalog(dir, large, 'clean')).toEqual({ catalog: fakeCatalog('large'), issues: [] });
    let sameName = 0;
    for (let i = 0; i < large.length; i += 97) {
      const changed = Buffer.from(large);
      changed[i] = changed[i]! ^ 0x20;
      expect(readCachedCatalog(dir, changed, 'clean')).toBeNull();
      if (cacheEntryName(changed, 'clean') === cacheEntryName(large, 'clean')) sameName++;
    }
    // The name is a CRC-32 of every byte: a change within a few bytes always names another entry.
    expect(sameName).toBe(0);
  });

  it('is never trusted over the text, even when another text lands on the same file name', () => {
    const dir = freshDir();
    writeCachedCatalog(dir, minimal, 'clean', { catalog: fakeCatalog('one'), issues: [] });
    const other = minimal.replace('In-app help', 'In-app HELP');
    // Simulate a name collision: the other text's entry file holds this text's entry.
    writeFileSync(join(dir, cacheEntryName(other, 'clean')), readFileSync(join(dir, cacheEntryName(minimal, 'clean'))));
    expect(readCachedCatalog(dir, other, 'clean')).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['truncated', 'TRUNCATED'],
    ['not JSON', '\u0000\u0001garbage'],
    ['a header of null', 'null\n'],
    ['an array for a header', '[]\n'],
    ['catalogBytes past the end', 'PAST-END'],
    ['a header of another format', 'OTHER-FORMAT'],
    ['no issues list', 'NO-ISSUES'],
    ['an issue without its detail', 'NO-DETAIL'],
    ['catalog without channels', 'NO-CHANNELS'],
    ['a section that is not JSON', 'BAD-CATALOG'],
    ['catalog whole (UTF-8), not in sections as the cache writes it', 'WHOLE'],
  ])('a corrupt entry (%s) is ignored', (_name, content) => {
    const dir = freshDir();
    const issues = [
      {
        severity: 'warning' as const,
        line: 1,
        column: 1,
        path: 'x',
        message: 'm',
        detail: { id: 'unknown-key' as const, key: "'x'", allowed: ['id'] },
      },
    ];
    writeCachedCatalog(dir, minimal, 'clean', { catalog: fakeCatalog('one'), issues });
    const path = join(dir, cacheEntryName(minimal, 'clean'));
    expect(readCachedCatalog(dir, minimal, 'clean')).not.toBeNull();
    const good = readFileSync(path);
    if (content === 'TRUNCATED') writeFileSync(path, good.subarray(0, good.length - 10));
    else if (content === 'PAST-END')
      writeFileSync(path, Buffer.from(good.toString('latin1').replace(/"catalogBytes":\d+/, '"catalogBytes":99999999'), 'latin1'));
    else if (content === 'OTHER-FORMAT') rewriteEntry(path, { header: (h) => ({ ...h, format: 2 }) });
    else if (content === 'NO-ISSUES') rewriteEntry(path, { header: ({ issues: _issues, ...h }) => h });
    else if (content === 'NO-DETAIL') rewriteEntry(path, { header: (h) => ({ ...h, issues: [{ severity: 'warning' }] }) });
    else if (content === 'NO-CHANNELS') rewriteEntry(path, { catalog: (j) => JSON.stringify({ ...JSON.parse(j), channels: undefined }) });
    else if (content === 'BAD-CATALOG') {
      // The first section's first character (schemaVersion's "1", in UTF-16LE) made an "x".
      const packed = Buffer.from(packedOf(path));
      packed[packed.indexOf(10) + 1] = 0x78;
      writeEntry(path, packed, entryParts(path).source.length);
    } else if (content === 'WHOLE') {
      const parts = entryParts(path);
      const { catalogBytes: _bytes, sections: _sections, items: _items, ...fields } = parts.header;
      writeEntry(path, pack(fields, JSON.parse(parts.catalog) as Catalog, parts.source), parts.source.length);
    } else writeFileSync(path, content);
    expect(readCachedCatalog(dir, minimal, 'clean')).toBeNull();
  });

  it('an unwritable cache directory is no error: nothing is written', () => {
    const file = join(freshDir(), 'a-file');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'not a directory');
    expect(writeCachedCatalog(join(file, 'wxhelp'), minimal, 'clean', { catalog: fakeCatalog('x'), issues: [] })).toBe(false);
    expect(readCachedCatalog(join(file, 'wxhelp'), minimal, 'clean')).toBeNull();
  });

  it(`keeps the newest ${MAX_CACHE_ENTRIES} entries and drops leftovers of killed runs`, () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const old = join(dir, 'catalog-old.json.123-abcd.tmp');
    writeFileSync(old, '{');
    utimesSync(old, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    for (let i = 0; i < MAX_CACHE_ENTRIES + 3; i++) {
      const text = `${minimal}#${i}`;
      writeCachedCatalog(dir, text, 'clean', { catalog: fakeCatalog(String(i)), issues: [] });
      const t = new Date(Date.now() - (MAX_CACHE_ENTRIES + 3 - i) * 1000);
      utimesSync(join(dir, cacheEntryName(text, 'clean')), t, t);
    }
    const names = readdirSync(dir);
    expect(names).toHaveLength(MAX_CACHE_ENTRIES);
    expect(names).toContain(cacheEntryName(`${minimal}#${MAX_CACHE_ENTRIES + 2}`, 'clean'));
    expect(names).not.toContain(cacheEntryName(`${minimal}#0`, 'clean'));
  });
});

describe("an entry read part by part (the CLI's way)", () => {
  const clean = <T>(value: T) => value;
  const lazily = { lazy: { clean } };

  it('parses each part when first read, checks it then, and a damaged one is thrown, put aside and not read again until written anew', () => {
    const dir = freshDir();
    const catalog = structuredClone(builtin);
    writeCachedCatalog(dir, minimal, 'clean', { catalog, issues: [] });
    const path = join(dir, cacheEntryName(minimal, 'clean'));
    // Whole or part by part, the same catalog.
    expect(JSON.parse(JSON.stringify(readCachedCatalog(dir, minimal, 'clean', undefined, lazily)!.catalog))).toEqual(catalog);
    // The second channel's name made null, the digest made anew: the entry still opens.
    rewriteEntry(path, {
      catalog: (json) => {
        const c = JSON.parse(json) as { channels: { name: unknown }[] };
        c.channels[1]!.name = null;
        return JSON.stringify(c);
      },
    });
    expect(readEntry(dir, minimal, 'clean')).toBeNull(); // read whole (the library's way): refused at once
    const read = readEntry(dir, minimal, 'clean', undefined, lazily)!.catalog;
    expect(read.topics).toEqual(catalog.topics); // what is whole is served
    const ids = catalog.channels.map((c) => c.id);
    expect(lazyItemsOf(read)!.item('channels', ids[0]!)).toEqual(catalog.channels[0]);
    let thrown: unknown;
    try {
      lazyItemsOf(read)!.item('channels', ids[1]!);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DamagedCacheEntry);
    expect((thrown as DamagedCacheEntry).path).toBe(path);
    expect(() => read.channels).toThrow(DamagedCacheEntry);
    const damaged = readFileSync(path);
    (thrown as DamagedCacheEntry).discard();
    expect(readdirSync(dir).filter((f) => f.endsWith('.entry'))).toEqual([]);
    // Put back by hand, it is still not read in this process; written by the cache, it is.
    writeFileSync(path, damaged);
    expect(readEntry(dir, minimal, 'clean', undefined, lazily)).toBeNull();
    writeCachedCatalog(dir, minimal, 'clean', { catalog, issues: [] });
    expect(readEntry(dir, minimal, 'clean', undefined, lazily)).not.toBeNull();
  });

  /** The entry for `minimal` holding the built-in catalog, with its header's channel ids changed (the digest made anew). */
  function withChannelIds(change: (ids: string[]) => string[]): string {
    const dir = freshDir();
    writeCachedCatalog(dir, minimal, 'clean', { catalog: structuredClone(builtin), issues: [] });
    const path = join(dir, cacheEntryName(minimal, 'clean'));
    const packed = packedOf(path);
    const newline = packed.indexOf(10);
    const header = JSON.parse(packed.toString('utf8', 0, newline)) as { items: [string, string[], number[]][] };
    const channels = header.items.find(([key]) => key === 'channels')!;
    channels[1] = change(channels[1]);
    const line = JSON.stringify(header);
    const padded = Buffer.byteLength(line) % 2 === 0 ? `${line} ` : line;
    writeEntry(path, Buffer.concat([Buffer.from(`${padded}\n`), packed.subarray(newline + 1)]), Buffer.byteLength(minimal));
    return dir;
  }

  it('an item that is not the one the header names is damage too', () => {
    const dir = withChannelIds((ids) => [...ids].reverse()); // the ids swapped, the items where they were
    const read = readEntry(dir, minimal, 'clean', undefined, lazily)!.catalog;
    expect(() => read.channels).toThrow(DamagedCacheEntry);
  });

  it('an id in the header that cleaning would change: the entry is not used (ids are shown without their items)', () => {
    const cleaning = { lazy: { clean: sanitizeDeep } };
    expect(
      readEntry(
        withChannelIds((ids) => ids),
        minimal,
        'clean',
        undefined,
        cleaning,
      ),
    ).not.toBeNull();
    const dir = withChannelIds(([first, ...rest]) => [`${first}\u001b[2J`, ...rest]);
    expect(readEntry(dir, minimal, 'clean', undefined, cleaning)).toBeNull();
  });
});

describe("the cache's CRC-32", () => {
  it("is zlib's, from Node's binding: the same values as node:zlib's crc32, chained or not", () => {
    const { crc32 } = process.getBuiltinModule('node:zlib');
    expect(zlibCrc32()).not.toBe(crc32); // the binding's own, where this Node has it
    expect(zlibCrc32()(Buffer.from('123456789'), 0)).toBe(0xcbf43926); // CRC-32's check value
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 0xffffffff }), (a, b, start) => {
        expect(zlibCrc32()(a, start)).toBe(crc32(a, start));
        expect(zlibCrc32()(b, zlibCrc32()(a, 0))).toBe(crc32(Buffer.concat([a, b]), 0));
      }),
    );
    expect(checksum([Buffer.from('1234'), Buffer.from('56789')])).toBe('cbf43926');
  });
});

describe('where the cache lives', () => {
  it('$XDG_CACHE_HOME/wxhelp, else ~/.cache/wxhelp; off with WXHELP_NO_CACHE=1 or without a real home', () => {
    expect(catalogCacheDir({ env: { XDG_CACHE_HOME: '/x/cache' }, homeDir: '/home/u' })).toBe('/x/cache/wxhelp');
    expect(catalogCacheDir({ env: { XDG_CACHE_HOME: 'relative' }, homeDir: work })).toBe(join(work, '.cache', 'wxhelp'));
    expect(catalogCacheDir({ env: {}, homeDir: work })).toBe(join(work, '.cache', 'wxhelp'));
    expect(catalogCacheDir({ env: {}, homeDir: join(work, 'no-such-home') })).toBeUndefined();
    expect(catalogCacheDir({ env: {}, homeDir: '' })).toBeUndefined();
    expect(catalogCacheDir({ env: { XDG_CACHE_HOME: '/x', WXHELP_NO_CACHE: '1' }, homeDir: work })).toBeUndefined();
    expect(catalogCacheDir({ env: { XDG_CACHE_HOME: '/x', WXHELP_NO_CACHE: '0' }, homeDir: work })).toBe('/x/wxhelp');
  });
});

describe('the CLI with a user catalog', () => {
  it('first run writes an entry; a hit gives the same output and still reports the warnings', async () => {
    const cache = freshDir();
    const file = catalogFile(withWarning);
    const env = { XDG_CACHE_HOME: cache };
    const first = await runCli(['channels', '--channels', file, ...AT], { env });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/warning: .*extraTopLevel/);
    expect(entries(cache)).toHaveLength(1);
    const again = await runCli(['channels', '--channels', file, ...AT], { env });
    expect(again).toEqual(first);
    const json = await runCli(['channels', '--json', '--channels', file, ...AT], { env });
    expect(json.code).toBe(0);
    expect(entries(cache)).toHaveLength(1);
  });

  it('is served from the cache on a hit (an entry changed behind its back shows), and never over a changed file', async () => {
    const cache = freshDir();
    const file = catalogFile(minimal);
    const env = { XDG_CACHE_HOME: cache };
    await runCli(['channels', '--json', '--channels', file, ...AT], { env });
    const [entry] = entries(cache);
    const path = join(cache, 'wxhelp', entry!);
    rewriteEntry(path, { catalog: (json) => json.replace('"In-app help"', '"Served from the cache"') });
    const hit = await runCli(['channels', '--json', '--channels', file, ...AT], { env });
    expect(hit.stdout).toContain('Served from the cache');
    writeFileSync(file, minimal.replace('en: In-app help', 'en: Edited in the file'));
    const edited = await runCli(['channels', '--json', '--channels', file, ...AT], { env });
    expect(edited.stdout).toContain('Edited in the file');
    expect(edited.stdout).not.toContain('Served from the cache');
    expect(entries(cache)).toHaveLength(2);
  });

  it('an entry holds the free-text indexes (topics, needs): a hit matches words as the first run did, and a damaged index is only made anew', async () => {
    const cache = freshDir();
    const file = catalogFile(readFileSync(join(root, 'channels.yaml'), 'utf8'));
    const env = { XDG_CACHE_HOME: cache };
    const words = ['recommend', '我的微信号被盗了', '--json', '--channels', file, ...AT];
    const first = await runCli(words, { env });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).match.topic).toBe('account-security');
    const path = join(cache, 'wxhelp', entries(cache)[0]!);
    const parts = entryParts(path);
    const stored = parts.header.precomputed as [string, number][];
    expect(stored.map(([name]) => name)).toEqual(['topicIndex', 'needIndex']);
    const topicBytes = stored[0]![1];
    expect(topicBytes + stored[1]![1]).toBe(parts.precomputed.length);
    expect(readPackedIndex(parts.precomputed.subarray(0, topicBytes))!.ids).toContain('account-security');
    expect(readPackedIndex(parts.precomputed.subarray(topicBytes))).not.toBeNull();
    expect(await runCli(words, { env })).toEqual(first);
    // The indexes' bytes damaged, their length kept: the entry is still used, the indexes made anew.
    const damaged = Buffer.from(parts.precomputed);
    damaged[0] = 0x5b; // '[' instead of the header's '{'
    damaged[topicBytes] = 0x5b;
    writeFileSync(
      path,
      Buffer.concat([
        readFileSync(path).subarray(0, readFileSync(path).length - parts.source.length - parts.precomputed.length),
        damaged,
        parts.source,
      ]),
    );
    expect(await runCli(words, { env })).toEqual(first);
  });

  it('--no-cache and WXHELP_NO_CACHE=1 neither read nor write it', async () => {
    const cache = freshDir();
    const file = catalogFile(minimal);
    for (const [args, env] of [
      [['--no-cache'], { XDG_CACHE_HOME: cache }],
      [[], { XDG_CACHE_HOME: cache, WXHELP_NO_CACHE: '1' }],
    ] as const) {
      const r = await runCli(['channels', '--json', ...args, '--channels', file, ...AT], { env });
      expect(r.code).toBe(0);
    }
    expect(() => readdirSync(join(cache, 'wxhelp'))).toThrow();
  });

  it('a corrupt entry is replaced, an unwritable cache is ignored, an invalid catalog is not cached', async () => {
    const cache = freshDir();
    const file = catalogFile(minimal);
    await runCli(['channels', '--json', '--channels', file, ...AT], { env: { XDG_CACHE_HOME: cache } });
    const path = join(cache, 'wxhelp', entries(cache)[0]!);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, good.length / 2));
    const r = await runCli(['channels', '--json', '--channels', file, ...AT], { env: { XDG_CACHE_HOME: cache } });
    expect(r.code).toBe(0);
    expect(readFileSync(path).equals(good)).toBe(true);

    const blocker = join(freshDir(), 'file');
    mkdirSync(join(blocker, '..'), { recursive: true });
    writeFileSync(blocker, '');
    const unwritable = await runCli(['channels', '--json', '--channels', file, ...AT], { env: { XDG_CACHE_HOME: blocker } });
    expect(unwritable.code).toBe(0);
    expect(unwritable.stderr).toBe('');

    const broken = catalogFile(minimal.replace('serviceTimeZone: Asia/Shanghai', 'serviceTimeZone: Not/AZone'));
    const bad = freshDir();
    const invalid = await runCli(['channels', '--json', '--channels', broken, ...AT], { env: { XDG_CACHE_HOME: bad } });
    expect(invalid.code).toBe(3);
    expect(() => readdirSync(join(bad, 'wxhelp'))).toThrow();
  });

  it('runs at the same moment all succeed, agree, and leave one whole entry', async () => {
    const cache = freshDir();
    const file = catalogFile(withWarning);
    const once = () =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'channels', '--json', '--channels', file, ...AT], {
          env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', XDG_CACHE_HOME: cache, LANG: 'en_US.UTF-8' },
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        let stdout = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.on('close', (code) => resolve({ code, stdout }));
      });
    const runs = await Promise.all(Array.from({ length: 6 }, once));
    expect(runs.map((r) => r.code)).toEqual(runs.map(() => 0));
    expect(new Set(runs.map((r) => r.stdout)).size).toBe(1);
    expect(entries(cache)).toHaveLength(1);
    expect(readdirSync(join(cache, 'wxhelp')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const entry = entryParts(join(cache, 'wxhelp', entries(cache)[0]!));
    expect(entry.header.issues).toHaveLength(1);
    expect(entry.source.equals(readFileSync(file))).toBe(true);
    const after = await once();
    expect(after.stdout).toBe(runs[0]!.stdout);
  });
});

describe('the library', () => {
  it('loadCatalog() caches in the directory given, keeps warnings, returns text as written, and rereads a changed file', () => {
    const cache = freshDir();
    const file = catalogFile(`${withWarning.replace('en: In-app help', 'en: "In-app\\u0007help"')}`);
    const first = loadCatalog(file, { cache });
    expect(first.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(first.catalog.channels[0]!.name.en).toBe('In-app\u0007help');
    expect(readdirSync(join(cache))).toHaveLength(1);
    expect(loadCatalog(file, { cache })).toEqual(first);
    writeFileSync(file, withWarning);
    expect(loadCatalog(file, { cache }).catalog.channels[0]!.name.en).toBe('In-app help');
    expect(readdirSync(join(cache))).toHaveLength(2);
    writeFileSync(file, `${withWarning}# edited\n`);
    loadCatalog(file, { cache: false });
    expect(readdirSync(join(cache))).toHaveLength(2);
  });
});
