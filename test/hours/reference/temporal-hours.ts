// A second implementation of the documented hours semantics (SPEC "Time semantics", README
// "Hours"), written from the text alone on a different time library — the Temporal polyfill —
// and sharing no code with src/hours. It is slow and plain on purpose: every date's windows are
// listed, every question is answered by looking at all of them.
//
//   - A window is a daily wall-clock rule in the schedule's zone, half-open [from, to).
//   - `to` <= `from` crosses midnight (ends on the next date); `from` == `to` is 24 h; "24:00" is
//     the next date's midnight. A window belongs to the date it starts on; `days` limits those.
//   - A wall-clock time is read with Temporal's "compatible" disambiguation: in a gap it moves
//     later by the gap, a repeated time is its first occurrence.
//   - A date's rules: the last listed exception covering it (its windows and its peaks; `[]` is a
//     closed day), else the weekly ones. A date whose rules are an empty weekly list is unknown
//     from its midnight to the next midnight.
//   - Where intervals overlap the strongest state wins: open > automated > unknown > closed.
//   - A peak counts only while open; its wait is the longest of the peaks covering the instant.
//   - nextChange: the first instant after `at` where the state differs, looking 8 days ahead
//     (inclusive); nextOpen: the first instant at or after `at` that is open (null when open now).
import { Temporal } from '@js-temporal/polyfill';
import type { Schedule, State, Weekday } from '../../../src/catalog/types.js';

const DAY = 86_400_000;
export const HORIZON = 8 * DAY;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const STRENGTH: Record<State, number> = { closed: 0, unknown: 1, automated: 2, open: 3 };

interface Interval {
  start: number;
  end: number;
  /** A state, or 'peak' with a wait. */
  kind: Exclude<State, 'closed'> | 'peak';
  wait: number;
}

export interface RefStatus {
  state: State;
  peak: boolean;
  peakWaitMinutes: number | null;
  nextChange: number | null;
  nextState: State | null;
  nextOpen: number | null;
}

export interface RefSegment {
  start: number;
  end: number;
  state: State;
  peak: boolean;
  peakWaitMinutes: number | null;
}

/** Wall-clock conversions are the slow part: one cache for every schedule. */
const wallCache = new Map<string, number>();

/** The instant of wall-clock `time` ("HH:MM", or "24:00") on `date` in `zone`. */
export function wallInstant(zone: string, date: Temporal.PlainDate, time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const day = hh === 24 ? date.add({ days: 1 }) : date;
  const key = `${zone} ${day.toString()} ${hh % 24}:${mm}`;
  let ms = wallCache.get(key);
  if (ms === undefined) {
    ms = day.toPlainDateTime({ hour: hh % 24, minute: mm }).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
    wallCache.set(key, ms);
  }
  return ms;
}

const minutesOf = (time: string): number => {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
};

/** The zone's calendar date at an instant. */
export function dateAt(zone: string, at: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).toPlainDate();
}

const dateCache = new WeakMap<Schedule, Map<string, Interval[]>>();

/** The intervals of the rules that start on `date` ("YYYY-MM-DD"), computed once per schedule object and date. */
function intervalsOf(s: Schedule, date: string): Interval[] {
  let byDate = dateCache.get(s);
  if (byDate === undefined) {
    byDate = new Map();
    dateCache.set(s, byDate);
  }
  let list = byDate.get(date);
  if (list === undefined) {
    list = computeIntervals(s, Temporal.PlainDate.from(date));
    byDate.set(date, list);
  }
  return list;
}

function computeIntervals(s: Schedule, date: Temporal.PlainDate): Interval[] {
  const iso = date.toString();
  let windows = s.windows;
  let peaks = s.peaks;
  let fromException = false;
  // Later exceptions win: keep the last one that covers the date (ISO dates compare as text).
  for (const e of s.exceptions) {
    if (e.from <= iso && iso <= e.to) {
      windows = e.windows;
      peaks = e.peaks ?? [];
      fromException = true;
    }
  }
  const out: Interval[] = [];
  if (!fromException && s.windows.length === 0) {
    const start = wallInstant(s.zone, date, '00:00');
    const end = wallInstant(s.zone, date, '24:00');
    if (end > start) out.push({ start, end, kind: 'unknown', wait: 0 });
  }
  const weekday = WEEKDAYS[date.dayOfWeek - 1]!;
  const place = (r: { from: string; to: string; days?: Weekday[] }, kind: Interval['kind'], wait: number): void => {
    if (r.days !== undefined && !r.days.includes(weekday)) return;
    const start = wallInstant(s.zone, date, r.from);
    const crosses = minutesOf(r.to) <= minutesOf(r.from);
    const end = wallInstant(s.zone, crosses ? date.add({ days: 1 }) : date, r.to);
    if (end > start) out.push({ start, end, kind, wait });
  };
  for (const w of windows) place(w, w.state, 0);
  for (const p of peaks) place(p, 'peak', p.waitMinutes);
  return out;
}

