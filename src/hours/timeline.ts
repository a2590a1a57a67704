// Tiling a time range into maximal segments of constant state and peak.

import type { Schedule, State } from '../catalog/types.js';
import { DAY_MS } from '../zone/civil-date.js';
import { compile, RANK_AUTOMATED, RANK_CLOSED, RANK_OPEN, RANK_UNKNOWN, STATE_OF_RANK, type CompiledSchedule } from './compiled.js';
import { dayPlan } from './day-intervals.js';

export interface Segment {
  start: number;
  end: number;
  state: State;
  /** In a peak period while open. */
  peak: boolean;
  /** The peak's typical wait (the longest, where peaks overlap); null outside a peak. */
  peakWaitMinutes: number | null;
}

interface Event {
  t: number;
  /** +1 start, -1 end. */
  delta: 1 | -1;
  /** Window rank, or -1 for a peak. */
  rank: number;
  wait: number;
}

export function assertInstant(name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new RangeError(`${name} must be a finite epoch-ms number, got ${String(v)}`);
}

/** Segments of [from, to) for a compiled schedule; requires from < to. */
export function buildSegments(cs: CompiledSchedule, from: number, to: number): Segment[] {
  // Rules starting on day D lie within [D - 1 day, D + 4 days) of D's UTC midnight (offsets < 24 h,
  // 24:00 starts, 24 h windows), so these days cover every interval that can touch [from, to).
  const firstDay = Math.floor(from / DAY_MS) - 4;
  const lastDay = Math.ceil(to / DAY_MS) + 1;
  const counts = [0, 0, 0, 0]; // windows currently covering, by rank
  const waits: number[] = []; // peaks currently covering
  const events: Event[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const plan = dayPlan(cs, day);
    const w = plan.windows;
    for (let j = 0; j < w.length; j += 3) {
      const start = w[j]!;
      const end = w[j + 1]!;
      const rank = w[j + 2]!;
      if (start >= to || end <= from) continue;
      if (start <= from) counts[rank]!++;
      else events.push({ t: start, delta: 1, rank, wait: 0 });
      if (end < to) events.push({ t: end, delta: -1, rank, wait: 0 });
    }
    const p = plan.peaks;
    for (let j = 0; j < p.length; j += 3) {
      const start = p[j]!;
      const end = p[j + 1]!;
      const wait = p[j + 2]!;
      if (start >= to || end <= from) continue;
      if (start <= from) waits.push(wait);
      else events.push({ t: start, delta: 1, rank: -1, wait });
      if (end < to) events.push({ t: end, delta: -1, rank: -1, wait });
    }
  }
  events.sort((a, b) => a.t - b.t);

  const out: Segment[] = [];
  const emit = (start: number, end: number): void => {
    const rank =
      counts[RANK_OPEN]! > 0
        ? RANK_OPEN
        : counts[RANK_AUTOMATED]! > 0
          ? RANK_AUTOMATED
          : counts[RANK_UNKNOWN]! > 0
            ? RANK_UNKNOWN
            : RANK_CLOSED;
    const peak = rank === RANK_OPEN && waits.length > 0;
    const peakWaitMinutes = peak ? Math.max(...waits) : null;
    const state = STATE_OF_RANK[rank]!;
    const last = out[out.length - 1];
    if (last !== undefined && last.state === state && last.peak === peak && last.peakWaitMinutes === peakWaitMinutes) {
      last.end = end;
    } else {
      out.push({ start, end, state, peak, peakWaitMinutes });
    }
  };

  let cur = from;
  let i = 0;
  while (i < events.length) {
    const t = events[i]!.t;
    if (t > cur) {
      emit(cur, t);
      cur = t;
    }
    for (; i < events.length && events[i]!.t === t; i++) {
      const e = events[i]!;
      if (e.rank >= 0) counts[e.rank]! += e.delta;
      else if (e.delta === 1) waits.push(e.wait);
      else waits.splice(waits.indexOf(e.wait), 1);
    }
  }
  emit(cur, to);
  return out;
}

/**
 * Tiles [from, to) (epoch ms) with maximal segments of constant (state, peak, peakWaitMinutes):
 * in order, without gaps or overlaps. Empty when to <= from. Two adjacent peaks with different
 * waits are separate segments; otherwise adjacent segments differ in state or peak.
 */
export function segments(schedule: Schedule, from: number, to: number): Segment[] {
  assertInstant('from', from);
  assertInstant('to', to);
  if (!(to > from)) return [];
  return buildSegments(compile(schedule), from, to);
}
