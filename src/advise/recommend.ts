// The routing engine: a topic (plus urgency, region and special needs) → ranked channels with
// reasons, materials, expected response and warnings, under the SPEC's rules of a good answer
// (see ranking.ts). Everything it knows comes from the catalog; it never reads the clock (the
// instant is a parameter) and never formats text.
import type {
  Advice,
  Capability,
  Catalog,
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
import type { TopicMatch } from '../match/topic.js';
import { channelWarnings, type AdviceWarning } from './advice-warnings.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ContactAt } from './channel-state.js';
import { emergencyPlan, regionalChannels, stepChannelIds, type EmergencyPlan } from './emergency.js';
import { personAnswers, rankChannels, sidelined, type RankInput } from './ranking.js';
import { sidelinedNow, type SidelinedNow } from './sidelined.js';
import { materialsIn } from './materials.js';
import {
  channelsInRegion,
  diallingIn,
  regionOf,
  regionOfQuery,
  type RegionalChannel,
  type RegionFrom,
  type RegionView,
  type UserRegion,
} from './region.js';

export type { AdviceWarning } from './advice-warnings.js';
export { findEmergency, emergencyContacts, emergencyPlan, type EmergencyPlan, type PlanStep } from './emergency.js';

export interface RecommendQuery {
  topic: string;
  urgent: boolean;
  /** true abroad, false in mainland China, null when unsure (channels of either, numbers in both forms). */
  overseas: boolean | null;
  needs: string[];
  /** At most this many recommendations; all when absent. */
  limit?: number;
  /** What decided `overseas`: a flag, the preferences file or the user's zone (absent: the caller gave it). */
  regionFrom?: RegionFrom;
  /** Where the user is and why (the CLI gives it; `overseas` and `regionFrom` agree with it). */
  region?: UserRegion;
  /** What decided `urgent`: a flag, the topic's nature, the user's words, or the default. */
  urgentFrom?: 'flag' | 'topic' | 'text' | 'default';
  /** How the user's own words were matched to the topic, when they gave words instead of --topic. */
  match?: TopicMatch;
}

export interface Recommendation {
  /** 1-based. */
  rank: number;
  channel: ContactAt;
  /** The first route that led to this channel (topic routes before need routes). */
  route: Route | null;
  /** What this channel does for the problem, in candidate order, without repeats; each about this channel only. */
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
  /** Where the answer assumes the user is, and why. */
  region: UserRegion;
  topic: Topic;
  /** The topic's emergency procedure when the query is urgent; null otherwise (the library's callers read it; it is plan.emergency). */
  emergency: Emergency | null;
  /** That procedure as a plan: steps with their channels where the user is, and the contacts. */
  plan: EmergencyPlan | null;
  recommendations: Recommendation[];
  /** Whether anything recommended can help at this moment (rank 1 can, when anything can). */
  canActNow: boolean;
  /** When nothing can act now: the soonest moment something can; else null. */
  nextActionAt: number | null;
  /** When the only line answering now is one public material calls historical or another product's: it, and the soonest confirmed opening. */
  sidelinedNow: SidelinedNow | null;
  /** Result-level warnings: overseas-slower, unavailable-in-region. */
  warnings: AdviceWarning[];
  /** Closing advice that applies to this topic and urgency, catalog order. */
  advice: Advice[];
  needs: Need[];
  /** catalog.overseas when the query is overseas (not when unsure), else null. */
  overseas: Overseas | null;
  /** The topic's materials as they apply where the user is (ids; src/advise/materials.ts). */
  topicMaterials: string[];
  /** The topic's 转人工 transfer rate (0..1), when the catalog gives one. */
  transferRate: number | null;
  /** Interaction modes of the recommended channels, catalog order, each once. */
  modes: InteractionMode[];
  /** When a need asks for a person: whether one answers now, else when and where one will first (null: not within the horizon). */
  person: PersonAnswer | null;
}

export interface PersonAnswer {
  now: boolean;
  /** The soonest a person answers on a recommended channel, when none does now. */
  at: number | null;
  channel: ContactAt | null;
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

/** One channel and everything that led to it. */
interface Candidate extends RankInput {
  routes: Route[];
  reasons: Localized[];
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
  if (query.overseas === true && catalog.overseas) {
    warnings.push({ kind: 'overseas-slower', factor: catalog.overseas.processingFactor });
  }
  const emergency = query.urgent && topic.emergency !== undefined ? (index.emergency.get(topic.emergency) ?? null) : null;
  const plan = emergency ? emergencyPlan(catalog, emergency, at, region) : null;
  const firstStep = new Set(plan?.steps[0]?.channels.map((c) => c.channel.id) ?? []);

  // Candidates: topic routes, then each need's routes; one per channel usable in the user's region.
  const candidates = new Map<string, Candidate>();
  const unavailable = new Set<string>();
  const add = (found: RegionalChannel, route: Route | null, reason: Localized | undefined, forNeed: number | undefined) => {
    const { channel } = found;
    let c = candidates.get(channel.id);
    if (!c) {
      c = { ...channelAt(channel, at, region), reach: found.reach, routes: [], reasons: [], firstStep: firstStep.has(channel.id) };
      candidates.set(channel.id, c);
    }
    if (forNeed !== undefined && c.forNeed === undefined) c.forNeed = forNeed;
    if (route) c.routes.push(route);
    if (reason && !c.reasons.some((r) => sameText(r, reason))) c.reasons.push(reason);
  };
  let needRoutes = 0;
  // A need met by a person is served by whoever answers now (the ranking's person rule), not by its routes' order.
  const wantsPerson = needs.some((n) => n.person === true);
  const routed = (routes: readonly Route[], forNeed: boolean) => {
    for (const route of routes.filter((r) => routeApplies(r, query.urgent))) {
      const needOrder = forNeed ? needRoutes++ : undefined;
      const found = channelsInRegion(catalog, route.channel, region);
      if (found.length === 0) {
        if (!unavailable.has(route.channel)) {
          unavailable.add(route.channel);
          warnings.push({ kind: 'unavailable-in-region', channel: route.channel, region });
        }
        continue;
      }
      // A reason speaks of its own channel: an alternative swapped in for the region says what it is.
      for (const f of found) add(f, route, f.insteadOf === undefined ? route.reason : (f.channel.scope ?? f.channel.name), needOrder);
    }
  };
  routed(topic.routes, false);
  for (const need of needs) routed(need.routes, need.person !== true);
  // The plan's first step leads (rule 2): its channels are candidates, the step saying why.
  const first = emergency?.steps[0];
  if (first) for (const found of regionalChannels(catalog, stepChannelIds(first), region)) add(found, null, first.text, undefined);

  const ranked = rankChannels(catalog, [...candidates.values()], at, { urgent: query.urgent, person: wantsPerson });
  const canActNow = ranked.some((r) => r.canActNow);
  const later = ranked.map((r) => r.actsAt).filter((t): t is number => t !== null);
  const nextActionAt = canActNow || later.length === 0 ? null : Math.min(...later);
  const shown = query.limit === undefined ? ranked : ranked.slice(0, Math.max(0, Math.floor(query.limit)));

  const contactOf = (r: (typeof ranked)[number]): ContactAt => {
    const c = r.item;
    return {
      channel: c.channel,
      hours: c.hours,
      status: c.status,
      ...diallingIn(c.channel, region, c.reach),
      canActNow: r.canActNow,
      actsAt: r.actsAt,
    };
  };
  const recommendations = shown.map((r, i) => buildRecommendation(catalog, contactOf(r), r.item.routes, r.item.reasons, i + 1, at, region));
  let person: PersonAnswer | null = null;
  if (wantsPerson) {
    const now = ranked.some((r) => personAnswers(r.item.channel, r.item.status));
    // None now: the recommended channel a person answers first, soonest (a phone line on a tie, like the ranking).
    const soonest = now
      ? undefined
      : ranked
          .filter((r) => r.item.status.nextOpen !== null && !sidelined(r.item.channel))
          .sort(
            (a, b) =>
              a.item.status.nextOpen! - b.item.status.nextOpen! ||
              Number(a.item.channel.kind !== 'phone') - Number(b.item.channel.kind !== 'phone'),
          )[0];
    person = { now, at: soonest?.item.status.nextOpen ?? null, channel: soonest ? contactOf(soonest) : null };
  }

  // Every channel in the answer, the plan's too: is a sidelined line the only one answering now?
  const everyContact = [...recommendations.map((r) => r.channel), ...(plan?.contacts ?? [])];
  const usedModes = new Set(shown.flatMap((r) => r.item.channel.modes));
  return {
    query: { ...query, needs: needIds },
    region: regionOfQuery(query),
    // Its tips as said where the user is (abroad, the user's own identity document: src/advise/materials.ts).
    topic:
      region === 'overseas' && topic.tips.some((t) => t.overseasText)
        ? { ...topic, tips: topic.tips.map((t) => (t.overseasText ? { ...t, text: t.overseasText } : t)) }
        : topic,
    emergency: plan?.emergency ?? null,
    plan,
    recommendations,
    canActNow,
    nextActionAt,
    sidelinedNow: sidelinedNow(everyContact),
    warnings,
    advice: catalog.advice.filter(
      (a) => (a.topics.length === 0 || a.topics.includes(topic.id)) && (a.urgent === undefined || a.urgent === query.urgent),
    ),
    needs,
    overseas: query.overseas === true ? (catalog.overseas ?? null) : null,
    topicMaterials: materialsIn(catalog, topic.materials, region),
    transferRate: catalog.transfer?.rates.find((r) => r.topic === topic.id)?.rate ?? null,
    modes: catalog.modes.filter((m) => usedModes.has(m.id)),
    person,
  };
}

function buildRecommendation(
  catalog: Catalog,
  entry: ContactAt,
  routes: Route[],
  reasons: Localized[],
  rank: number,
  at: number,
  region: RegionView,
): Recommendation {
  const { channel } = entry;
  // The first route naming a service / capability the (region-mapped) channel actually has.
  let service: SpecialService | undefined;
  let capability: Capability | undefined;
  for (const route of routes) {
    service ??= route.service === undefined ? undefined : channel.services.find((s) => s.id === route.service);
    capability ??= route.capability === undefined ? undefined : channel.capabilities.find((c) => c.id === route.capability);
  }
  const materialIds = materialsIn(catalog, [...routes.flatMap((r) => r.materials ?? []), ...(service?.materials ?? [])], region);
  const materialIndex = indexOf(catalog).material;
  const materials = materialIds.map((id) => materialIndex.get(id)).filter((m): m is Material => m !== undefined);

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
