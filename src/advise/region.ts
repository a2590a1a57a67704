// Where the user is (mainland China or overseas), and which channels serve them there.
import type { Catalog, Channel, Region } from '../catalog/types.js';
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

/** The channel to use in the user's region for `id`: itself, its alternative, or null. */
export function channelForRegion(catalog: Catalog, id: string, region: Region): Channel | null {
  const index = indexOf(catalog);
  const channel = index.channel.get(id);
  if (!channel) return null;
  if (channel.regions.includes(region)) return channel;
  const alternative = channel.alternative === undefined ? undefined : index.channel.get(channel.alternative);
  return alternative && alternative.regions.includes(region) ? alternative : null;
}