/** Every interval of the rules of every date that can touch [from, to). */
function intervalsAround(s: Schedule, from: number, to: number): Interval[] {
  // A zone's date is within a day of the UTC date. A rule starts at most two dates before an
  // instant it covers (a 24 h window from the next midnight), and a skipped date (Samoa) pushes
  // its rules a date later: four dates back from the UTC date is safe. Enumerating calendar
  // dates needs no zone.
  const out: Interval[] = [];
  const firstDay = Math.floor(from / 86_400_000) - 4;
  const lastDay = Math.floor(to / 86_400_000) + 2;
  for (let d = firstDay; d <= lastDay; d++) {
    for (const iv of intervalsOf(s, new Date(d * 86_400_000).toISOString().slice(0, 10))) if (iv.start < to && iv.end > from) out.push(iv);
  }
  return out;
}

function stateIn(intervals: readonly Interval[], at: number): { state: State; peak: boolean; peakWaitMinutes: number | null } {
  let state: State = 'closed';
  let wait = -1;
  for (const iv of intervals) {
    if (!(iv.start <= at && at < iv.end)) continue;
    if (iv.kind === 'peak') wait = Math.max(wait, iv.wait);
    else if (STRENGTH[iv.kind] > STRENGTH[state]) state = iv.kind;
  }
  const peak = state === 'open' && wait >= 0;
  return { state, peak, peakWaitMinutes: peak ? wait : null };
}

/** Instants in (from, to) where some interval begins or ends, sorted. */
function edges(intervals: readonly Interval[], from: number, to: number): number[] {
  const set = new Set<number>();
  for (const iv of intervals) {
    if (iv.start > from && iv.start < to) set.add(iv.start);
    if (iv.end > from && iv.end < to) set.add(iv.end);
  }
  return [...set].sort((a, b) => a - b);
}

export function refStatus(s: Schedule, at: number): RefStatus {
  // Look a day ahead first, then further (reading fewer dates is what keeps this fast); the
  // intervals touching [at, at + span) decide every edge inside it exactly.
  for (const span of [DAY, 3 * DAY, HORIZON + 1]) {
    const intervals = intervalsAround(s, at, at + span);
    const now = stateIn(intervals, at);
    let nextChange: number | null = null;
    let nextState: State | null = null;
    let nextOpen: number | null = null;
    for (const t of edges(intervals, at, at + span)) {
      const st = stateIn(intervals, t).state;
      if (nextChange === null && st !== now.state) {
        nextChange = t;
        nextState = st;
      }
      if (now.state !== 'open' && nextOpen === null && st === 'open') nextOpen = t;
      if (nextChange !== null && (now.state === 'open' || nextOpen !== null)) break;
    }
    const done = nextChange !== null && (now.state === 'open' || nextOpen !== null);
    if (done || span > HORIZON) return { ...now, nextChange, nextState, nextOpen };
  }
  throw new Error('unreachable');
}

/** [from, to) as maximal runs of one (state, peak, wait). */
export function refSegments(s: Schedule, from: number, to: number): RefSegment[] {
  const intervals = intervalsAround(s, from, to);
  const out: RefSegment[] = [];
  const cuts = [from, ...edges(intervals, from, to), to];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const st = stateIn(intervals, cuts[i]!);
    const last = out[out.length - 1];
    if (last && last.state === st.state && last.peak === st.peak && last.peakWaitMinutes === st.peakWaitMinutes) last.end = cuts[i + 1]!;
    else out.push({ start: cuts[i]!, end: cuts[i + 1]!, ...st });
  }
  return out;
}

/** The instant a wall-clock ISO date-time without offset names in `zone` ("compatible"). */
export function refWallClock(zone: string, wall: string): number {
  return Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** The latest instant <= at at which the zone's clock shows a whole hour. */
export function refHourStart(zone: string, at: number): number {
  const floor = Temporal.Instant.fromEpochMilliseconds(at)
    .toZonedDateTimeISO(zone)
    .toPlainDateTime()
    .round({ smallestUnit: 'hour', roundingMode: 'floor' });
  // After a backward change a higher wall hour may have passed before `at`: start above it.
  let best = Number.NEGATIVE_INFINITY;
  for (let k = -3; k < 48; k++) {
    const pdt = floor.subtract({ hours: k });
    // Both occurrences of a repeated hour; a time in a gap has none (its readings show another time).
    for (const d of ['earlier', 'later'] as const) {
      const z = pdt.toZonedDateTime(zone, { disambiguation: d });
      if (z.toPlainDateTime().equals(pdt) && z.epochMilliseconds <= at) best = Math.max(best, z.epochMilliseconds);
    }
    // Lower wall hours than one that exists before `at` are earlier still.
    if (k >= 0 && Number.isFinite(best)) return best;
  }
  throw new Error(`no whole hour before ${at} in ${zone}`);
}

/** The zone's offset changes in [from, to), as epoch ms. */
export function transitions(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  let z: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(zone);
  for (;;) {
    z = z.getTimeZoneTransition('next');
    if (z === null || z.epochMilliseconds >= to) return out;
    out.push(z.epochMilliseconds);
  }
}
