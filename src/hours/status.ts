// The state of a schedule or channel at an instant, and what comes next.

import type { Channel, Schedule, State } from '../catalog/types.js';
import { DAY_MS } from '../zone/civil-date.js';
import { compile, type CompiledSchedule, STATE_OF_RANK } from './compiled.js';
import { assertInstant, buildSegments } from './timeline.js';

/** How far ahead nextChange / nextOpen look: 8 days (a change exactly 8 days ahead still counts). */
export const HORIZON_MS = 8 * DAY_MS;

export interface ScheduleStatus {
  state: State;
  peak: boolean;
  peakWaitMinutes: number | null;
  /** First instant after `at` where the state (not just peak) differs; null if none within the horizon. */
  nextChange: number | null;
  /** The state from nextChange on. */
  nextState: State | null;
  /** First instant >= at that is open, within the horizon; null when open now or not within the horizon. */
  nextOpen: number | null;
}

export interface ChannelStatus {
  state: State;
  peak: boolean;
  /** The peak's wait when in a peak, else the channel's typical wait for the state, else null. */
  expectedWaitMinutes: number | null;
  nextChange: number | null;
  nextState: State | null;
  nextOpen: number | null;
}

export function scheduleStatus(schedule: Schedule, at: number): ScheduleStatus {
  assertInstant('at', at);
  const cs = compile(schedule);
  if (cs.memo !== null && cs.memo.at === at) return { ...(cs.memo.value as ScheduleStatus) };
  const value = computeStatus(cs, at);
  cs.memo = { at, value };
  return { ...value };
}

function computeStatus(cs: CompiledSchedule, at: number): ScheduleStatus {
  // One state at every instant: nothing changes, and it opens only if it is open already.
  if (cs.constant !== null) {
    return { state: STATE_OF_RANK[cs.constant]!, peak: false, peakWaitMinutes: null, nextChange: null, nextState: null, nextOpen: null };
  }
  const segs = buildSegments(cs, at, at + HORIZON_MS + 1);
  const now = segs[0]!;
  let nextChange: number | null = null;
  let nextState: State | null = null;
  let nextOpen: number | null = null;
  const wantOpen = now.state !== 'open';
  for (let i = 1; i < segs.length; i++) {
    const s = segs[i]!;
    if (nextChange === null && s.state !== now.state) {
      nextChange = s.start;
      nextState = s.state;
    }
    if (wantOpen && s.state === 'open') {
      nextOpen = s.start;
      break;
    }
    if (nextChange !== null && !wantOpen) break;
  }
  return { state: now.state, peak: now.peak, peakWaitMinutes: now.peakWaitMinutes, nextChange, nextState, nextOpen };
}

export function channelStatus(channel: Pick<Channel, 'hours' | 'waitMinutes'>, at: number): ChannelStatus {
  const s = scheduleStatus(channel.hours, at);
  // The catalog gives waits for the states a window declares and `closed`; `unknown` reads none
  // (an annotated widening the type check verifies: each wait the catalog gives is one for a State).
  const waits: Partial<Record<State, number>> = channel.waitMinutes;
  const expectedWaitMinutes = s.peak ? s.peakWaitMinutes : (waits[s.state] ?? null);
  return {
    state: s.state,
    peak: s.peak,
    expectedWaitMinutes,
    nextChange: s.nextChange,
    nextState: s.nextState,
    nextOpen: s.nextOpen,
  };
}
