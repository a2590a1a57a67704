// When a channel next opens (people answer), for a reminder: the next start of an `open`
// stretch after `at`. When the channel is open now, the opening after the current window —
// a reminder of a moment that has already begun would be no use — and the result says so.
import type { Schedule } from '../catalog/types.js';
import { scheduleStatus } from '../hours/index.js';

export type NextOpening =
  | {
      kind: 'opening';
      /** When people start answering. */
      start: number;
      /** When that open stretch ends; null when it lasts past the look-ahead horizon. */
      end: number | null;
      /** The channel is open at `at`: this is the opening after the current window. */
      openNow: boolean;
      /** When the current open window ends (set when openNow). */
      currentEnd: number | null;
    }
  /** Open now and for the whole horizon (a 24 h line): nothing to wait for. */
  | { kind: 'always-open' }
  /** No opening within the horizon; `unknown` when hours are not published for some of it. */
  | { kind: 'none'; unknown: boolean; state: 'automated' | 'closed' | 'unknown' };

export function nextOpening(hours: Schedule, at: number): NextOpening {
  const now = scheduleStatus(hours, at);
  let from = at;
  let currentEnd: number | null = null;
  let start: number | null = now.nextOpen;
  if (now.state === 'open') {
    if (now.nextChange === null) return { kind: 'always-open' };
    currentEnd = now.nextChange;
    from = currentEnd;
    start = scheduleStatus(hours, from).nextOpen;
  }
  if (start === null) {
    const later = scheduleStatus(hours, from);
    const unknown = later.state === 'unknown' || later.nextState === 'unknown';
    const state = later.state === 'open' ? 'closed' : later.state;
    return { kind: 'none', unknown, state };
  }
  const end = scheduleStatus(hours, start).nextChange;
  return { kind: 'opening', start, end, openNow: currentEnd !== null, currentEnd };
}
