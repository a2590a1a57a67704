// Wall-clock time in an IANA zone -> epoch milliseconds, cached per (zone, day).
//
// Agrees with luxon's DateTime.fromObject({..}, {zone}) wherever the wall time exists once.
// Nonexistent wall times (spring-forward gap) shift forward by the gap, as luxon does. For a
// repeated wall time (fall-back) luxon's pick depends on the current date; this picks the
// earlier instant, so the engine stays pure and deterministic.

import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from './civil-date.js';

export interface ZoneClock {
  readonly zone: string;
  /** The zone's UTC offset in minutes at an instant (luxon's IANAZone; typed here so the published declarations need no luxon types). */
  readonly tz: { offset(ts: number): number };
  /** day number -> [offset a day before, offset two days after] in minutes. */
  readonly days: Map<number, readonly [number, number]>;
}

const MAX_CACHED_DAYS = 4096;
const zones = new Map<string, ZoneClock>();

/** The (shared, cached) clock of an IANA zone; throws RangeError for an unknown zone. */
export function zoneClock(zone: string): ZoneClock {
  let zc = zones.get(zone);
  if (zc === undefined) {
    if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
      throw new RangeError(`Unknown IANA time zone: ${JSON.stringify(zone)}`);
    }
    zc = { zone, tz: IANAZone.create(zone), days: new Map() };
    zones.set(zone, zc);
  }
  return zc;
}

/** Offsets (minutes) bracketing local day `day`: every instant of that day lies between them. */
function bracket(zc: ZoneClock, day: number): readonly [number, number] {
  let b = zc.days.get(day);
  if (b === undefined) {
    if (zc.days.size >= MAX_CACHED_DAYS) zc.days.clear();
    b = [zc.tz.offset((day - 1) * DAY_MS), zc.tz.offset((day + 2) * DAY_MS)];
    zc.days.set(day, b);
  }
  return b;
}

/** Epoch ms of wall time `minute` minutes after midnight of local day `day` (minute may exceed 1440). */
export function wallToEpoch(zc: ZoneClock, day: number, minute: number): number {
  const d = day + Math.floor(minute / 1440);
  const local = d * DAY_MS + (minute - (d - day) * 1440) * MINUTE_MS;
  const [before, after] = bracket(zc, d);
  if (before === after) return local - before * MINUTE_MS;
  // An offset change near this day: test both candidate offsets.
  const t1 = local - before * MINUTE_MS;
  const t2 = local - after * MINUTE_MS;
  const ok1 = zc.tz.offset(t1) === before;
  const ok2 = zc.tz.offset(t2) === after;
  if (ok1 && ok2) return Math.min(t1, t2); // repeated wall time: the earlier one
  if (ok1) return t1;
  if (ok2) return t2;
  return t1; // in the gap: keep the pre-transition offset, i.e. shift forward
}
