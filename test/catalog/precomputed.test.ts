// Data worked out from a catalog ahead of time travels with it: stored after the catalog in the
// packed layout, attached to the catalog read back (out of sight of JSON and enumeration), parsed
// only when asked for, and never a reason to fail. The matcher uses a stored topic index only
// when it is one of its format made for exactly these topics.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../src/catalog/packed.js';
import { attachPrecomputed, precomputed } from '../../src/catalog/precomputed.js';
import { catalogFromSnapshot } from '../../src/catalog/snapshot.js';
import type { Catalog } from '../../src/catalog/types.js';
import { loadFolding } from '../../src/match/folding.js';
import { precomputeFor } from '../../src/match/precompute.js';
import { buildTopicIndex, matchTopic, TOPIC_INDEX, topicIndex } from '../../src/match/topic.js';
import { builtin } from '../match/catalog.js';

const source = Buffer.from('schemaVersion: 1\n');
const catalog = { schemaVersion: 1, channels: [], topics: [{ id: 'a' }] } as unknown as Catalog;
const always = () => true;

describe('precomputed parts in a packed file', () => {
  const file = Buffer.from(pack({ format: 1 }, catalog, source, { sections: true, precomputed: { one: { n: 1 }, two: [2, '二'] } }));

  it('come back with the catalog, parsed when asked for, and are invisible to JSON and enumeration', () => {
    for (const lazy of [true, false]) {
      const read = unpack(file, source, always, { lazy })!;
      expect(read.catalog).toEqual(catalog);
      expect(JSON.stringify(read.catalog)).toBe(JSON.stringify(catalog));
      expect(Object.keys(read.catalog)).toEqual(Object.keys(catalog));
      expect(precomputed(read.catalog, 'one')).toEqual({ n: 1 });
      expect(precomputed(read.catalog, 'two')).toEqual([2, '二']);
      expect(precomputed(read.catalog, 'three')).toBeUndefined();
      expect(precomputed(read.catalog, 'toString')).toBeUndefined();
      // Parsed once: the same value each time.
      expect(precomputed(read.catalog, 'one')).toBe(precomputed(read.catalog, 'one'));
    }
  });

  it('do not change which source the file is for', () => {
    const other = Buffer.from(source);
    other[0] = other[0]! ^ 1;
    expect(unpack(file, other, always)).toBeNull();
    expect(unpack(file, Buffer.concat([source, Buffer.from(' ')]), always)).toBeNull();
  });

  it('a damaged part is no part (the rest is still served); damaged lengths mean no file', () => {
    const text = Buffer.from(file).toString('latin1');
    const damaged = Buffer.from(text.replace('{"n":1}', '{"n":1('), 'latin1');
    const read = unpack(damaged, source, always)!;
    expect(read.catalog).toEqual(catalog);
    expect(precomputed(read.catalog, 'one')).toBeUndefined();
    expect(precomputed(read.catalog, 'two')).toEqual([2, '二']);
    const newline = file.indexOf(10);
    const header = JSON.parse(file.toString('utf8', 0, newline)) as { precomputed: [string, number][] };
    const withHeader = (h: unknown) => Buffer.concat([Buffer.from(JSON.stringify(h)), file.subarray(newline)]);
    expect(unpack(withHeader(header), source, always)).not.toBeNull();
    const longer = { ...header, precomputed: [['one', header.precomputed[0]![1] + 2], header.precomputed[1]] };
    expect(unpack(withHeader(longer), source, always)).toBeNull();
    expect(unpack(withHeader({ ...header, precomputed: 'no' }), source, always)).toBeNull();
    expect(unpack(withHeader({ ...header, precomputed: [['one', -1]] }), source, always)).toBeNull();
  });
});

describe('the stored topic index', () => {
  const withIndex = (stored: unknown): Catalog => {
    const copy = structuredClone(builtin);
    attachPrecomputed(copy, { [TOPIC_INDEX]: () => stored });
    return copy;
  };

  it('is used as stored when it fits the topics, and gives the answers a made one gives', () => {
    const stored = JSON.parse(JSON.stringify(precomputeFor(builtin)[TOPIC_INDEX])) as unknown;
    const copy = withIndex(stored);
    expect(topicIndex(copy)).toBe(stored);
    for (const text of ['我的微信号被盗了', 'WeChat Pay charged me twice', '我想找人工客服']) expect(matchTopic(copy, text)).toEqual(matchTopic(builtin, text));
  });

  it('is ignored for other topics, another format or a damaged one: the index is made instead', () => {
    const made = buildTopicIndex(builtin);
    const otherTopics = { ...made, ids: [...made.ids].reverse() };
    const otherFormat = { ...made, format: made.format + 1 };
    for (const stored of [otherTopics, otherFormat, { ...made, phrasesOf: undefined }, null, 'index', undefined]) {
      const copy = withIndex(stored);
      expect(topicIndex(copy)).not.toBe(stored);
      expect(topicIndex(copy)).toEqual(made);
    }
  });

  it('is in the built-in snapshot, as the matcher would make it (with Traditional folding, as the build does)', async () => {
    await loadFolding();
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const snapshot = catalogFromSnapshot(`${root}bin/dist/channels.snapshot`, readFileSync(`${root}channels.yaml`), { lazy: true });
    expect(snapshot).not.toBeNull();
    expect(precomputed(snapshot!, TOPIC_INDEX)).toEqual(JSON.parse(JSON.stringify(buildTopicIndex(snapshot!))));
  });
});
