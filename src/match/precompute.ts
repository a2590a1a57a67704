// What is worked out from a catalog ahead of time and stored with it (src/catalog/precomputed.ts):
// the free-text indexes of its topics and of its needs, which take a run that matches words tens of
// milliseconds to make from the phrases and well under one to read back (in the stored form of
// packed-index.ts).
import type { Catalog } from '../catalog/types.js';
import { packIndex } from './packed-index.js';
import { buildNeedIndex, buildTopicIndex, NEED_INDEX, TOPIC_INDEX } from './topic.js';

export function precomputeFor(catalog: Catalog): Record<string, Uint8Array> {
  return { [TOPIC_INDEX]: packIndex(buildTopicIndex(catalog)), [NEED_INDEX]: packIndex(buildNeedIndex(catalog)) };
}
