// The number to call now: the topic's phone lines first (route order), then every other line
// serving the user's region; within each group a line where a person answers now comes first.
import type { Catalog, Channel } from '../catalog/types.js';
import { rankByAvailability } from './availability.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ChannelAt } from './channel-state.js';
import { channelForRegion, regionOf } from './region.js';

export interface PhoneQuery {
  topic?: string;
  overseas: boolean;
}

export interface PhoneAdvice {
  query: PhoneQuery;
  line: ChannelAt | null;
  alternatives: ChannelAt[];
}

export function advisePhone(catalog: Catalog, query: PhoneQuery, at: number): PhoneAdvice {
  const region = regionOf(query.overseas);
  const seen = new Set<string>();
  const candidates: Channel[] = [];
  const add = (channel: Channel | null) => {
    if (channel && channel.kind === 'phone' && !seen.has(channel.id)) {
      seen.add(channel.id);
      candidates.push(channel);
    }
  };
  const topic = query.topic === undefined ? undefined : indexOf(catalog).topic.get(query.topic);
  for (const route of topic?.routes ?? []) add(channelForRegion(catalog, route.channel, region));
  const fromTopic = candidates.length;
  for (const channel of catalog.channels) add(channelForRegion(catalog, channel.id, region));

  const evaluated = candidates.map((c) => channelAt(c, at));
  // The topic's own lines come first even when closed: a payment line is no answer to an
  // account question. Among each group, a line where a person answers now leads.
  const ordered = [
    ...rankByAvailability(evaluated.slice(0, fromTopic), (c) => c.status.state, true),
    ...rankByAvailability(evaluated.slice(fromTopic), (c) => c.status.state, true),
  ];
  return { query, line: ordered[0] ?? null, alternatives: ordered.slice(1) };
}
