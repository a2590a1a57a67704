// How well public material backs a channel's facts, for rule 5 ("better-sourced first"): between
// channels that can do the same job at the same moment, the one public material confirms ranks
// above one that rests on the article alone, or that public material calls historical or
// contradicts.
import type { Catalog, Channel } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';
import type { Reach } from './region.js';

const CONFIDENCE = { high: 3, medium: 2, low: 1, seed: 0 } as const;

/** Larger is better: [known to work from here, undisputed, best public confidence]. */
export type SourcingKey = readonly [number, number, number];

export function sourcingKey(catalog: Catalog, channel: Channel, reach: Exclude<Reach, 'no'>): SourcingKey {
  const sources = indexOf(catalog).source;
  let best = 0;
  for (const id of channel.source) {
    const source = sources.get(id);
    if (source && source.kind === 'public') best = Math.max(best, CONFIDENCE[source.confidence]);
  }
  return [reach === 'yes' ? 1 : 0, channel.disputes.length === 0 ? 1 : 0, best];
}

export function compareSourcing(a: SourcingKey, b: SourcingKey): number {
  return b[0] - a[0] || b[1] - a[1] || b[2] - a[2];
}
