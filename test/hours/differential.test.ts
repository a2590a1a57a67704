// The hours engine against a second implementation of the same documented rules
// (./reference/temporal-hours.ts, on the Temporal polyfill, sharing no code with src/hours):
// seeded random schedules × instants drawn at window edges and daylight-saving changes, in
// zones with DST, 30- and 45-minute offsets, the date line and skipped days. Compared: state,
// peak, nextChange, nextState, nextOpen, the `hours` timeline's start and its windows, and the
// reading of a wall-clock --at (under two faked process clocks, summer and winter). A mismatch
// is shrunk to a small schedule and printed with its zone and instant.
//
// WXHELP_DIFF_SEED=n explores another seed; the default one is what `npm test` runs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { Settings } from 'luxon';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { PeakRule, Schedule, ScheduleException, Weekday, WindowRule } from '../../src/catalog/types.js';
import { hourStartInZone, scheduleStatus, segments } from '../../src/hours/index.js';
import { parseInstant } from '../../src/time/parse-instant.js';
import { runCli } from '../support/fake-io.js';
import { dateAt, refHourStart, refSegments, refStatus, refWallClock, transitions } from './reference/temporal-hours.js';
import { mulberry32 } from '../support/seeded.js';

const SEED = Number(process.env.WXHELP_DIFF_SEED ?? 15);
const SCHEDULES = 120;
const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45 / +13:45
  'America/Santiago', // changes at midnight
  'Africa/Casablanca', // DST suspended for Ramadan
  'Asia/Kolkata', // +05:30
  'Asia/Kathmandu', // +05:45
  'Pacific/Apia', // skipped 30 December 2011
  'Pacific/Kiritimati', // +14, skipped 31 December 1994
  'America/St_Johns', // -03:30 with DST
  'Australia/Adelaide', // +09:30 with DST
  'Asia/Shanghai',
  'UTC',
] as const;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A seeded generator with its helpers, so every run draws the same cases. */
function rng(seed: number) {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof rng>;

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const utc = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

// Each zone's offset changes over the years the cases are drawn from (and the skipped days).
const transitionCache = new Map<string, number[]>();
function zoneTransitions(zone: string): number[] {
  let list = transitionCache.get(zone);
  if (list === undefined) {
    list = transitions(zone, Date.UTC(1990, 0, 1), Date.UTC(2032, 0, 1));
    transitionCache.set(zone, list);
  }
  return list;
}

/** The wall-clock minute of day at an instant in a zone (to draw rule times near a change). */
function wallMinute(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(
    at,
  );
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return get('hour') * 60 + get('minute');
}

interface Case {
  schedule: Schedule;
  /** An instant the case centres on: an offset change of its zone, or a random moment. */
  focus: number;
}

function drawCase(r: Rng): Case {
  const zone = r.pick(ZONES);
  const changes = zoneTransitions(zone);
  const focus =
    changes.length > 0 && r.chance(0.8) ? r.pick(changes) : Date.UTC(2020, 0, 1) + r.int(0, 10 * 365) * DAY + r.int(0, 95) * 15 * MIN;
  // Rule times near the wall time of the change (before and after it), and anywhere.
  const around = [wallMinute(zone, focus - 1), wallMinute(zone, focus)];
  const time = (): number => {
    if (r.chance(0.55)) return (Math.round(r.pick(around) / 15) * 15 + r.pick([-60, -30, -15, 0, 0, 15, 30, 45, 60]) + 1440) % 1440;
    return r.chance(0.2) ? 0 : r.int(0, 95) * 15;
  };
  const days = (): { days?: Weekday[] } =>
    r.chance(0.3)
      ? {
          days: WEEKDAYS.filter(() => r.chance(0.4))
            .concat(r.pick(WEEKDAYS))
            .filter((d, i, a) => a.indexOf(d) === i),
        }
      : {};
  const span = (): { from: string; to: string } => {
    const from = time();
    const kind = r.int(0, 9);
    if (kind === 0) return { from: hhmm(from), to: hhmm(from) }; // 24 h
    if (kind === 1) return { from: hhmm(from), to: '24:00' };
    if (kind <= 3) return { from: hhmm(from), to: hhmm((from + 1440 - r.int(1, 16) * 60) % 1440) }; // overnight
    return { from: hhmm(from), to: hhmm(Math.min(1439, from + r.int(1, 16) * 30)) };
  };
  const window = (): WindowRule => ({ ...span(), state: r.chance(0.7) ? 'open' : 'automated', ...days() });
  const peak = (): PeakRule => ({ ...span(), waitMinutes: r.int(1, 30), ...days() });
  const windows: WindowRule[] = r.chance(0.15) ? [] : Array.from({ length: r.int(1, 4) }, window);
  const peaks: PeakRule[] = Array.from({ length: r.int(0, 2) }, peak);
  const focusDate = dateAt(zone, focus);
  const exceptions: ScheduleException[] = Array.from({ length: r.chance(0.4) ? r.int(1, 2) : 0 }, () => {
    const from = focusDate.add({ days: r.int(-3, 3) });
    const e: ScheduleException = {
      from: from.toString(),
      to: from.add({ days: r.int(0, 2) }).toString(),
      windows: r.chance(0.3) ? [] : Array.from({ length: r.int(1, 2) }, window),
      source: ['seed'],
    };
    if (r.chance(0.5)) e.peaks = [peak()];
    return e;
  });
  return { schedule: { zone, windows, peaks, exceptions }, focus };
}

/** Instants to look at: the case's window edges and offset changes (and their neighbours), and a few anywhere nearby. */
function drawInstants(r: Rng, c: Case): number[] {
  const from = c.focus - 2 * DAY;
  const to = c.focus + 2 * DAY;
  const edges = refSegments(c.schedule, from, to)
    .map((s) => s.start)
    .slice(1);
  const out = new Set<number>();
  for (let i = 0; i < 8 && edges.length > 0; i++) out.add(r.pick(edges) + r.pick([-1, 0, 0, 1, -MIN]));
  for (const t of zoneTransitions(c.schedule.zone).filter((x) => x >= from && x < to)) for (const d of [-1, 0, 1, 30 * MIN]) out.add(t + d);
  for (let i = 0; i < 4; i++) out.add(from + Math.floor(r.next() * 4 * DAY));
  return [...out];
}

/** Variants of a schedule with one rule (or one `days` list) less, for shrinking a mismatch. */
function smaller(s: Schedule): Schedule[] {
  const out: Schedule[] = [];
  const without = <T>(xs: readonly T[], i: number) => xs.filter((_, j) => j !== i);
  s.windows.forEach((w, i) => {
    out.push({ ...s, windows: without(s.windows, i) });
    if (w.days) out.push({ ...s, windows: s.windows.map((x, j) => (j === i ? { from: x.from, to: x.to, state: x.state } : x)) });
  });
  s.peaks.forEach((_, i) => {
    out.push({ ...s, peaks: without(s.peaks, i) });
  });
  s.exceptions.forEach((e, i) => {
    out.push({ ...s, exceptions: without(s.exceptions, i) });
    e.windows.forEach((_, j) => {
      out.push({ ...s, exceptions: s.exceptions.map((x, k) => (k === i ? { ...x, windows: without(x.windows, j) } : x)) });
    });
    if (e.peaks?.length) out.push({ ...s, exceptions: s.exceptions.map((x, k) => (k === i ? { ...x, peaks: [] } : x)) });
  });
  return out;
}

function shrink(s: Schedule, fails: (s: Schedule) => boolean): Schedule {
  for (;;) {
    const next = smaller(s).find(fails);
    if (next === undefined) return s;
    s = next;
  }
}

const statusOf = (s: Schedule, at: number) => {
  const e = scheduleStatus(s, at);
  return {
    state: e.state,
    peak: e.peak,
    peakWaitMinutes: e.peakWaitMinutes,
    nextChange: e.nextChange,
    nextState: e.nextState,
    nextOpen: e.nextOpen,
  };
};
const sameStatus = (s: Schedule, at: number) => JSON.stringify(statusOf(s, at)) === JSON.stringify(refStatus(s, at));
const sameSegments = (s: Schedule, from: number, to: number) =>
  JSON.stringify(segments(s, from, to)) === JSON.stringify(refSegments(s, from, to));
const readable = (v: object) =>
  JSON.stringify(v, (k, x) => (typeof x === 'number' && ['nextChange', 'nextOpen', 'start', 'end'].includes(k) ? utc(x) : x));

const counts = { schedules: 0, statuses: 0, timelines: 0, hourStarts: 0, wallClocks: 0, cliRuns: 0 };
const failures: string[] = [];
let mismatches = 0;
const report = (what: string) => {
  mismatches++;
  if (failures.length < 6) failures.push(what);
};

describe('the hours engine agrees with an independent Temporal implementation', () => {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  afterAll(() => {
    const total = counts.statuses + counts.timelines + counts.hourStarts + counts.wallClocks;
    // Printed so a run shows how much was compared (not asserted: a busy machine is slower).
    console.log(
      `differential (seed ${SEED}): ${total} comparisons — ${counts.statuses} statuses, ${counts.timelines} timelines, ` +
        `${counts.hourStarts} timeline starts, ${counts.wallClocks} wall-clock readings; ${counts.schedules} schedules, ` +
        `${counts.cliRuns} CLI runs; ${mismatches} mismatches; ${Math.round(performance.now() - started)} ms ` +
        `(${Math.round((process.cpuUsage(cpuStarted).user + process.cpuUsage(cpuStarted).system) / 1000)} ms CPU)`,
    );
  });

  it('state, peak, nextChange, nextState, nextOpen and the timeline windows', () => {
    failures.length = 0;
    const r = rng(SEED);
    for (let n = 0; n < SCHEDULES; n++) {
      const c = drawCase(r);
      counts.schedules++;
      for (const at of drawInstants(r, c)) {
        counts.statuses++;
        if (!sameStatus(c.schedule, at)) {
          const s = shrink(c.schedule, (x) => !sameStatus(x, at));
          report(
            `status at ${utc(at)} (zone ${s.zone})\n  schedule ${JSON.stringify(s)}\n  engine    ${readable(statusOf(s, at))}\n  reference ${readable(refStatus(s, at))}`,
          );
        }
      }
      // A timeline in some user's zone, from the hour holding an instant near one of its changes.
      const tz = r.pick(ZONES);
      const near = zoneTransitions(tz).filter((t) => Math.abs(t - c.focus) < 200 * DAY);
      const at = near.length > 0 && r.chance(0.7) ? r.pick(near) + r.int(-30, 90) * MIN : c.focus + r.int(-48, 48) * 30 * MIN;
      const from = hourStartInZone(tz, at);
      counts.hourStarts++;
      const expected = refHourStart(tz, at);
      if (from !== expected) report(`timeline start for ${utc(at)} in ${tz}: engine ${utc(from)}, reference ${utc(expected)}`);
      const to = expected + r.int(1, 2) * DAY;
      counts.timelines++;
      if (!sameSegments(c.schedule, expected, to)) {
        const s = shrink(c.schedule, (x) => !sameSegments(x, expected, to));
        report(
          `segments of [${utc(expected)}, ${utc(to)}) (zone ${s.zone})\n  schedule ${JSON.stringify(s)}\n  engine    ${readable(segments(s, expected, to))}\n  reference ${readable(refSegments(s, expected, to))}`,
        );
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('a wall-clock --at, in gaps and repeated hours, whatever the process clock says', () => {
    failures.length = 0;
    const r = rng(SEED + 1);
    const clocks = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)]; // winter and summer in the north
    const original = Settings.now;
    try {
      for (const zone of ZONES) {
        const changes = zoneTransitions(zone).filter((x) => x > Date.UTC(2005, 0, 1));
        for (let i = 0; i < Math.min(12, changes.length); i++) {
          const t = r.pick(changes);
          // Wall times either side of the change, inside a gap or in the repeated hour.
          for (const d of [-61, -60, -30, -1, 0, 29, 30, 59, 60, r.int(-120, 120)]) {
            const wall = wallAround(zone, t, d);
            const expected = refWallClock(zone, wall);
            for (const now of clocks) {
              Settings.now = () => now;
              counts.wallClocks++;
              const got = parseInstant(wall, zone);
              if (got !== expected)
                report(`--at ${wall} --tz ${zone} with the clock at ${utc(now)}: read as ${utc(got)}, reference ${utc(expected)}`);
            }
          }
        }
      }
    } finally {
      Settings.now = original;
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });

  it('the hours command end to end: its start holds now, its windows and statuses match', async () => {
    failures.length = 0;
    const r = rng(SEED + 2);
    const catalog = parseYaml(readFileSync(new URL('../catalog/fixtures/minimal.yaml', import.meta.url), 'utf8')) as {
      channels: unknown[];
    };
    const drawn = Array.from({ length: 6 }, () => drawCase(r));
    catalog.channels.push(
      ...drawn.map((c, i) => ({
        id: `r${i}`,
        kind: 'app',
        name: { zh: `渠道${i}`, en: `Channel ${i}` },
        path: { zh: '我', en: 'Me' },
        source: 'seed',
        hours: { text: { zh: '随机', en: 'random' }, ...c.schedule },
      })),
    );
    const dir = mkdtempSync(join(tmpdir(), 'wxhelp-diff-'));
    try {
      const file = join(dir, 'channels.json');
      writeFileSync(file, JSON.stringify(catalog));
      const schedules = drawn.map((c) => c.schedule);
      for (let n = 0; n < 14; n++) {
        // Half in zones whose clocks skip a whole hour's start (the top of the hour can fall in a
        // gap), just after a forward change; the rest anywhere near any change.
        const tz = n % 2 === 0 ? (n % 4 === 0 ? 'Pacific/Chatham' : 'Australia/Lord_Howe') : r.pick(ZONES);
        const changes = zoneTransitions(tz).filter(
          (t) => t > Date.UTC(2010, 0, 1) && (n % 2 === 1 || offsetAt(tz, t) > offsetAt(tz, t - 1)),
        );
        // Whole minutes (the JSON carries seconds) after the change.
        const minutes = n % 2 === 0 ? r.pick([1, 10, 14, 20, 29]) : r.int(0, 75);
        const at = (changes.length > 0 ? r.pick(changes) : Date.UTC(2026, 0, 1) + r.int(0, 365) * DAY) + minutes * MIN;
        const res = await runCli(['hours', '--json', '--days', '1', '--at', utc(at)!, '--tz', tz, '--channels', file]);
        counts.cliRuns++;
        if (res.code !== 0) {
          report(`hours --at ${utc(at)} --tz ${tz}: exit ${res.code} ${res.stderr}`);
          continue;
        }
        const out = JSON.parse(res.stdout) as {
          from: string;
          to: string;
          channels: {
            id: string;
            status: Record<string, unknown>;
            windows: { start: string; end: string; state: string; peak: boolean }[];
          }[];
        };
        const from = Date.parse(out.from);
        counts.hourStarts++;
        if (from !== refHourStart(tz, at))
          report(`hours --at ${utc(at)} --tz ${tz}: from ${out.from}, reference ${utc(refHourStart(tz, at))} (now must be inside)`);
        for (const ch of out.channels.filter((x) => x.id.startsWith('r'))) {
          const s = schedules[Number(ch.id.slice(1))]!;
          counts.timelines++;
          const mine = ch.windows.map((w) => [Date.parse(w.start), Date.parse(w.end), w.state, w.peak]);
          const theirs = refSegments(s, from, Date.parse(out.to)).map((w) => [w.start, w.end, w.state, w.peak]);
          if (JSON.stringify(mine) !== JSON.stringify(theirs))
            report(
              `hours --at ${utc(at)} --tz ${tz}, channel ${JSON.stringify(s)}:\n  cli       ${JSON.stringify(mine)}\n  reference ${JSON.stringify(theirs)}`,
            );
          counts.statuses++;
          const ref = refStatus(s, at);
          const st = ch.status;
          const got = [
            st.state,
            st.peak,
            st.nextChange === null ? null : Date.parse(st.nextChange as string),
            st.nextState,
            st.nextOpen === null ? null : Date.parse(st.nextOpen as string),
          ];
          const want = [ref.state, ref.peak, ref.nextChange, ref.nextState, ref.nextOpen];
          if (JSON.stringify(got) !== JSON.stringify(want))
            report(
              `status via the CLI at ${utc(at)}, schedule ${JSON.stringify(s)}:\n  cli       ${JSON.stringify(got)}\n  reference ${JSON.stringify(want)}`,
            );
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});

/** The zone's UTC offset at an instant, in ns (only to tell a forward change from a backward one). */
const offsetAt = (zone: string, at: number): number =>
  Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(zone).offsetNanoseconds;

/** The ISO wall-clock text (no offset) `d` minutes from the wall time just before/at change `t`. */
function wallAround(zone: string, t: number, d: number): string {
  // The wall clock read just before the change, then moved by d minutes as plain arithmetic:
  // this lands inside a forward gap or in the repeated hour of a backward change.
  const before = t - 1;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(before);
  const get = (k: string) => Number(parts.find((p) => p.type === k)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute') + 1 + d);
  return new Date(wall).toISOString().slice(0, 16);
}
