// A Schedule parsed once into numbers: minutes, weekday masks and day-number ranges.
// Cached per schedule object, so a schedule must not be mutated after its first use.

import type { PeakRule, Schedule, Weekday, WindowRule, WindowState } from '../catalog/types.js';
import { clockMinutes } from './clock-time.js';
import { parseIsoDate } from '../zone/civil-date.js';
import { zoneClock, type ZoneClock } from '../zone/zone-clock.js';

/**
 * Internal ranks: the strongest state wins where windows overlap. `unknown` is a pseudo-window
 * covering each whole date that has no rules, so any real window (an overnight one from the day
 * before) beats it, and it beats the plain `closed` of a date with rules.
 */
export const RANK_CLOSED = 0;
export const RANK_UNKNOWN = 1;
export const RANK_AUTOMATED = 2;
export const RANK_OPEN = 3;
export const STATE_OF_RANK = ['closed', 'unknown', 'automated', 'open'] as const;

const WEEKDAY_BIT: Record<Weekday, number> = {
  mon: 1 << 1,
  tue: 1 << 2,
  wed: 1 << 3,
  thu: 1 << 4,
  fri: 1 << 5,
  sat: 1 << 6,
  sun: 1 << 7,
};
const ALL_DAYS = 0b1111_1110;

/** A daily rule in minutes after the start day's midnight; end > start (end may pass 1440). */
export interface CompiledRule {
  start: number;
  end: number;
  /** Bit (1 << isoWeekday) set for each start day the rule applies to. */
  dayMask: number;
}
export interface CompiledWindow extends CompiledRule {
  rank: number;
}
export interface CompiledPeak extends CompiledRule {
  wait: number;
}
export interface CompiledException {
  first: number; // day number, inclusive
  last: number; // day number, inclusive
  windows: CompiledWindow[];
  peaks: CompiledPeak[];
}

/**
 * One day's intervals in epoch ms, for rules starting on that day, as flat triples (few objects:
 * a 5,000-channel catalog keeps many of these).
 */
export interface DayPlan {
  /** start, end, rank, start, end, rank, … */
  windows: number[];
  /** start, end, waitMinutes, … */
  peaks: number[];
}

export interface CompiledSchedule {
  clock: ZoneClock;
  windows: CompiledWindow[];
  peaks: CompiledPeak[];
  exceptions: CompiledException[];
  /** The weekly list is empty: a date no exception covers has unknown hours. */
  weeklyUnknown: boolean;
  /**
   * The rank in force at every instant, when one never changes (a 24-hour window every day, no
   * window above it, no peaks, no exceptions: a line open around the clock, an app's self-service);
   * else null. Its status needs no day worked out.
   */
  constant: number | null;
  /** Per-day plans, filled lazily. */
  days: Map<number, DayPlan>;
  /** The last status computed, reused when many channels share one schedule and one instant. */
  memo: { at: number; value: unknown } | null;
}

const byObject = new WeakMap<Schedule, CompiledSchedule>();
/** Structurally identical schedules (e.g. copies of a built-in channel) share one compilation. */
const byContent = new Map<string, CompiledSchedule>();
const MAX_SHARED = 1024;

function rule(r: { from: string; to: string; days?: Weekday[] }, where: string): CompiledRule {
  const start = clockMinutes(r.from);
  const to = clockMinutes(r.to);
  if (start === null) throw new RangeError(`${where}: invalid time ${JSON.stringify(r.from)} (expected HH:MM)`);
  if (to === null) throw new RangeError(`${where}: invalid time ${JSON.stringify(r.to)} (expected HH:MM)`);
  let dayMask = ALL_DAYS;
  if (r.days !== undefined) {
    dayMask = 0;
    for (const d of r.days) {
      const bit = WEEKDAY_BIT[d];
      if (bit === undefined) throw new RangeError(`${where}: invalid weekday ${JSON.stringify(d)}`);
      dayMask |= bit;
    }
  }
  // to <= from crosses midnight (to == from is 24 h); 00:00-24:00 is 24 h as written.
  return { start, end: to <= start ? to + 1440 : to, dayMask };
}

function windowRule(w: WindowRule, where: string): CompiledWindow {
  const state: WindowState = w.state;
  if (state !== 'open' && state !== 'automated') {
    throw new RangeError(`${where}: invalid state ${JSON.stringify(state)}`);
  }
  return { ...rule(w, where), rank: state === 'open' ? RANK_OPEN : RANK_AUTOMATED };
}

function peakRule(p: PeakRule, where: string): CompiledPeak {
  if (typeof p.waitMinutes !== 'number' || !Number.isFinite(p.waitMinutes) || p.waitMinutes < 0) {
    throw new RangeError(`${where}: invalid waitMinutes ${JSON.stringify(p.waitMinutes)}`);
  }
  return { ...rule(p, where), wait: p.waitMinutes };
}

/**
 * The rank of a 24-hour window that starts every day with no window of a higher rank beside it: each
 * day's window reaches the next one's start (as civil times, whatever a day's length), so it is in
 * force at every instant. Null when there is none.
 */
function constantRank(windows: readonly CompiledWindow[]): number | null {
  let top = -1;
  for (const w of windows) top = Math.max(top, w.rank);
  return windows.some((w) => w.rank === top && w.dayMask === ALL_DAYS && w.end - w.start >= 1440) ? top : null;
}

/**
 * The compiled form of a schedule, cached per object (do not mutate a schedule after use) and
 * shared between equal schedules. Throws RangeError on an unknown zone or a malformed time/date (the catalog validator reports these first).
 */
export function compile(schedule: Schedule): CompiledSchedule {
  let cs = byObject.get(schedule);
  if (cs !== undefined) return cs;
  const key = JSON.stringify([schedule.zone, schedule.windows, schedule.peaks, schedule.exceptions]);
  cs = byContent.get(key);
  if (cs === undefined) {
    cs = build(schedule);
    if (byContent.size >= MAX_SHARED) byContent.clear();
    byContent.set(key, cs);
  }
  byObject.set(schedule, cs);
  return cs;
}

function build(schedule: Schedule): CompiledSchedule {
  const exceptions = (schedule.exceptions ?? []).map((e, i): CompiledException => {
    const where = `exceptions[${i}]`;
    const first = parseIsoDate(e.from);
    const last = parseIsoDate(e.to);
    if (first === null) throw new RangeError(`${where}: invalid date ${JSON.stringify(e.from)} (expected YYYY-MM-DD)`);
    if (last === null) throw new RangeError(`${where}: invalid date ${JSON.stringify(e.to)} (expected YYYY-MM-DD)`);
    return {
      first,
      last,
      windows: (e.windows ?? []).map((w, j) => windowRule(w, `${where}.windows[${j}]`)),
      peaks: (e.peaks ?? []).map((p, j) => peakRule(p, `${where}.peaks[${j}]`)),
    };
  });
  const windows = (schedule.windows ?? []).map((w, i) => windowRule(w, `windows[${i}]`));
  const peaks = (schedule.peaks ?? []).map((p, i) => peakRule(p, `peaks[${i}]`));
  return {
    clock: zoneClock(schedule.zone),
    windows,
    weeklyUnknown: windows.length === 0,
    constant: peaks.length === 0 && exceptions.length === 0 ? constantRank(windows) : null,
    peaks,
    exceptions,
    days: new Map(),
    memo: null,
  };
}
