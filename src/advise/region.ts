// Where the user is (mainland China, overseas, or unsure), whether a channel can be used from
// there, and the numbers to dial: as dialled in mainland China and from abroad.
import type { Catalog, Channel, Hours, Region } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';

/** Zones of mainland China: the canonical names and their legacy aliases. */
const MAINLAND_ZONES = new Set(['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Kashgar', 'PRC']);

/**
 * Zones that name no place: UTC and its aliases, Etc/*, and a bare fixed offset (luxon's "UTC+8",
 * which a POSIX TZ=CST-8 becomes). Servers, containers and many WSL set-ups run in one of these
 * whether their user is in Shanghai or in London.
 */
const PLACELESS_ZONES = new Set(['UTC', 'UCT', 'GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich', 'Universal', 'Zulu']);
const FIXED_OFFSET = /^(?:UTC|GMT)[+-]\d{1,2}(?::\d{2})?$/;

/** The user's region as far as it is known: `unsure` when nothing says where they are. */
export type RegionView = Region | 'unsure';

export type RegionFrom = 'flag' | 'config' | 'zone';

export interface UserRegion {
  /** true abroad, false in mainland China, null when unsure. */
  overseas: boolean | null;
  /** What decided it: a flag (--overseas / --mainland), the preferences file, or the time zone. */
  from: RegionFrom;
  /** The facts behind it, for saying why: the flag given, the file, the zone. */
  flag?: '--overseas' | '--mainland';
  file?: string;
  zone?: string;
}

/** The preferences file's `region`, with where it was read from. */
export interface RegionPreference {
  region: 'mainland' | 'overseas' | 'auto';
  file: string;
}

/**
 * What a zone says (SPEC "Where the user is"): false for a mainland China zone, null for a zone
 * that names no place, true for any other.
 */
export function overseasByZone(zone: string): boolean | null {
  if (MAINLAND_ZONES.has(zone)) return false;
  if (PLACELESS_ZONES.has(zone) || zone.startsWith('Etc/') || FIXED_OFFSET.test(zone)) return null;
  return true;
}

/** --overseas / --mainland when given, else the preferences file's region (unless auto), else the zone's answer. */
export function userRegion(flags: { overseas?: boolean; mainland?: boolean }, zone: string, preference?: RegionPreference): UserRegion {
  if (flags.overseas === true) return { overseas: true, from: 'flag', flag: '--overseas' };
  if (flags.mainland === true) return { overseas: false, from: 'flag', flag: '--mainland' };
  if (preference && preference.region !== 'auto')
    return { overseas: preference.region === 'overseas', from: 'config', file: preference.file };
  return { overseas: overseasByZone(zone), from: 'zone', zone };
}

/** The query's region as a UserRegion: the one it carries, else what its `overseas` and `regionFrom` say. */
export function regionOfQuery(query: { overseas: boolean | null; regionFrom?: RegionFrom; region?: UserRegion }): UserRegion {
  return query.region ?? { overseas: query.overseas, from: query.regionFrom ?? 'flag' };
}

export function regionOf(overseas: boolean | null): RegionView {
  return overseas === null ? 'unsure' : overseas ? 'overseas' : 'mainland';
}

/**
 * Whether a channel can be used from the region: `yes` where it serves; from abroad, a mainland
 * line says so itself (`abroad.calls`), and `unknown` is offered with that said; otherwise `no`.
 * Unsure: the better of the two.
 */
export type Reach = 'yes' | 'unknown' | 'no';

export function reachFrom(channel: Channel, region: RegionView): Reach {
  if (region === 'unsure') {
    const home = reachFrom(channel, 'mainland');
    return home === 'yes' ? home : reachFrom(channel, 'overseas');
  }
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

/** The channel to use in a known region for `id`: itself where it can be used, else its alternative, else null. */
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
 * The channels to offer for `id`: the one for a known region; when unsure, the one for each
 * region (a mainland line and its overseas alternative both), so that a line open for either
 * is never hidden.
 */
export function channelsInRegion(catalog: Catalog, id: string, region: RegionView): RegionalChannel[] {
  if (region !== 'unsure') {
    const found = channelInRegion(catalog, id, region);
    return found ? [found] : [];
  }
  const out: RegionalChannel[] = [];
  for (const r of ['mainland', 'overseas'] as const) {
    const found = channelInRegion(catalog, id, r);
    if (found && !out.some((o) => o.channel.id === found.channel.id))
      out.push({ ...found, reach: reachFrom(found.channel, 'unsure') as Exclude<Reach, 'no'> });
  }
  return out;
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
 * from abroad (`hours.abroad`); everywhere else (unsure included) the line's own hours, with the
 * abroad hours said beside the abroad form (see `diallingIn`).
 */
export function hoursFor(channel: Channel, region: RegionView): Hours {
  return region === 'overseas' && channel.hours.abroad !== undefined ? channel.hours.abroad : channel.hours;
}

/** A number in the forms a user who may be in either place needs: absent where the line does not take calls from there. */
export interface DialForms {
  /** As dialled in mainland China. */
  mainland?: string;
  /** As dialled from abroad. */
  abroad?: string;
  /** The hours that apply to the abroad form, where the line has other hours for calls from abroad. */
  abroadHours?: Hours;
}

/** How a contact is dialled from the region: `dial` abroad; both forms when unsure (and `reach` about the form from abroad). */
export interface Dialling {
  dial?: string;
  forms?: DialForms;
  reach: Exclude<Reach, 'no'>;
}

export function diallingIn(channel: Channel, region: RegionView, reach: Exclude<Reach, 'no'>): Dialling {
  if (channel.number === undefined || region === 'mainland') return { reach };
  const abroad = reachFrom(channel, 'overseas');
  const dial = abroad === 'no' ? undefined : dialFromAbroad(channel);
  if (region === 'overseas') return dial === undefined ? { reach } : { dial, reach };
  const forms: DialForms = {};
  if (channel.regions.includes('mainland')) forms.mainland = channel.number;
  if (dial !== undefined) forms.abroad = dial;
  if (dial !== undefined && channel.hours.abroad !== undefined) forms.abroadHours = channel.hours.abroad;
  // The abroad form is offered without knowing whether it gets through: said as it is abroad.
  return { ...(dial === undefined ? {} : { dial }), forms, reach: dial !== undefined && abroad === 'unknown' ? 'unknown' : reach };
}
