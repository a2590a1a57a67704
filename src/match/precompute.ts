// What is worked out from a catalog ahead of time and stored with it (src/catalog/precomputed.ts):
// the free-text index of its topics, which takes a run that matches words tens of milliseconds to
// make from the phrases and well under one to read back.
import type { Catalog } from '../catalog/types.js';
import { buildTopicIndex, TOPIC_INDEX } from './topic.js';

export function precomputeFor(catalog: Catalog): Record<string, unknown> {
  return { [TOPIC_INDEX]: buildTopicIndex(catalog) };
}
