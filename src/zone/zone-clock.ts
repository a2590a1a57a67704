// Wall-clock time in an IANA zone <-> epoch milliseconds, cached per (zone, day).
//
// The one reading of a wall-clock time, for the catalog's windows and for a wall-clock --at
// alike (SPEC, Time semantics): a time that exists once is that instant; a time in a
// spring-forward gap is read with the offset in force before the gap (so it moves later by the
// gap: 02:30 in New York's gap is 03:30 EDT); a time that occurs twice is its first occurrence.
// Only the zone's offsets at fixed instants are consulted, never the current date (luxon's own
// fromISO/fromObject guess from the offset in force today, so a repeated hour would depend on it).

import { FixedOffsetZone } from 'luxon';
import { zoneSource, type ZoneSource } from './zone-source.js';
import { DAY_MS, MINUTE_MS } from './civil-date.js';

const HOUR_MS = 3_600_000;

export interface ZoneClock {
  readonly zone: string;
  /** The zone's UTC offset in minutes at an instant (from the zone source, or luxon's fixed-offset zone; typed here so the published declarations need no luxon types). */
  readonly tz: { offset(ts: number): number };
  /** The source the offsets come from (a clock made before another was installed is made again). */
  readonly source: ZoneSource;
  /** day number -> [offset a day before, offset two days after] in minutes. */
  readonly days: Map<number, readonly [number, number]>;
  /** instant -> offset in minutes: a run asks for the same instants many times (each ask is a call into ICU). */
  readonly offsets: Map<number, number>;
  /** A fixed-offset zone as luxon reads the name ("UTC", "GMT", "UTC+8"), not an IANA one. */
  readonly fixed: boolean;
}

/** A wall clock's reading at an instant in a zone. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** UTC offset in minutes. */
  readonly offset: number;
}

const MAX_CACHED_DAYS = 4096;
const MAX_CACHED_OFFSETS = 4096;
const zones = new Map<string, ZoneClock>();

/**
 * The (shared, cached) clock of an IANA zone, or of a fixed offset as luxon names it ("UTC+8",
 * "UTC-5:30": what a POSIX TZ such as CST-8 reads as, src/time/system-zone.ts); throws
 * RangeError for anything else.
 */
export function zoneClock(zone: string): ZoneClock {
  const source = zoneSource();
  let zc = zones.get(zone);
  if (zc === undefined || zc.source !== source) {
    const resolved = typeof zone === 'string' ? source.resolve(zone) : null;
    const tz =
      resolved !== null ? { offset: source.offsets(resolved) } : typeof zone === 'string' ? FixedOffsetZone.parseSpecifier(zone) : null;
    if (tz === null) throw new RangeError(`Unknown IANA time zone: ${JSON.stringify(zone)}`);
    // luxon reads these names as its fixed UTC zone rather than as IANA zones.
    const lower = zone.toLowerCase();
    const fixed = resolved === null || lower === 'utc' || lower === 'gmt';
    zc = { zone, tz, source, days: new Map(), offsets: new Map(), fixed };
    zones.set(zone, zc);
  }
  return zc;
}

/** The zone's UTC offset in minutes at instant `ms`. */
export function offsetAt(zc: ZoneClock, ms: number): number {
  let o = zc.offsets.get(ms);
  if (o === undefined) {
    if (zc.offsets.size >= MAX_CACHED_OFFSETS) zc.offsets.clear();
    o = zc.tz.offset(ms);
    zc.offsets.set(ms, o);
  }
  return o;
}

/** The wall clock at instant `ms`: its fields are the instant moved by the offset, read as UTC. */
export function wallTimeAt(zc: ZoneClock, ms: number): WallTime {
  const offset = offsetAt(zc, ms);
  const d = new Date(ms + offset * MINUTE_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    offset,
  };
}

/** Offsets (minutes) bracketing local day `day`: every instant of that day lies between them. */
function bracket(zc: ZoneClock, day: number): readonly [number, number] {
  let b = zc.days.get(day);
  if (b === undefined) {
    if (zc.days.size >= MAX_CACHED_DAYS) zc.days.clear();
    b = [offsetAt(zc, (day - 1) * DAY_MS), offsetAt(zc, (day + 2) * DAY_MS)];
    zc.days.set(day, b);
  }
  return b;
}

/**
 * Epoch ms of a wall-clock time given in "local epoch" ms (its calendar fields read as if they
 * were UTC, e.g. Date.UTC(y, m - 1, d, h, min, s, ms)), read by the rule above.
 */
export function localToEpoch(zc: ZoneClock, local: number): number {
  // Not destructured: in V8's interpreter that steps an iterator, an object at every step.
  const offsets = bracket(zc, Math.floor(local / DAY_MS));
  const before = offsets[0];
  const after = offsets[1];
  if (before === after) return local - before * MINUTE_MS;
  // An offset change near this day: test both candidate offsets.
  const t1 = local - before * MINUTE_MS;
  const t2 = local - after * MINUTE_MS;
  const ok1 = offsetAt(zc, t1) === before;
  const ok2 = offsetAt(zc, t2) === after;
  if (ok1 && ok2) return Math.min(t1, t2); // repeated wall time: the first occurrence
  if (ok1) return t1;
  if (ok2) return t2;
  return t1; // in the gap: keep the pre-transition offset, i.e. shift forward
}

/** Epoch ms of wall time `minute` minutes after midnight of local day `day` (minute may exceed 1440). */
export function wallToEpoch(zc: ZoneClock, day: number, minute: number): number {
  return localToEpoch(zc, day * DAY_MS + minute * MINUTE_MS);
}

/**
 * The latest instant at or before `at` at which the zone's wall clock shows a whole hour (xx:00).
 * Unlike rounding the wall time down and reading it back, this never lands after `at` when the
 * rounded-down time falls in a gap (Chatham at 03:46 on its spring-forward day: 03:00 does not
 * exist, the hour began at 02:00 +12:45), and in a repeated hour it stays in the occurrence that
 * holds `at`.
 */
export function hourStartAtOrBefore(zc: ZoneClock, at: number): number {
  // Every offset in force during the two days before `at` (transitions are further apart).
  const offsets = new Set<number>();
  for (let j = 0; j <= 8; j++) offsets.add(offsetAt(zc, at - j * 6 * HOUR_MS));
  let best = Number.NEGATIVE_INFINITY;
  for (const o of offsets) {
    // Whole hours of the wall clock under offset o, from `at` back; the first one at which o is
    // actually in force is the candidate for o.
    const top = Math.floor((at + o * MINUTE_MS) / HOUR_MS) * HOUR_MS - o * MINUTE_MS;
    for (let k = 0; k <= 48; k++) {
      const t = top - k * HOUR_MS;
      if (t <= best) break;
      if (offsetAt(zc, t) === o) {
        best = t;
        break;
      }
    }
  }
  // Unreachable for real zones; a fixed fallback keeps the function total.
  return Number.isFinite(best) ? best : Math.floor(at / HOUR_MS) * HOUR_MS;
}

/** localToEpoch for a zone by name (throws RangeError for an unknown zone). */
export function wallTimeToEpoch(zone: string, local: number): number {
  return localToEpoch(zoneClock(zone), local);
}

/** hourStartAtOrBefore for a zone by name (throws RangeError for an unknown zone). */
export function hourStartInZone(zone: string, at: number): number {
  return hourStartAtOrBefore(zoneClock(zone), at);
}
