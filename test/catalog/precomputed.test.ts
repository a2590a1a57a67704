// Data worked out from a catalog ahead of time travels with it: stored after the catalog in the
// packed layout as bytes, attached to the catalog read back (out of sight of JSON and
// enumeration), decoded by their reader, and never a reason to fail. The matcher uses a stored
// topic index only when it is one of its format made for exactly these topics.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../src/catalog/packed.js';
import { attachPrecomputed, precomputed } from '../../src/catalog/precomputed.js';
import { catalogFromSnapshot } from '../../src/catalog/snapshot.js';
import type { Catalog } from '../../src/catalog/types.js';
import { loadFolding } from '../../src/match/folding.js';
import { precomputeFor } from '../../src/match/precompute.js';
import { PACKED_INDEX_FORMAT, packIndex, readPackedIndex, viewOf } from '../../src/match/packed-index.js';
import { scoreText } from '../../src/match/score.js';
import { buildNeedIndex, buildTopicIndex, matchTopic, NEED_INDEX, TOPIC_INDEX, topicIndex } from '../../src/match/topic.js';
import { builtin } from '../match/catalog.js';

const source = Buffer.from('schemaVersion: 1\n');
const catalog = { schemaVersion: 1, channels: [], topics: [{ id: 'a' }] } as unknown as Catalog;
const always = () => true;

