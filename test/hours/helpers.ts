// Shared fixtures and an independent reference evaluator for the hours tests.
import type { PeakRule, Schedule, ScheduleException, State, WindowRule } from '../../src/catalog/types.js';
import { dayIntervals } from '../../src/hours/index.js';

/** Epoch ms of an ISO instant with an explicit offset. */
export const t = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`);
  return ms;
};
export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function schedule(zone: string, windows: WindowRule[], peaks: PeakRule[] = [], exceptions: ScheduleException[] = []): Schedule {
  return { zone, windows, peaks, exceptions };
}

export function exception(from: string, to: string, windows: WindowRule[], peaks?: PeakRule[]): ScheduleException {
  return peaks === undefined ? { from, to, windows, source: ['test'] } : { from, to, windows, peaks, source: ['test'] };
}

/** The seed's general line: 09:00–22:00 people, 22:00–09:00 automation, 19:00–21:00 peak (12 min). */
export const SEED: Schedule = schedule(
  'Asia/Shanghai',
  [
    { from: '09:00', to: '22:00', state: 'open' },
    { from: '22:00', to: '09:00', state: 'automated' },
  ],
  [{ from: '19:00', to: '21:00', waitMinutes: 12 }],
);

const RANK: Record<State, number> = { closed: 0, unknown: 1, automated: 2, open: 3 };

/**
 * Reference evaluator: the state at one instant, by brute force over the per-date intervals of
 * every service date that could reach it (no sweep, no merging).
 */
const dayCache = new WeakMap<Schedule, Map<string, ReturnType<typeof dayIntervals>>>();
function intervalsOn(s: Schedule, date: string): ReturnType<typeof dayIntervals> {
  let m = dayCache.get(s);
  if (m === undefined) {
    m = new Map();
    dayCache.set(s, m);
  }
  let iv = m.get(date);
  if (iv === undefined) {
    iv = dayIntervals(s, date);
    m.set(date, iv);
  }
  return iv;
}

export function oracle(s: Schedule, at: number): { state: State; peak: boolean; wait: number | null } {
  const day = Math.floor(at / DAY);
  let state: State = 'closed';
  const waits: number[] = [];
  for (let d = day - 4; d <= day + 2; d++) {
    const date = new Date(d * DAY).toISOString().slice(0, 10);
    const iv = intervalsOn(s, date);
    for (const w of iv.windows) if (w.start <= at && at < w.end && RANK[w.state] > RANK[state]) state = w.state;
    for (const p of iv.peaks) if (p.start <= at && at < p.end) waits.push(p.waitMinutes);
  }
  const peak = state === 'open' && waits.length > 0;
  return { state, peak, wait: peak ? Math.max(...waits) : null };
}
