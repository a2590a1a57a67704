// A schedule's intervals for one service-zone date: the windows and peaks that START that day.

import type { Schedule, State } from '../catalog/types.js';
import { isoWeekday, parseIsoDate } from '../zone/civil-date.js';
import {
  compile,
  RANK_UNKNOWN,
  STATE_OF_RANK,
  type CompiledPeak,
  type CompiledRule,
  type CompiledSchedule,
  type CompiledWindow,
  type DayPlan,
} from './compiled.js';
import { wallToEpoch, type ZoneClock } from '../zone/zone-clock.js';

const MAX_CACHED_DAYS = 512;

/** Appends start, end, value(rule) for each rule starting on `day`. */
function place<R extends CompiledRule>(
  clock: ZoneClock,
  day: number,
  bit: number,
  rules: R[],
  value: (r: R) => number,
  out: number[],
): void {
  // By index: in V8's interpreter, for…of makes an object at every step (every channel, every day).
  for (let i = 0; i < rules.length; i++) {
    const r = rules[i]!;
    if ((r.dayMask & bit) === 0) continue;
    const start = wallToEpoch(clock, day, r.start);
    const end = wallToEpoch(clock, day, r.end);
    if (end > start) out.push(start, end, value(r)); // empty when a DST gap shifted its start past its end
  }
}
const rankOf = (r: CompiledWindow): number => r.rank;
const waitOf = (r: CompiledPeak): number => r.wait;

/** The plan of local day `day` (a day number in the schedule's zone), computed once. */
export function dayPlan(cs: CompiledSchedule, day: number): DayPlan {
  let plan = cs.days.get(day);
  if (plan !== undefined) return plan;
  // The last exception listed that covers the day replaces the weekly windows and peaks.
  let windows = cs.windows;
  let peaks = cs.peaks;
  let unknown = cs.weeklyUnknown;
  for (let i = cs.exceptions.length - 1; i >= 0; i--) {
    const e = cs.exceptions[i]!;
    if (e.first <= day && day <= e.last) {
      windows = e.windows;
      peaks = e.peaks;
      unknown = false;
      break;
    }
  }
  const bit = 1 << isoWeekday(day);
  plan = { windows: [], peaks: [] };
  // A date without rules is unknown from its midnight to the next (read like any wall time).
  if (unknown) plan.windows.push(wallToEpoch(cs.clock, day, 0), wallToEpoch(cs.clock, day + 1, 0), RANK_UNKNOWN);
  place(cs.clock, day, bit, windows, rankOf, plan.windows);
  place(cs.clock, day, bit, peaks, waitOf, plan.peaks);
  if (cs.days.size >= MAX_CACHED_DAYS) cs.days.clear();
  cs.days.set(day, plan);
  return plan;
}

export interface DayIntervals {
  /** `unknown` covers a whole date that has no rules. */
  windows: { start: number; end: number; state: Exclude<State, 'closed'> }[];
  peaks: { start: number; end: number; waitMinutes: number }[];
}

/**
 * The windows and peaks starting on `date` (YYYY-MM-DD in the schedule's zone), as epoch-ms
 * half-open intervals in rule order (exception rules when an exception covers the date).
 * Windows may overlap each other and run into the next date.
 */
export function dayIntervals(schedule: Schedule, date: string): DayIntervals {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`invalid date ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  const plan = dayPlan(compile(schedule), day);
  const out: DayIntervals = { windows: [], peaks: [] };
  const w = plan.windows;
  for (let i = 0; i < w.length; i += 3) {
    out.windows.push({ start: w[i]!, end: w[i + 1]!, state: STATE_OF_RANK[w[i + 2]!] as Exclude<State, 'closed'> });
  }
  const p = plan.peaks;
  for (let i = 0; i < p.length; i += 3) out.peaks.push({ start: p[i]!, end: p[i + 1]!, waitMinutes: p[i + 2]! });
  return out;
}