describe('precomputed parts in a packed file', () => {
  const one = Buffer.from('{"n":1}');
  const two = Buffer.from([0, 1, 2, 255, 0xe4, 0xba]);
  const file = Buffer.from(pack({ format: 1 }, catalog, source, { sections: true, precomputed: { one, two } }));

  it('come back with the catalog as the bytes stored, invisible to JSON and enumeration', () => {
    for (const lazy of [true, false]) {
      const read = unpack(file, source, always, { lazy })!;
      expect(read.catalog).toEqual(catalog);
      expect(JSON.stringify(read.catalog)).toBe(JSON.stringify(catalog));
      expect(Object.keys(read.catalog)).toEqual(Object.keys(catalog));
      expect(Buffer.from(precomputed(read.catalog, 'one')!)).toEqual(one);
      expect(Buffer.from(precomputed(read.catalog, 'two')!)).toEqual(two);
      expect(precomputed(read.catalog, 'three')).toBeUndefined();
      expect(precomputed(read.catalog, 'toString')).toBeUndefined();
    }
  });

  it('do not change which source the file is for', () => {
    const other = Buffer.from(source);
    other[0] = other[0]! ^ 1;
    expect(unpack(file, other, always)).toBeNull();
    expect(unpack(file, Buffer.concat([source, Buffer.from(' ')]), always)).toBeNull();
  });

  it('damaged lengths mean no file', () => {
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

describe('the stored needs’ index', () => {
  const parts = precomputeFor(builtin);
  const texts = [
    '我想找人工客服',
    'talk to a human about my frozen account',
    '人工 手机号 被盗',
    'phone number changed',
    '我的微信号被盗了',
  ];

  it('gives the answers a made one gives, and one that does not fit the needs is made instead', () => {
    const made = buildNeedIndex(builtin);
    const otherNeeds = packIndex({ ...made, ids: [...made.ids].reverse() });
    for (const needs of [parts[NEED_INDEX]!, otherNeeds, Buffer.from('not an index')]) {
      const copy = structuredClone(builtin);
      attachPrecomputed(copy, { [TOPIC_INDEX]: () => parts[TOPIC_INDEX]!, [NEED_INDEX]: () => needs });
      for (const text of texts) expect(matchTopic(copy, text)).toEqual(matchTopic(builtin, text));
    }
    expect(texts.some((text) => matchTopic(builtin, text).needs.length > 0)).toBe(true);
  });
});

describe('the stored topic index', () => {
  const withIndex = (stored: Uint8Array | undefined): Catalog => {
    const copy = structuredClone(builtin);
    attachPrecomputed(copy, stored === undefined ? {} : { [TOPIC_INDEX]: () => stored });
    return copy;
  };
  const stored = precomputeFor(builtin)[TOPIC_INDEX]!;
  const texts = ['我的微信号被盗了', 'WeChat Pay charged me twice', '我想找人工客服', 'paymnet refnd', '95017'];

  it('is read as stored when it fits the topics, and gives the answers a made one gives', () => {
    const copy = withIndex(stored);
    const view = topicIndex(copy);
    expect(readPackedIndex(stored)).not.toBeNull();
    expect(view.ids).toEqual(builtin.topics.map((t) => t.id));
    const made = buildTopicIndex(builtin);
    const keys = Object.entries(made.unitOf);
    expect(keys.filter(([key, unit]) => view.unit(key) !== unit)).toEqual([]);
    for (const absent of ['', 'c', 'w', 'wnothing', 'c\ud800', 'p被被被', `${keys[0]![0]}x`]) expect(view.unit(absent)).toBeUndefined();
    // Every letter's vocabulary and every compound, as the made index has them (read by letter).
    const asMade = viewOf(made);
    const firsts = new Set([...made.vocabulary.map((w) => w[0]!), 'q', '被', '\ud83d', '_', '']);
    for (const first of firsts) expect(view.vocabularyFrom(first)).toEqual(asMade.vocabularyFrom(first));
    expect(Object.keys(made.compounds).length).toBeGreaterThan(0);
    for (const word of [...Object.keys(made.compounds), 'nothing', '', '__proto__', 'constructor'])
      expect(view.compound(word) === undefined ? undefined : Array.from(view.compound(word)!)).toEqual(asMade.compound(word));
    for (const text of texts) {
      expect(matchTopic(copy, text)).toEqual(matchTopic(builtin, text));
      expect(scoreText(view, text)).toEqual(scoreText(buildTopicIndex(builtin), text));
    }
  });

  it("keeps each letter's group as arrays only: no object whose keys V8 would make hidden classes of", () => {
    const bytes = Buffer.from(stored);
    const newline = bytes.indexOf(10);
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as { parts: number[]; groups: [string, number][] };
    let at = newline + 1 + header.parts[0]!;
    const objects: string[] = [];
    const walk = (value: unknown, first: string) => {
      if (Array.isArray(value)) for (const item of value) walk(item, first);
      else if (value !== null && typeof value === 'object') objects.push(first);
      else expect(['string', 'number']).toContain(typeof value);
    };
    for (const [first, length] of header.groups) {
      walk(JSON.parse(bytes.toString('utf8', at, at + length)), first);
      at += length;
    }
    expect(header.groups.length).toBeGreaterThan(20);
    expect(objects).toEqual([]);
  });

  it('is ignored for other topics, another format or damaged bytes: the index is made instead', () => {
    const made = buildTopicIndex(builtin);
    const text = Buffer.from(stored).toString('latin1');
    const otherTopics = packIndex({ ...made, ids: [...made.ids].reverse() });
    const otherFormat = Buffer.from(text.replace(`"format":${PACKED_INDEX_FORMAT}`, `"format":${PACKED_INDEX_FORMAT + 1}`), 'latin1');
    const cut = Buffer.from(stored).subarray(0, stored.length - 1);
    const noHeader = Buffer.from('not an index');
    expect(readPackedIndex(otherTopics)).not.toBeNull();
    for (const bytes of [otherFormat, cut, noHeader]) expect(readPackedIndex(bytes)).toBeNull();
    for (const bytes of [otherTopics, otherFormat, cut, noHeader, undefined]) {
      const copy = withIndex(bytes);
      expect(topicIndex(copy).ids).toEqual(builtin.topics.map((t) => t.id));
      for (const t of texts) expect(matchTopic(copy, t)).toEqual(matchTopic(builtin, t));
    }
  });

  it('is in the built-in snapshot, as the matcher would make it (with Traditional folding, as the build does)', async () => {
    await loadFolding();
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const snapshot = catalogFromSnapshot(`${root}bin/dist/channels.snapshot`, readFileSync(`${root}channels.yaml`), { lazy: true });
    expect(snapshot).not.toBeNull();
    expect(Buffer.from(precomputed(snapshot!, TOPIC_INDEX)!)).toEqual(Buffer.from(packIndex(buildTopicIndex(snapshot!))));
    expect(Buffer.from(precomputed(snapshot!, NEED_INDEX)!)).toEqual(Buffer.from(packIndex(buildNeedIndex(snapshot!))));
  });
});
