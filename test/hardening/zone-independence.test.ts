// Property: the answer does not depend on the user's zone. The same instant asked from two zones
// (as `Z`, as an offset, or as a wall-clock time in --tz) gives the same states and the same
// instants; only the way they are written differs. And `hours` windows tile their range.
// In-process through run(), seeded and bounded.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { overseasByZone } from '../../src/advise/region.js';
import { cli, tempDir } from './helpers.js';

/** Channels whose hours depend on where the call comes from (`hours.abroad`). */
const BY_REGION = (
  parse(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8')) as {
    channels: { id: string; hours: { abroad?: unknown } }[];
  }
).channels
  .filter((c) => c.hours.abroad !== undefined)
  .map((c) => c.id);

const ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Adelaide',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'America/Santiago',
  'Europe/Dublin',
] as const;

const DAY = 86_400_000;
// Instants in 2024–2030, and near the DST changes of 2026 (drawn often: that is where zone bugs live).
const TRANSITIONS = [
  '2026-03-08T07:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-04-05T03:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-11-01T06:00:00Z',
].map((s) => Date.parse(s));
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') }),
  fc.tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([t, d]) => t + d),
);
/** How --at is written: as UTC, with the zone's offset, or as a wall-clock time in --tz. */
const form = fc.constantFrom('utc' as const, 'offset' as const, 'wall' as const);

function atArg(ms: number, zone: string, how: 'utc' | 'offset' | 'wall'): string {
  if (how === 'utc') return new Date(ms).toISOString();
  const local = DateTime.fromMillis(ms, { zone });
  if (how === 'offset') return local.toISO()!;
  const wall = local.toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS");
  // A wall-clock --at is the first occurrence of a repeated time: for the second one (the same
  // wall time shown half an hour, an hour or two earlier), say the offset.
  const shownBefore = [30, 60, 120].some(
    (m) => DateTime.fromMillis(ms - m * 60_000, { zone }).toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS") === wall,
  );
  return shownBefore ? local.toISO()! : wall;
}

const epoch = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

interface StatusJson {
  state: string;
  peak: boolean;
  expectedWaitMinutes: number | null;
  nextChange: string | null;
  nextState: string | null;
  nextOpen: string | null;
}

/** A status with its instants as epoch ms, for comparing across zones. */
function comparable(status: StatusJson) {
  return { ...status, nextChange: epoch(status.nextChange), nextOpen: epoch(status.nextOpen) };
}

/** Each channel's status as seen from one zone (the JSON must carry that zone's offsets). */
async function statuses(args: string[], ms: number, zone: string, how: 'utc' | 'offset' | 'wall') {
  const r = await cli([...args, '--json', '--at', atArg(ms, zone, how), '--tz', zone]);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { at: string; timeZone: string; channels: { id: string; status: StatusJson }[] };
  expect(out.timeZone).toBe(zone);
  expect(epoch(out.at)).toBe(ms);
  // …written with the user's offset at that instant.
  expect(DateTime.fromISO(out.at, { setZone: true }).offset).toBe(DateTime.fromMillis(ms, { zone }).offset);
  return Object.fromEntries(out.channels.map((c) => [c.id, comparable(c.status)]));
}

