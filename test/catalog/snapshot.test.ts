// The built-in catalog's snapshot is used only for the exact file it was made from: any changed
// byte, another format or a damaged snapshot means the YAML is parsed instead.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexOf } from '../../src/advise/catalog-index.js';
import { lazyItemsOf, sectionIds } from '../../src/catalog/packed.js';
import { catalogFromSnapshot, makeSnapshot, SNAPSHOT_FORMAT } from '../../src/catalog/snapshot.js';
import type { Catalog } from '../../src/catalog/types.js';

const work = mkdtempSync(join(tmpdir(), 'wxhelp-snapshot-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const source = Buffer.from('schemaVersion: 1\nname: 微信客服\n');
const catalog = {
  schemaVersion: 1,
  serviceTimeZone: 'Asia/Shanghai',
  channels: [{ id: 'app-help', name: { zh: '微信', en: 'WeChat' } }],
} as unknown as Catalog;

function snapshotFile(bytes: Uint8Array, name = 'snap'): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describe('catalog snapshot', () => {
  const path = snapshotFile(makeSnapshot(source, catalog, true));

  it('gives the catalog for exactly the source it was made from, as bytes or as text', () => {
    expect(catalogFromSnapshot(path, source)).toEqual(catalog);
    expect(catalogFromSnapshot(path, source.toString('utf8'))).toEqual(catalog);
    expect(catalogFromSnapshot(path, source, { asWritten: true })).toEqual(catalog);
  });

  // Read whole (the library's way), or where asked from the open file (the CLI's, lazy).
  for (const lazy of [false, true]) {
    it(`misses on any changed, added or removed byte${lazy ? ' (read lazily)' : ''}`, () => {
      for (let i = 0; i < source.length; i++) {
        const changed = Buffer.from(source);
        changed[i] = changed[i]! ^ 1;
        expect(catalogFromSnapshot(path, changed, { lazy })).toBeNull();
      }
      expect(catalogFromSnapshot(path, Buffer.concat([source, Buffer.from(' ')]), { lazy })).toBeNull();
      expect(catalogFromSnapshot(path, source.subarray(0, -1), { lazy })).toBeNull();
      expect(catalogFromSnapshot(path, `${source.toString('utf8')} `, { lazy })).toBeNull();
      expect(JSON.parse(JSON.stringify(catalogFromSnapshot(path, source, { lazy })))).toEqual(catalog);
    });
  }

  it('is not the catalog as written when cleaning changed it', () => {
    const cleaned = snapshotFile(makeSnapshot(source, catalog, false), 'cleaned');
    expect(catalogFromSnapshot(cleaned, source)).toEqual(catalog);
    expect(catalogFromSnapshot(cleaned, source, { asWritten: true })).toBeNull();
  });

  it('is ignored when missing, damaged or of another format', () => {
    const good = makeSnapshot(source, catalog, true);
    for (const lazy of [false, true]) {
      expect(catalogFromSnapshot(join(work, 'missing'), source, { lazy })).toBeNull();
      expect(catalogFromSnapshot(snapshotFile(good.subarray(0, 40), 'cut'), source, { lazy })).toBeNull();
      expect(catalogFromSnapshot(snapshotFile(Buffer.from('not a snapshot'), 'junk'), source, { lazy })).toBeNull();
      expect(catalogFromSnapshot(work, source, { lazy })).toBeNull(); // a directory
    }
    const other = Buffer.from(
      Buffer.from(good)
        .toString('latin1')
        .replace(`"format":${SNAPSHOT_FORMAT}`, `"format":${SNAPSHOT_FORMAT - 1}`),
      'latin1',
    );
    expect(other.equals(good)).toBe(false);
    expect(catalogFromSnapshot(snapshotFile(other, 'other'), source)).toBeNull();
  });
});

describe('catalog snapshot sections', () => {
  // Sections are UTF-16LE from an even offset (the header line padded to it): text of every kind
  // (Chinese, a character outside the BMP, ASCII only) comes back as written, read lazily or whole.
  for (const [i, name] of ['微信客服 帳號', 'WeChat 😀 support', 'plain ascii'].entries()) {
    it(`round-trips ${JSON.stringify(name)}`, () => {
      const written = { ...catalog, channels: [{ id: 'app-help', name: { zh: name, en: name } }] } as unknown as Catalog;
      const bytes = Buffer.from(makeSnapshot(source, written, true));
      const path = snapshotFile(bytes, `sections-${i}`);
      expect((bytes.indexOf(10) + 1) % 2).toBe(0);
      expect(catalogFromSnapshot(path, source)).toEqual(written);
      const lazy = catalogFromSnapshot(path, source, { lazy: true });
      expect(lazy?.channels).toEqual(written.channels);
      expect(JSON.parse(JSON.stringify(lazy))).toEqual(written);
    });
  }
});

describe('catalog snapshot items', () => {
  // A list whose things have ids is read item by item: a lookup by id parses that item alone,
  // and the list, read later, holds the very same objects (a change to one is seen through both).
  const items = [
    { id: 'a', name: { zh: '甲 😀', en: 'A, "quoted" [1]' } },
    { id: 'b', nested: [{ id: 'inner' }, [1, 2]], name: { zh: '乙', en: 'B' } },
    { id: 'c', name: { zh: '丙', en: 'C' } },
  ];
  const written = { ...catalog, channels: items, topics: [], sources: [{ no: 'id' }] } as unknown as Catalog;
  const path = snapshotFile(makeSnapshot(source, written, true), 'items');

  it('gives each item by id, and the list of the same objects', () => {
    const lazy = catalogFromSnapshot(path, source, { lazy: true })!;
    const byId = lazyItemsOf(lazy)!;
    expect(byId.ids('channels')).toEqual(['a', 'b', 'c']);
    expect(byId.ids('topics')).toBeUndefined(); // empty: read whole
    expect(byId.ids('sources')).toBeUndefined(); // no ids
    const b = byId.item('channels', 'b');
    expect(b).toEqual(items[1]);
    expect(byId.item('channels', 'missing')).toBeNull();
    expect(byId.item('sources', 'a')).toBeUndefined();
    expect(lazy.channels).toEqual(items);
    expect(lazy.channels[1]).toBe(b);
    expect(byId.item('channels', 'c')).toBe(lazy.channels[2]);
    expect(indexOf(lazy).channel.get('a')).toBe(lazy.channels[0]);
    expect(sectionIds(lazy, 'channels')).toEqual(['a', 'b', 'c']);
  });

  it('finds items in a list given a new value, not in the file', () => {
    const lazy = catalogFromSnapshot(path, source, { lazy: true })!;
    const replaced = [{ id: 'a', name: { zh: '新', en: 'new' } }] as unknown as Catalog['channels'];
    lazy.channels = replaced;
    expect(lazyItemsOf(lazy)!.item('channels', 'a')).toBeUndefined();
    expect(indexOf(lazy).channel.get('a')).toBe(replaced[0]);
    expect(indexOf(lazy).channel.get('b')).toBeUndefined();
    expect(sectionIds(lazy, 'channels')).toEqual(['a']);
  });

  it('lazily, reads a section from the file only when it is first read', () => {
    // The file changed in place after it was opened (same length, same inode): a section read
    // before the change holds the old text, one first read after it the new.
    const file = snapshotFile(
      makeSnapshot(source, { ...written, topics: [{ id: 't', name: { zh: '旧', en: 'old' } }] } as unknown as Catalog, true),
      'lazy-read',
    );
    const lazy = catalogFromSnapshot(file, source, { lazy: true })!;
    expect(lazy.channels[0]!.name.en).toBe('A, "quoted" [1]');
    const bytes = readFileSync(file);
    writeFileSync(
      file,
      Buffer.from(
        bytes
          .toString('latin1')
          .replace(Buffer.from('"old"', 'utf16le').toString('latin1'), Buffer.from('"new"', 'utf16le').toString('latin1')),
        'latin1',
      ),
    );
    writeFileSync(
      file,
      Buffer.from(
        readFileSync(file)
          .toString('latin1')
          .replace(Buffer.from('"B"', 'utf16le').toString('latin1'), Buffer.from('"Z"', 'utf16le').toString('latin1')),
        'latin1',
      ),
    );
    expect((lazy.topics[0] as unknown as { name: { en: string } }).name.en).toBe('new');
    expect(lazy.channels[1]!.name.en).toBe('B'); // the list was read whole before the change
  });

  it('reads a catalog whole when its header is damaged', () => {
    const bytes = Buffer.from(makeSnapshot(source, written, true)).toString('latin1');
    const ends = /"items":\[\["channels",\["a","b","c"\],\[(\d+)/.exec(bytes)!;
    const damaged = Buffer.from(bytes.replace(ends[0], ends[0].replace(ends[1]!, '0')), 'latin1');
    expect(catalogFromSnapshot(snapshotFile(damaged, 'items-damaged'), source, { lazy: true })).toBeNull();
  });
});
