// Property-based checks (fast-check, seeded and bounded) against the brute-force oracle.
import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeakRule, Schedule, ScheduleException, Weekday, WindowRule } from '../../src/catalog/types.js';
import { HORIZON_MS, scheduleStatus, segments, type Segment } from '../../src/hours/index.js';
import { wallToEpoch, zoneClock } from '../../src/zone/zone-clock.js';
import { DAY, oracle } from './helpers.js';

const RUNS = { seed: 42, numRuns: 200 } as const;

const ZONES = [
  'Asia/Shanghai',
  'Europe/London',
  'America/New_York',
  'Australia/Adelaide',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'America/Santiago', // DST changes at midnight
  'UTC',
] as const;

// DST transitions of 2024 (UTC), to draw instants near them often.
const TRANSITIONS = [
  '2024-03-10T07:00:00Z', // New York forward
  '2024-03-31T01:00:00Z', // London forward
  '2024-04-06T16:30:00Z', // Adelaide back
  '2024-04-07T03:00:00Z', // Santiago back
  '2024-09-08T04:00:00Z', // Santiago forward
  '2024-10-05T16:30:00Z', // Adelaide forward
  '2024-10-27T01:00:00Z', // London back
  '2024-11-03T06:00:00Z', // New York back
].map((s) => Date.parse(s));
const YEAR_START = Date.parse('2024-01-01T00:00:00Z');

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

// Mostly quarter hours (so windows meet and overlap), sometimes any minute.
const startMinute = fc.oneof(
  fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 1439 }),
);
const endMinute = fc.oneof(
  fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
  fc.integer({ min: 0, max: 1440 }),
);
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const days = fc.option(fc.subarray(WEEKDAYS, { minLength: 1 }), { nil: undefined });

const windowRule: fc.Arbitrary<WindowRule> = fc
  .record({ from: startMinute, to: endMinute, state: fc.constantFrom('open' as const, 'automated' as const), days })
  .map(({ from, to, state, days }) =>
    days === undefined ? { from: hhmm(from), to: hhmm(to), state } : { from: hhmm(from), to: hhmm(to), state, days },
  );
const peakRule: fc.Arbitrary<PeakRule> = fc
  .record({ from: startMinute, to: endMinute, wait: fc.integer({ min: 1, max: 60 }), days })
  .map(({ from, to, wait, days }) =>
    days === undefined
      ? { from: hhmm(from), to: hhmm(to), waitMinutes: wait }
      : { from: hhmm(from), to: hhmm(to), waitMinutes: wait, days },
  );
/** Exceptions as day offsets from the instant under test, so they matter within the horizon. */
const exceptionSpec = fc.record({
  offset: fc.integer({ min: -3, max: 9 }),
  length: fc.integer({ min: 0, max: 4 }),
  windows: fc.array(windowRule, { maxLength: 2 }),
  peaks: fc.option(fc.array(peakRule, { maxLength: 1 }), { nil: undefined }),
});
const instant = fc.oneof(
  fc.integer({ min: 0, max: 366 * DAY }).map((ms) => YEAR_START + ms),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * DAY, max: 3 * DAY })).map(([tr, d]) => tr + d),
);

/** A random schedule together with an instant near which it is interesting. */
const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    windows: fc.array(windowRule, { maxLength: 4 }),
    peaks: fc.array(peakRule, { maxLength: 2 }),
    exceptions: fc.array(exceptionSpec, { maxLength: 2 }),
    at: instant,
  })
  .map(({ zone, windows, peaks, exceptions, at }) => {
    const today = Math.floor(at / DAY);
    const schedule: Schedule = {
      zone,
      windows,
      peaks,
      exceptions: exceptions.map((e): ScheduleException => {
        const base = { from: isoDate(today + e.offset), to: isoDate(today + e.offset + e.length), windows: e.windows, source: ['test'] };
        return e.peaks === undefined ? base : { ...base, peaks: e.peaks };
      }),
    };
    return { schedule, at };
  });

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 3, maxLength: 3 });

/** Problems with a tiling of [from, to) (plain checks: thousands of expect() calls are slow). */
function tilingProblems(segs: Segment[], from: number, to: number): string[] {
  const bad: string[] = [];
  if (segs.length === 0) return ['no segments'];
  if (segs[0]!.start !== from) bad.push('first start');
  if (segs.at(-1)!.end !== to) bad.push('last end');
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if (!(s.end > s.start)) bad.push(`empty segment ${i}`);
    if (s.peak ? !(s.state === 'open' && s.peakWaitMinutes !== null) : s.peakWaitMinutes !== null) bad.push(`peak fields ${i}`);
    if (i > 0) {
      const p = segs[i - 1]!;
      if (s.start !== p.end) bad.push(`gap/overlap before ${i}`);
      if (p.state === s.state && p.peak === s.peak && p.peakWaitMinutes === s.peakWaitMinutes) bad.push(`not maximal at ${i}`);
    }
  }
  return bad;
}

