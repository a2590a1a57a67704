// The number to call now: the topic's phone lines (route order) and then every other line usable
// from where the user is, ranked by the one policy (ranking.ts): a line where someone answers now
// first, the better-sourced first between equals; when none answers, the one that opens soonest.
import type { Catalog, Route } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ContactAt } from './channel-state.js';
import { rankChannels, type RankInput } from './ranking.js';
import { sidelinedNow, type SidelinedNow } from './sidelined.js';
import { channelsInRegion, diallingIn, regionOf, regionOfQuery, type RegionFrom, type UserRegion } from './region.js';

export interface PhoneQuery {
  topic?: string;
  /** true abroad, false in mainland China, null when unsure (every line of either, each number in both forms). */
  overseas: boolean | null;
  /** What decided `overseas` (absent: the caller gave it). */
  regionFrom?: RegionFrom;
  /** Where the user is and why (the CLI gives it; `overseas` and `regionFrom` agree with it). */
  region?: UserRegion;
}

export interface PhoneAdvice {
  query: PhoneQuery;
  /** Where the answer assumes the user is, and why. */
  region: UserRegion;
  line: ContactAt | null;
  alternatives: ContactAt[];
  /** Whether the line answers at this moment. */
  canActNow: boolean;
  /** When the only line answering now is one public material calls historical or another product's. */
  sidelinedNow: SidelinedNow | null;
}

export function advisePhone(catalog: Catalog, query: PhoneQuery, at: number): PhoneAdvice {
  const region = regionOf(query.overseas);
  const inputs = new Map<string, RankInput>();
  const add = (id: string, routes: readonly Route[]) => {
    for (const found of channelsInRegion(catalog, id, region)) {
      if (found.channel.kind !== 'phone' || inputs.has(found.channel.id)) continue;
      inputs.set(found.channel.id, { ...channelAt(found.channel, at, region), reach: found.reach, routes });
    }
  };
  const topic = query.topic === undefined ? undefined : indexOf(catalog).topic.get(query.topic);
  for (const route of topic?.routes ?? []) add(route.channel, [route]);
  const fromTopic = inputs.size;
  // Lines kept for some topics (a merchant line, the police) are no answer to another topic's question.
  for (const channel of catalog.channels) {
    const only = channel.topics ?? [];
    if (only.length === 0 || (query.topic !== undefined && only.includes(query.topic))) add(channel.id, []);
  }

  // The topic's own lines come first even when none answers now — a payment line is no answer
  // to an account question; the answer then says so and gives the soonest opening. Within each
  // group the policy ranks.
  const all = [...inputs.values()];
  const ranked = [
    ...rankChannels(catalog, all.slice(0, fromTopic), at, { urgent: true }),
    ...rankChannels(catalog, all.slice(fromTopic), at, { urgent: true }),
  ];
  const contacts = ranked.map(({ item, canActNow, actsAt }): ContactAt => {
    return {
      channel: item.channel,
      hours: item.hours,
      status: item.status,
      ...diallingIn(item.channel, region, item.reach),
      canActNow,
      actsAt,
    };
  });
  return {
    query,
    region: regionOfQuery(query),
    line: contacts[0] ?? null,
    alternatives: contacts.slice(1),
    canActNow: contacts[0]?.canActNow ?? false,
    // Only the topic's own lines count: another topic's open line is no answer to this one.
    sidelinedNow: sidelinedNow(contacts.slice(0, fromTopic)),
  };
}