describe('the answer does not depend on the user zone', () => {
  it('built-in catalog: every channel has the same state and the same next instants from any two zones', async () => {
    await fc.assert(
      fc.asyncProperty(instant, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), form, form, async (ms, z1, z2, f1, f2) => {
        ms -= ms % 1000; // whole seconds: the JSON shows no more
        // Mainland zones and zones abroad differ only where a number has other hours from abroad.
        const [a, b] = [await statuses(['channels'], ms, z1, f1), await statuses(['channels'], ms, z2, f2)];
        if (overseasByZone(z1) !== overseasByZone(z2)) {
          for (const id of BY_REGION) {
            delete a[id];
            delete b[id];
          }
        }
        expect(a).toEqual(b);
      }),
      { seed: 42, numRuns: 15 },
    );
  });

  // Random schedules in random channel zones, in a small catalog written for each case.
  const tmp = tempDir();
  afterAll(tmp.cleanup);
  const minimal = readFileSync(new URL('../catalog/fixtures/minimal.yaml', import.meta.url), 'utf8');
  const hoursStart = minimal.indexOf('      zone: Asia/Shanghai\n');
  const hoursEnd = minimal.indexOf('    waitMinutes: { open: 5');
  if (hoursStart < 0 || hoursEnd < hoursStart) throw new Error('minimal.yaml changed: update this test');

  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = fc
    .oneof(
      fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
      fc.integer({ min: 0, max: 1439 }),
    )
    .map((m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
  const to = fc.oneof(hhmm, fc.constant('24:00'));
  const days = fc.option(fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], { minLength: 1 }), { nil: undefined });
  const daysYaml = (d: string[] | undefined) => (d === undefined ? '' : `, days: [${d.join(', ')}]`);
  const window = fc
    .record({ from: hhmm, to, state: fc.constantFrom('open', 'automated'), days })
    .map((w) => `{ from: "${w.from}", to: "${w.to}", state: ${w.state}${daysYaml(w.days)} }`);
  const peak = fc
    .record({ from: hhmm, to, wait: fc.integer({ min: 1, max: 60 }), days })
    .map((p) => `{ from: "${p.from}", to: "${p.to}", waitMinutes: ${p.wait}${daysYaml(p.days)} }`);
  const schedule = fc.record({
    zone: fc.constantFrom(...ZONES),
    windows: fc.array(window, { maxLength: 4 }),
    peaks: fc.array(peak, { maxLength: 2 }),
    exception: fc.option(
      fc.record({
        offset: fc.integer({ min: -2, max: 6 }),
        length: fc.integer({ min: 0, max: 3 }),
        windows: fc.array(window, { maxLength: 2 }),
      }),
      {
        nil: undefined,
      },
    ),
  });

  type Schedule = typeof schedule extends fc.Arbitrary<infer T> ? T : never;

  function catalogFile(s: Schedule, ms: number, n: number): string {
    const date = (d: number) => new Date(Math.floor(ms / DAY) * DAY + d * DAY).toISOString().slice(0, 10);
    const exceptions =
      s.exception === undefined
        ? '[]'
        : `[{ from: ${date(s.exception.offset)}, to: ${date(s.exception.offset + s.exception.length)}, windows: [${s.exception.windows.join(', ')}] }]`;
    const hours = [
      `      zone: ${s.zone}`,
      '      text: { zh: 测试, en: test }',
      `      windows: [${s.windows.join(', ')}]`,
      `      peaks: [${s.peaks.join(', ')}]`,
      `      exceptions: ${exceptions}`,
      '',
    ].join('\n');
    return tmp.file(`c${n}.yaml`, minimal.slice(0, hoursStart) + hours + minimal.slice(hoursEnd));
  }

  interface HoursJson {
    from: string;
    to: string;
    channels: { id: string; status: StatusJson; windows: { start: string; end: string; state: string; peak: boolean }[] }[];
  }

  /** Problems with a list of windows as a tiling of [from, to). */
  function tilingProblems(windows: { start: number; end: number }[], from: number, to: number): string[] {
    const bad: string[] = [];
    if (windows.length === 0) return ['no windows'];
    if (windows[0]!.start !== from) bad.push('first start');
    if (windows.at(-1)!.end !== to) bad.push('last end');
    windows.forEach((w, i) => {
      if (!(w.end > w.start)) bad.push(`empty window ${i}`);
      if (i > 0 && w.start !== windows[i - 1]!.end) bad.push(`gap or overlap before ${i}`);
    });
    return bad;
  }

  let n = 0;
  it('random schedules: same statuses from two zones, and hours windows that tile their range and agree', async () => {
    await fc.assert(
      fc.asyncProperty(schedule, instant, fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), form, async (s, ms, z1, z2, how) => {
        ms -= ms % 1000;
        const file = catalogFile(s, ms, n++);
        const base = ['--channels', file];
        expect(await statuses([...base, 'channels'], ms, z1, how)).toEqual(await statuses([...base, 'channels'], ms, z2, 'utc'));

        type Window = { start: number; end: number; state: string; peak: boolean };
        const views: Window[][] = [];
        for (const zone of [z1, z2]) {
          const r = await cli([...base, 'hours', 'phone-general', '--days', '2', '--json', '--at', atArg(ms, zone, how), '--tz', zone]);
          expect(r.code, r.stderr).toBe(0);
          const out = JSON.parse(r.stdout) as HoursJson;
          const windows = out.channels[0]!.windows.map((w) => ({ ...w, start: Date.parse(w.start), end: Date.parse(w.end) }));
          const from = Date.parse(out.from);
          const to = Date.parse(out.to);
          expect(tilingProblems(windows, from, to)).toEqual([]);
          // The range starts at the top of the hour in the user's zone, at or before --at (more
          // than an hour before it only when the clocks changed in between).
          expect(from).toBeLessThanOrEqual(ms);
          const start = DateTime.fromMillis(from, { zone });
          expect([start.minute, start.second]).toEqual([0, 0]);
          if (start.offset === DateTime.fromMillis(ms, { zone }).offset) expect(ms - from).toBeLessThan(3_600_000);
          else expect(ms - from).toBeLessThan(3 * 3_600_000);
          views.push(windows);
        }
        // Wherever both ranges cover an instant, both zones see the same state there.
        const stateAt = (ws: Window[], t: number) => ws.find((w) => w.start <= t && t < w.end);
        for (const w of views[0]!) {
          for (const t of [w.start, w.end - 1]) {
            const other = stateAt(views[1]!, t);
            if (other) expect([other.state, other.peak], new Date(t).toISOString()).toEqual([w.state, w.peak]);
          }
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});
