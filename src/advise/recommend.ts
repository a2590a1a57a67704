// The routing engine: a topic (plus urgency, region and special needs) → ranked channels with
// reasons, materials, expected response and warnings. Everything it knows comes from the catalog;
// it never reads the clock (the instant is a parameter) and never formats text.
import type {
  Advice,
  Capability,
  Catalog,
  Channel,
  Emergency,
  InteractionMode,
  Localized,
  Material,
  Need,
  Overseas,
  Route,
  SpecialService,
  Topic,
} from '../catalog/types.js';
import { channelWarnings, type AdviceWarning } from './advice-warnings.js';
import { rankByAvailability } from './availability.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ChannelAt } from './channel-state.js';
import { channelForRegion, regionOf } from './region.js';

export type { AdviceWarning } from './advice-warnings.js';
export { findEmergency, emergencyContacts } from './emergency.js';

export interface RecommendQuery {
  topic: string;
  urgent: boolean;
  overseas: boolean;
  needs: string[];
  /** At most this many recommendations; all when absent. */
  limit?: number;
}

export interface Recommendation {
  /** 1-based. */
  rank: number;
  channel: ChannelAt;
  /** The first route that led to this channel (topic routes before need routes). */
  route: Route | null;
  /** Every contributing route's reason, in candidate order, without repeats. */
  reasons: Localized[];
  service?: SpecialService;
  capability?: Capability;
  /** Route materials, then the service's; each once. Topic/overseas materials live on the result's topic/overseas. */
  materials: Material[];
  /** capability.time, else channel.response, else null. */
  expectedResponse: Localized | null;
  warnings: AdviceWarning[];
}

export interface RecommendResult {
  /** The query as evaluated (needs without repeats). */
  query: RecommendQuery;
  topic: Topic;
  /** The topic's emergency procedure when the query is urgent; null otherwise. */
  emergency: Emergency | null;
  recommendations: Recommendation[];
  /** Result-level warnings: overseas-slower, unavailable-in-region. */
  warnings: AdviceWarning[];
  /** Closing advice that applies to this topic and urgency, catalog order. */
  advice: Advice[];
  needs: Need[];
  /** catalog.overseas when the query is overseas, else null. */
  overseas: Overseas | null;
  /** The topic's 转人工 transfer rate (0..1), when the catalog gives one. */
  transferRate: number | null;
  /** Interaction modes of the recommended channels, catalog order, each once. */
  modes: InteractionMode[];
}

/** An id the catalog does not define. The CLI checks ids first; this is its safety net. */
export class UnknownIdError extends Error {
  constructor(
    readonly what: 'topic' | 'need',
    readonly id: string,
  ) {
    super(`unknown ${what} id: ${JSON.stringify(id)}`);
    this.name = 'UnknownIdError';
  }
}

interface Candidate {
  channel: Channel;
  routes: Route[];
}

const sameText = (a: Localized, b: Localized) => a.zh === b.zh && a.en === b.en;

function routeApplies(route: Route, urgent: boolean): boolean {
  return route.urgent === undefined || route.urgent === urgent;
}

export function recommend(catalog: Catalog, query: RecommendQuery, at: number): RecommendResult {
  const index = indexOf(catalog);
  const topic = index.topic.get(query.topic);
  if (!topic) throw new UnknownIdError('topic', query.topic);
  const needIds = [...new Set(query.needs)];
  const needs = needIds.map((id) => {
    const need = index.need.get(id);
    if (!need) throw new UnknownIdError('need', id);
    return need;
  });
  const region = regionOf(query.overseas);
  const warnings: AdviceWarning[] = [];
  if (query.overseas && catalog.overseas) {
    warnings.push({ kind: 'overseas-slower', factor: catalog.overseas.processingFactor });
  }

  // Candidates: topic routes, then each need's routes; one per channel in the user's region.
  const candidates = new Map<string, Candidate>();
  const unavailable = new Set<string>();
  const routes = [...topic.routes, ...needs.flatMap((n) => n.routes)].filter((r) => routeApplies(r, query.urgent));
  for (const route of routes) {
    const channel = channelForRegion(catalog, route.channel, region);
    if (!channel) {
      if (!unavailable.has(route.channel)) {
        unavailable.add(route.channel);
        warnings.push({ kind: 'unavailable-in-region', channel: route.channel, region });
      }
      continue;
    }
    const existing = candidates.get(channel.id);
    if (existing) existing.routes.push(route);
    else candidates.set(channel.id, { channel, routes: [route] });
  }

  const evaluated = [...candidates.values()].map((c) => ({ ...c, at: channelAt(c.channel, at) }));
  let ranked = rankByAvailability(evaluated, (c) => c.at.status.state, query.urgent);
  if (query.limit !== undefined) ranked = ranked.slice(0, Math.max(0, Math.floor(query.limit)));

  const recommendations = ranked.map((c, i) => buildRecommendation(catalog, c.at, c.routes, i + 1, at));

  const usedModes = new Set(ranked.flatMap((c) => c.channel.modes));
  return {
    query: { ...query, needs: needIds },
    topic,
    emergency: query.urgent && topic.emergency !== undefined ? (index.emergency.get(topic.emergency) ?? null) : null,
    recommendations,
    warnings,
    advice: catalog.advice.filter(
      (a) =>
        (a.topics.length === 0 || a.topics.includes(topic.id)) && (a.urgent === undefined || a.urgent === query.urgent),
    ),
    needs,
    overseas: query.overseas ? (catalog.overseas ?? null) : null,
    transferRate: catalog.transfer?.rates.find((r) => r.topic === topic.id)?.rate ?? null,
    modes: catalog.modes.filter((m) => usedModes.has(m.id)),
  };
}

function buildRecommendation(
  catalog: Catalog,
  entry: ChannelAt,
  routes: Route[],
  rank: number,
  at: number,
): Recommendation {
  const { channel } = entry;
  const reasons: Localized[] = [];
  for (const route of routes) {
    if (!reasons.some((r) => sameText(r, route.reason))) reasons.push(route.reason);
  }
  // The first route naming a service / capability the (region-mapped) channel actually has.
  let service: SpecialService | undefined;
  let capability: Capability | undefined;
  for (const route of routes) {
    service ??= route.service === undefined ? undefined : channel.services.find((s) => s.id === route.service);
    capability ??=
      route.capability === undefined ? undefined : channel.capabilities.find((c) => c.id === route.capability);
  }
  const materialIds = [...routes.flatMap((r) => r.materials ?? []), ...(service?.materials ?? [])];
  const materialIndex = indexOf(catalog).material;
  const materials = [...new Set(materialIds)]
    .map((id) => materialIndex.get(id))
    .filter((m): m is Material => m !== undefined);

  const recommendation: Recommendation = {
    rank,
    channel: entry,
    route: routes[0] ?? null,
    reasons,
    materials,
    expectedResponse: capability?.time ?? channel.response ?? null,
    warnings: channelWarnings(entry, at),
  };
  if (service) recommendation.service = service;
  if (capability) recommendation.capability = capability;
  return recommendation;
}
