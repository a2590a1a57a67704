// The one ranking policy behind recommend, phone and the emergency contacts (SPEC "What a good
// answer is"): what can act now comes first (the emergency's first step, then — for someone who
// asked for a person — where a person answers now, a phone line first, then a route that says it
// leads, then what a special need asks for, then — when urgent — a person before self-service),
// then what can act soonest,
// then what cannot be known; between phone lines that stand equal, the better-sourced one first;
// otherwise the catalog's order. A line public material calls historical or a line for another
// product (`standing`) is shown but never counted as help: it comes last, whatever its hours.
import type { Catalog, Channel, Route } from '../catalog/types.js';
import type { ChannelStatus } from '../hours/index.js';
import { channelAt, type ChannelAt, type ContactAt } from './channel-state.js';
import { actsAt, canActNow } from './availability.js';
import { hasOpenWindows } from './advice-warnings.js';
import { diallingIn, reachFrom, type Reach, type RegionView } from './region.js';
import { compareSourcing, sourcingKey } from './sourcing.js';

export interface RankInput extends ChannelAt {
  reach: Exclude<Reach, 'no'>;
  routes: readonly Route[];
  /** A channel of the emergency procedure's first step. */
  firstStep?: boolean;
  /** Brought by a special need (--need): the position of its route among the needs' routes. */
  forNeed?: number;
}

export interface Ranked<T extends RankInput> {
  item: T;
  /** Open, or automated where self-service does the job. */
  canActNow: boolean;
  /** When it can next act (now when it can), null when not within the horizon. */
  actsAt: number | null;
}

/** Whether self-service does this job: a route says so, or the channel never has people at all. */
export function selfServiceFor(channel: Channel, routes: readonly Route[]): boolean {
  const said = routes.find((r) => r.selfService !== undefined)?.selfService;
  return said ?? !hasOpenWindows(channel.hours);
}

/** Whether public material calls the line historical or a line for another product: it never leads. */
export function sidelined(channel: Channel): boolean {
  return channel.standing !== undefined;
}

/** Whether a channel can act at this moment for this job (never a sidelined one), and when it next can. */
export function actingState(channel: Channel, status: ChannelStatus, self: boolean, at: number): { now: boolean; acts: number | null } {
  if (sidelined(channel)) return { now: false, acts: null };
  return { now: canActNow(status, self), acts: actsAt(status, self, at) };
}

/** A channel on its own (no topic or need), for a user in the region: whether it can act now, by its own nature. */
export function contactOnItsOwn(channel: Channel, at: number, region: RegionView = 'mainland'): ContactAt {
  const here = channelAt(channel, at, region);
  const { now, acts } = actingState(channel, here.status, selfServiceFor(channel, []), at);
  // Abroad, a line that can be called from there shows the number to dial from there; unsure, both forms.
  const reach = reachFrom(channel, region);
  return { ...here, ...diallingIn(channel, region, reach === 'unknown' ? 'unknown' : 'yes'), canActNow: now, actsAt: acts };
}

export interface RankOptions {
  /** A person before self-service among what can act now. */
  urgent: boolean;
  /** The user asked for a person: where one answers now leads, a phone line (a voice at once) first. */
  person?: boolean;
}

/** Where a person answers at this moment (SPEC: `open` is "people answer"); a line for another
 * product or a historical one (`standing`) answers, but not for this, so it never counts. */
export function personAnswers(channel: Channel, status: ChannelStatus): boolean {
  return status.state === 'open' && !sidelined(channel);
}

export function rankChannels<T extends RankInput>(catalog: Catalog, items: readonly T[], at: number, options: RankOptions): Ranked<T>[] {
  const rows = items.map((item, order) => {
    const self = selfServiceFor(item.channel, item.routes);
    const { now, acts } = actingState(item.channel, item.status, self, at);
    // The primary key: everything but the sourcing order, which only applies between equals.
    const tier = now ? 0 : acts !== null ? 1 : sidelined(item.channel) ? 4 : item.status.state === 'unknown' ? 2 : 3;
    const person = options.person === true;
    const key = now
      ? [
          tier,
          item.firstStep ? 0 : 1,
          person && !personAnswers(item.channel, item.status) ? 1 : 0,
          person && item.channel.kind !== 'phone' ? 1 : 0,
          item.routes.some((r) => r.lead === true) ? 0 : 1,
          item.forNeed ?? Number.MAX_SAFE_INTEGER,
          options.urgent && item.status.state !== 'open' ? 1 : 0,
        ]
      : [tier, acts ?? 0, 0, 0, 0, 0, 0];
    return { item, order, key, now, acts, sourcing: sourcingKey(catalog, item.channel, item.reach) };
  });
  const sameKey = (a: number[], b: number[]) => a.every((v, i) => v === b[i]);
  rows.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return a.order - b.order;
  });
  // Rule 5 within each run of equals: the slots held by phone lines are refilled with the same
  // lines, better-sourced first; everything else keeps its place. Two lines that answer now do the
  // same job; two websites seldom do (a help centre is no place to file a case).
  for (let start = 0; start < rows.length; ) {
    let end = start + 1;
    while (end < rows.length && sameKey(rows[end]!.key, rows[start]!.key)) end++;
    const byKind = new Map<string, number[]>();
    for (let i = start; i < end; i++) {
      const kind = rows[i]!.item.channel.kind;
      if (kind === 'phone') byKind.set(kind, [...(byKind.get(kind) ?? []), i]);
    }
    for (const slots of byKind.values()) {
      if (slots.length < 2) continue;
      const sorted = slots.map((i) => rows[i]!).sort((a, b) => compareSourcing(a.sourcing, b.sourcing) || a.order - b.order);
      slots.forEach((slot, i) => {
        rows[slot] = sorted[i]!;
      });
    }
    start = end;
  }
  return rows.map((r) => ({ item: r.item, canActNow: r.now, actsAt: r.acts }));
}