describe('properties', () => {
  it('segments tile a random range exactly and agree with the oracle at every edge', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 10 * DAY }), fractions, ({ schedule, at }, len, fr) => {
        const segs = segments(schedule, at, at + len);
        const bad = tilingProblems(segs, at, at + len);
        for (const s of segs) {
          for (const x of [s.start, s.end - 1, s.start + Math.floor((s.end - s.start) * fr[0]!)]) {
            const o = oracle(schedule, x);
            if (o.state !== s.state || o.peak !== s.peak || o.wait !== s.peakWaitMinutes)
              bad.push(`oracle differs at ${new Date(x).toISOString()}`);
          }
        }
        expect(bad).toEqual([]);
      }),
      RUNS,
    );
  });

  it('segments of [a, c) are those of [a, b) and [b, c) joined at b', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 5 * DAY }), fc.integer({ min: 1, max: 5 * DAY }), ({ schedule, at }, l1, l2) => {
        const b = at + l1;
        const c = b + l2;
        const joined = [...segments(schedule, at, b)];
        for (const s of segments(schedule, b, c)) {
          const last = joined.at(-1)!;
          if (last.end === s.start && last.state === s.state && last.peak === s.peak && last.peakWaitMinutes === s.peakWaitMinutes) {
            joined[joined.length - 1] = { ...last, end: s.end };
          } else joined.push(s);
        }
        expect(segments(schedule, at, c)).toEqual(joined);
      }),
      RUNS,
    );
  });

  it('the state is constant on [at, nextChange) and differs at nextChange', () => {
    fc.assert(
      fc.property(scenario, fractions, ({ schedule, at }, fr) => {
        const st = scheduleStatus(schedule, at);
        const now = oracle(schedule, at);
        expect([st.state, st.peak, st.peakWaitMinutes]).toEqual([now.state, now.peak, now.wait]);
        if (st.nextChange === null) {
          expect(st.nextState).toBeNull();
          expect(segments(schedule, at, at + HORIZON_MS + 1).every((s) => s.state === st.state)).toBe(true);
        } else {
          const nc = st.nextChange;
          expect(nc).toBeGreaterThan(at);
          expect(nc).toBeLessThanOrEqual(at + HORIZON_MS);
          expect(st.nextState).not.toBe(st.state);
          expect(oracle(schedule, nc).state).toBe(st.nextState);
          expect(oracle(schedule, nc - 1).state).toBe(st.state);
          for (const f of fr) expect(oracle(schedule, at + Math.floor((nc - at) * f)).state).toBe(st.state);
          expect(segments(schedule, at, nc).every((s) => s.state === st.state)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('nextOpen is open and nothing in [at, nextOpen) is', () => {
    fc.assert(
      fc.property(scenario, fractions, ({ schedule, at }, fr) => {
        const st = scheduleStatus(schedule, at);
        if (st.state === 'open') {
          expect(st.nextOpen).toBeNull();
          return;
        }
        if (st.nextOpen === null) {
          expect(segments(schedule, at, at + HORIZON_MS + 1).some((s) => s.state === 'open')).toBe(false);
          return;
        }
        const no = st.nextOpen;
        expect(no).toBeGreaterThan(at);
        expect(no).toBeLessThanOrEqual(at + HORIZON_MS);
        expect(oracle(schedule, no).state).toBe('open');
        expect(oracle(schedule, no - 1).state).not.toBe('open');
        for (const f of fr) expect(oracle(schedule, at + Math.floor((no - at) * f)).state).not.toBe('open');
        expect(segments(schedule, at, no).some((s) => s.state === 'open')).toBe(false);
        expect(st.nextChange).not.toBeNull();
        expect(st.nextChange!).toBeLessThanOrEqual(no);
      }),
      RUNS,
    );
  });
});

describe('wall-clock conversion agrees with luxon', () => {
  // luxon's DateTime.fromObject picks between the two instants of a repeated wall time using
  // the current date: pin it so this test never reads the clock.
  const originalNow = Settings.now;
  beforeAll(() => {
    Settings.now = () => Date.parse('2024-01-15T00:00:00Z');
  });
  afterAll(() => {
    Settings.now = originalNow;
  });

  it('matches DateTime.fromObject, taking the earlier instant of a repeated wall time', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES, 'America/Havana', 'Asia/Beirut', 'Australia/Lord_Howe', 'Europe/Dublin'),
        fc.oneof(
          fc.integer({ min: Date.UTC(1995, 0, 1) / DAY, max: Date.UTC(2035, 0, 1) / DAY }),
          fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -2, max: 2 })).map(([tr, d]) => Math.floor(tr / DAY) + d),
        ),
        fc.oneof(
          fc.integer({ min: 0, max: 1440 }),
          fc.integer({ min: 0, max: 96 }).map((q) => q * 15),
        ),
        (zone, day, minute) => {
          const mine = wallToEpoch(zoneClock(zone), day, minute);
          const date = new Date((day + Math.floor(minute / 1440)) * DAY);
          const m = minute % 1440;
          const wall = {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hour: Math.floor(m / 60),
            minute: m % 60,
          };
          const lux = DateTime.fromObject(wall, { zone });
          expect(lux.isValid).toBe(true);
          const theirs = lux.toMillis();
          if (mine !== theirs) {
            // Only a repeated wall time may differ, and then we are the earlier of the two.
            expect(mine).toBeLessThan(theirs);
            const back = DateTime.fromMillis(mine, { zone });
            expect([back.year, back.month, back.day, back.hour, back.minute]).toEqual([
              wall.year,
              wall.month,
              wall.day,
              wall.hour,
              wall.minute,
            ]);
          }
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});
