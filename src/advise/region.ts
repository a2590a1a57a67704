// Where the user is (mainland China or overseas), whether a channel can be used from there, and
// the number to dial from abroad.
import type { Catalog, Channel, Hours, Region } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';

/** Zones of mainland China: the canonical names and their legacy aliases. */
const MAINLAND_ZONES = new Set(['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Kashgar', 'PRC']);

export interface UserRegion {
  overseas: boolean;
  /** What decided it: a flag (--overseas / --mainland) or the user's time zone. */
  from: 'flag' | 'zone';
}

/** A mainland China zone means mainland; any other zone means overseas (SPEC "Where the user is"). */
export function overseasByZone(zone: string): boolean {
  return !MAINLAND_ZONES.has(zone);
}

/** --overseas / --mainland when given, else the zone's answer. */
export function userRegion(flags: { overseas?: boolean; mainland?: boolean }, zone: string): UserRegion {
  if (flags.overseas === true) return { overseas: true, from: 'flag' };
  if (flags.mainland === true) return { overseas: false, from: 'flag' };
  return { overseas: overseasByZone(zone), from: 'zone' };
}

export function regionOf(overseas: boolean): Region {
  return overseas ? 'overseas' : 'mainland';
}

/**
 * Whether a channel can be used from the region: `yes` where it serves; from abroad, a mainland
 * line says so itself (`abroad.calls`), and `unknown` is offered with that said; otherwise `no`.
 */
export type Reach = 'yes' | 'unknown' | 'no';

export function reachFrom(channel: Channel, region: Region): Reach {
  if (channel.regions.includes(region)) return 'yes';
  if (region === 'overseas' && channel.abroad) return channel.abroad.calls;
  return 'no';
}

/** A channel as the user in a region would use it. */
export interface RegionalChannel {
  channel: Channel;
  reach: Exclude<Reach, 'no'>;
  /** The channel asked for, when this is its alternative for the region. */
  insteadOf?: string;
}

/** The channel to use in the region for `id`: itself where it can be used, else its alternative, else null. */
export function channelInRegion(catalog: Catalog, id: string, region: Region): RegionalChannel | null {
  const index = indexOf(catalog);
  const channel = index.channel.get(id);
  if (!channel) return null;
  const reach = reachFrom(channel, region);
  if (reach !== 'no') return { channel, reach };
  const alternative = channel.alternative === undefined ? undefined : index.channel.get(channel.alternative);
  if (!alternative) return null;
  const altReach = reachFrom(alternative, region);
  return altReach === 'no' ? null : { channel: alternative, reach: altReach, insteadOf: channel.id };
}

/**
 * The number to dial from abroad: the catalog's `abroad.dial`, else a number already written in
 * international form, else the E.164 form; undefined for a channel without a number.
 */
export function dialFromAbroad(channel: Channel): string | undefined {
  if (channel.number === undefined) return undefined;
  if (channel.abroad?.dial !== undefined) return channel.abroad.dial;
  if (/^\s*(\+|00)/.test(channel.number)) return channel.number;
  return channel.e164 ?? channel.number;
}

/**
 * The hours that apply to a caller in the region: one number can have other hours when called
 * from abroad (`hours.abroad`); everywhere else the line's own hours.
 */
export function hoursFor(channel: Channel, region: Region): Hours {
  return region === 'overseas' && channel.hours.abroad !== undefined ? channel.hours.abroad : channel.hours;
}
