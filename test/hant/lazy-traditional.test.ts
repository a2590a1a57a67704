// A catalog read lazily (a cache entry; a snapshot without its Traditional copy) gets its
// Traditional text part by part, as each part is read: giving it to every part at once parsed the
// whole catalog, most of which a run never shows. The built-in snapshot holds the catalog's
// Traditional copy, read instead, with the table of the plain strings it shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formOf, lazyItemsOf } from '../../src/catalog/packed.js';
import { catalogFromSnapshot, makeSnapshot } from '../../src/catalog/snapshot.js';
import type { Catalog } from '../../src/catalog/types.js';
import {
  packTraditionalText,
  shownTraditionalText,
  TRADITIONAL_CATALOG,
  TRADITIONAL_SHOWN,
  TRADITIONAL_TEXT,
  traditionalCatalogPart,
  withTraditional,
} from '../../src/hant/catalog.js';
import { inTraditional } from '../../src/hant/prepare.js';
import { shownText } from '../../src/hant/shown.js';
import { readTraditionalText } from '../../src/hant/stored.js';
import { allPrecomputed } from '../../src/catalog/precomputed.js';

const work = mkdtempSync(join(tmpdir(), 'wxhelp-hant-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = Buffer.from('schemaVersion: 1\n');
const written = {
  schemaVersion: 1,
  serviceTimeZone: 'Asia/Shanghai',
  channels: [
    { id: 'a', name: { zh: '微信客服', en: 'WeChat support' } },
    { id: 'b', name: { zh: '帮助中心', en: 'Help centre', 'zh-Hant': '幫助中心（自有）' } },
  ],
  topics: [{ id: 't', name: { zh: '账号安全', en: 'Account security' }, urgentPhrases: ['被盗'] }],
  modes: [{ id: 'm', label: { zh: '人工', en: 'person' } }],
} as unknown as Catalog;
const table = { 微信客服: '微信客服', 帮助中心: '幫助中心', 账号安全: '帳號安全', 人工: '人工', 被盗: '被盜' };

/** Which top-level sections hold a value (read, or given one) rather than waiting to be read. */
const settled = (catalog: Catalog) => Object.keys(catalog).filter((key) => 'value' in Object.getOwnPropertyDescriptor(catalog, key)!);

describe('Traditional text for a catalog read lazily', () => {
  const path = join(work, 'snap');
  writeFileSync(path, makeSnapshot(source, written, true));

  it('reads no section to give it, and gives each part its text when the part is read', () => {
    const lazy = catalogFromSnapshot(path, source, { lazy: true })!;
    void lazyItemsOf(lazy)!.item('channels', 'a'); // one item read before
    const before = settled(lazy);
    withTraditional(lazy, table);
    expect(settled(lazy)).toEqual(before);
    const items = lazyItemsOf(lazy)!;
    expect((items.item('channels', 'a') as { name: Record<string, string> }).name['zh-Hant']).toBe('微信客服');
    expect((items.item('topics', 't') as { name: Record<string, string> }).name['zh-Hant']).toBe('帳號安全');
    expect(settled(lazy)).toEqual(before);
    // A text's own zh-Hant stays; whole sections read later get theirs too.
    expect(lazy.channels[1]!.name['zh-Hant']).toBe('幫助中心（自有）');
    expect((lazy.modes[0] as unknown as { label: Record<string, string> }).label['zh-Hant']).toBe('人工');
    // The plain strings shown as they are (an urgent phrase) come from the table.
    expect(shownText(lazy, '被盗', 'zh-Hant')).toBe('被盜');
  });

  it('gives the same catalog as one read whole and given its text at once', () => {
    const whole = withTraditional(catalogFromSnapshot(path, source)!, table);
    const lazy = withTraditional(catalogFromSnapshot(path, source, { lazy: true })!, table);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(whole)));
    expect(whole.channels[0]!.name['zh-Hant']).toBe('微信客服');
  });

  it('keeps a section given a value before, and gives it its text', () => {
    const lazy = catalogFromSnapshot(path, source, { lazy: true })!;
    lazy.modes = [{ id: 'n', label: { zh: '帮助中心', en: 'help' } }] as unknown as Catalog['modes'];
    withTraditional(lazy, table);
    expect((lazy.modes[0] as unknown as { label: Record<string, string> }).label['zh-Hant']).toBe('幫助中心');
  });

  it('stores the table as UTF-16LE text and reads it back; anything else is no table', () => {
    const bytes = packTraditionalText(table);
    expect(Buffer.from(bytes).toString('utf16le')).toBe(JSON.stringify(table));
    expect(readTraditionalText(bytes)).toEqual(table);
    for (const bad of [
      Buffer.from(JSON.stringify(table)),
      bytes.subarray(1),
      Buffer.from('[]', 'utf16le'),
      Buffer.from('{"a":1}', 'utf16le'),
    ])
      expect(readTraditionalText(bad)).toBeNull();
    expect(readTraditionalText(undefined)).toBeNull();
  });

  it("reads the catalog's Traditional copy, where the snapshot has one, and of the table only the plain strings' entries", async () => {
    const file = join(work, 'with-copy');
    const parts = {
      [TRADITIONAL_TEXT]: packTraditionalText({ ...table, 微信客服: '不該讀到' }),
      [TRADITIONAL_CATALOG]: traditionalCatalogPart(written, table),
      [TRADITIONAL_SHOWN]: packTraditionalText(shownTraditionalText(written, table)),
    };
    writeFileSync(file, makeSnapshot(source, written, true, parts));
    expect(shownTraditionalText(written, table)).toEqual({ 被盗: '被盜' });
    const plain = catalogFromSnapshot(file, source, { lazy: true })!;
    expect(formOf(plain)).toBeUndefined();
    expect(plain.channels[0]!.name['zh-Hant']).toBeUndefined();
    const copy = catalogFromSnapshot(file, source, { lazy: true, form: TRADITIONAL_CATALOG })!;
    expect(formOf(copy)).toBe(TRADITIONAL_CATALOG);
    expect(settled(copy)).toEqual([]);
    const ready = await inTraditional(copy);
    expect(ready).toBe(copy);
    expect(settled(copy)).toEqual([]); // nothing read to make it ready
    expect((lazyItemsOf(copy)!.item('topics', 't') as { name: Record<string, string> }).name['zh-Hant']).toBe('帳號安全');
    expect(copy.channels[0]!.name['zh-Hant']).toBe('微信客服'); // the copy's text, not the table's
    expect(copy.channels[1]!.name['zh-Hant']).toBe('幫助中心（自有）');
    expect(shownText(copy, '被盗', 'zh-Hant')).toBe('被盜');
    expect(shownText(copy, '人工', 'zh-Hant')).toBe('人工'); // not a plain string: not in its table
    // The same catalog as the one given the table's text, the precomputed parts kept with it.
    expect(JSON.parse(JSON.stringify(copy))).toEqual(
      JSON.parse(JSON.stringify(withTraditional(catalogFromSnapshot(file, source)!, table))),
    );
    expect(Object.keys(allPrecomputed(copy)).sort()).toEqual(Object.keys(parts).sort());
    // Whole (the library's way), and where the copy is damaged or absent: the catalog as it is.
    expect(formOf(catalogFromSnapshot(file, source, { form: TRADITIONAL_CATALOG })!)).toBe(TRADITIONAL_CATALOG);
    const damaged = join(work, 'damaged-copy');
    writeFileSync(
      file === damaged ? file : damaged,
      makeSnapshot(source, written, true, { [TRADITIONAL_CATALOG]: Buffer.from('not a catalog') }),
    );
    const fallback = catalogFromSnapshot(damaged, source, { lazy: true, form: TRADITIONAL_CATALOG })!;
    expect(formOf(fallback)).toBeUndefined();
    expect(fallback.channels[0]!.name.en).toBe('WeChat support');
    expect(formOf(catalogFromSnapshot(path, source, { lazy: true, form: TRADITIONAL_CATALOG })!)).toBeUndefined();
  });
});
