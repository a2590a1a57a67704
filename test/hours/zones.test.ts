// Service zones with DST, half-/quarter-hour offsets and the date line. Every expected instant
// is written in UTC, computed by hand from the zone's rules.
import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { State, WindowRule } from '../../src/catalog/types.js';
import { dayIntervals, scheduleStatus, segments } from '../../src/hours/index.js';
import { HOUR, SEED, iso, schedule, t } from './helpers.js';

const open = (from: string, to: string, days?: WindowRule['days']): WindowRule =>
  days === undefined ? { from, to, state: 'open' } : { from, to, state: 'open', days };
/** [start, end] of the windows starting on `date`, as UTC ISO strings. */
const windowsOn = (zone: string, windows: WindowRule[], date: string): [string | null, string | null][] =>
  dayIntervals(schedule(zone, windows), date).windows.map((w) => [iso(w.start), iso(w.end)]);
const hoursLong = (zone: string, windows: WindowRule[], date: string): number[] =>
  dayIntervals(schedule(zone, windows), date).windows.map((w) => (w.end - w.start) / HOUR);

describe('Europe/London (GMT/BST)', () => {
  const Z = 'Europe/London';
  it.each([
    ['2024-03-30', 24], // normal
    ['2024-03-31', 23], // clocks go forward at 01:00
    ['2024-04-01', 24],
    ['2024-10-27', 25], // clocks go back at 02:00
  ])('a 24 h line on %s lasts %i h', (date, h) => {
    expect(hoursLong(Z, [open('00:00', '00:00')], date)).toEqual([h]);
    expect(hoursLong(Z, [open('00:00', '24:00')], date)).toEqual([h]);
  });

  it('the 24 h line of a DST day runs from midnight to the next midnight', () => {
    expect(windowsOn(Z, [open('00:00', '00:00')], '2024-03-31')).toEqual([['2024-03-31T00:00:00.000Z', '2024-03-31T23:00:00.000Z']]);
    expect(windowsOn(Z, [open('00:00', '00:00')], '2024-10-27')).toEqual([['2024-10-26T23:00:00.000Z', '2024-10-28T00:00:00.000Z']]);
  });

  it.each([
    ['2024-03-30', '2024-03-30T09:00:00.000Z', '2024-03-30T17:00:00.000Z'],
    ['2024-03-31', '2024-03-31T08:00:00.000Z', '2024-03-31T16:00:00.000Z'],
    ['2024-10-26', '2024-10-26T08:00:00.000Z', '2024-10-26T16:00:00.000Z'],
    ['2024-10-27', '2024-10-27T09:00:00.000Z', '2024-10-27T17:00:00.000Z'],
  ])('09:00–17:00 on %s is %s–%s', (date, start, end) => {
    expect(windowsOn(Z, [open('09:00', '17:00')], date)).toEqual([[start, end]]);
  });

  it('a 01:30 start on the spring-forward day shifts forward to 02:30 BST', () => {
    // 01:30 does not exist on 2024-03-31; 02:30 BST = 01:30Z; 03:00 BST = 02:00Z.
    expect(windowsOn(Z, [open('01:30', '03:00')], '2024-03-31')).toEqual([['2024-03-31T01:30:00.000Z', '2024-03-31T02:00:00.000Z']]);
    const s = schedule(Z, [open('01:30', '03:00')]);
    expect(scheduleStatus(s, t('2024-03-31T01:29:59.999Z')).state).toBe('closed');
    expect(scheduleStatus(s, t('2024-03-31T01:30:00Z')).state).toBe('open');
    // Each end shifts on its own: a window inside the gap moves an hour later; one whose start
    // shifts past its end is empty.
    expect(windowsOn(Z, [open('01:10', '01:50')], '2024-03-31')).toEqual([['2024-03-31T01:10:00.000Z', '2024-03-31T01:50:00.000Z']]);
    expect(windowsOn(Z, [open('01:30', '02:15')], '2024-03-31')).toEqual([]);
  });

  it('an overnight window across spring-forward is 7 h of elapsed time', () => {
    expect(windowsOn(Z, [open('22:00', '06:00')], '2024-03-30')).toEqual([['2024-03-30T22:00:00.000Z', '2024-03-31T05:00:00.000Z']]);
  });

  it('nextChange / nextOpen cross the transition at the right instant', () => {
    const s = schedule(Z, [open('09:00', '17:00')]);
    const st = scheduleStatus(s, t('2024-03-30T18:00:00Z'));
    expect([st.state, iso(st.nextChange), st.nextState, iso(st.nextOpen)]).toEqual([
      'closed',
      '2024-03-31T08:00:00.000Z',
      'open',
      '2024-03-31T08:00:00.000Z',
    ]);
    const st2 = scheduleStatus(s, t('2024-03-31T10:00:00Z'));
    expect(iso(st2.nextChange)).toBe('2024-03-31T16:00:00.000Z');
  });
});

describe('America/New_York (EST/EDT)', () => {
  const Z = 'America/New_York';
  it.each([
    ['2024-03-10', 23, '2024-03-10T05:00:00.000Z', '2024-03-11T04:00:00.000Z'],
    ['2024-11-03', 25, '2024-11-03T04:00:00.000Z', '2024-11-04T05:00:00.000Z'],
    ['2024-07-04', 24, '2024-07-04T04:00:00.000Z', '2024-07-05T04:00:00.000Z'],
  ])('24 h line on %s: %i h, %s–%s', (date, h, start, end) => {
    expect(hoursLong(Z, [open('00:00', '00:00')], date)).toEqual([h]);
    expect(windowsOn(Z, [open('00:00', '00:00')], date)).toEqual([[start, end]]);
  });

  it('a 02:30 start on 10 March shifts forward to 03:30 EDT', () => {
    expect(windowsOn(Z, [open('02:30', '04:00')], '2024-03-10')).toEqual([['2024-03-10T07:30:00.000Z', '2024-03-10T08:00:00.000Z']]);
  });

  it('a repeated wall time (01:30 on 3 November) means its first occurrence', () => {
    // 01:30 EDT = 05:30Z (the second 01:30, EST, would be 06:30Z); 02:30 EST = 07:30Z.
    expect(windowsOn(Z, [open('01:30', '02:30')], '2024-11-03')).toEqual([['2024-11-03T05:30:00.000Z', '2024-11-03T07:30:00.000Z']]);
  });

  it.each([
    ['2024-03-09', '2024-03-10T03:00:00.000Z', '2024-03-10T10:00:00.000Z', 7],
    ['2024-11-02', '2024-11-03T02:00:00.000Z', '2024-11-03T11:00:00.000Z', 9],
  ])('overnight 22:00–06:00 starting %s: %s–%s (%i h)', (date, start, end, h) => {
    expect(windowsOn(Z, [open('22:00', '06:00')], date)).toEqual([[start, end]]);
    expect(hoursLong(Z, [open('22:00', '06:00')], date)).toEqual([h]);
  });

  it('segments across the November transition keep 09:00 local', () => {
    const s = schedule(Z, [open('09:00', '17:00')]);
    const opens = segments(s, t('2024-11-02T00:00:00Z'), t('2024-11-05T00:00:00Z'))
      .filter((x) => x.state === 'open')
      .map((x) => [iso(x.start), iso(x.end)]);
    expect(opens).toEqual([
      ['2024-11-02T13:00:00.000Z', '2024-11-02T21:00:00.000Z'],
      ['2024-11-03T14:00:00.000Z', '2024-11-03T22:00:00.000Z'],
      ['2024-11-04T14:00:00.000Z', '2024-11-04T22:00:00.000Z'],
    ]);
  });
});

describe('half- and quarter-hour offsets', () => {
  it.each([
    ['Asia/Kolkata', '2024-06-03', '2024-06-03T03:30:00.000Z', '2024-06-03T12:30:00.000Z'], // +05:30
    ['Asia/Kathmandu', '2024-06-03', '2024-06-03T03:15:00.000Z', '2024-06-03T12:15:00.000Z'], // +05:45
    ['Australia/Adelaide', '2024-01-15', '2024-01-14T22:30:00.000Z', '2024-01-15T07:30:00.000Z'], // +10:30 ACDT
    ['Australia/Adelaide', '2024-07-15', '2024-07-14T23:30:00.000Z', '2024-07-15T08:30:00.000Z'], // +09:30 ACST
  ])('%s 09:00–18:00 on %s is %s–%s', (zone, date, start, end) => {
    expect(windowsOn(zone, [open('09:00', '18:00')], date)).toEqual([[start, end]]);
  });

  it('boundaries hold to the millisecond in Asia/Kathmandu', () => {
    const s = schedule('Asia/Kathmandu', [open('09:00', '18:00')]);
    expect(scheduleStatus(s, t('2024-06-03T03:14:59.999Z')).state).toBe('closed');
    expect(scheduleStatus(s, t('2024-06-03T03:15:00.000Z')).state).toBe('open');
    expect(scheduleStatus(s, t('2024-06-03T12:14:59.999Z')).state).toBe('open');
    expect(scheduleStatus(s, t('2024-06-03T12:15:00.000Z')).state).toBe('closed');
  });

  it.each([
    ['2024-04-07', 25, '2024-04-06T13:30:00.000Z', '2024-04-07T14:30:00.000Z'], // ACDT → ACST
    ['2024-10-06', 23, '2024-10-05T14:30:00.000Z', '2024-10-06T13:30:00.000Z'], // ACST → ACDT
  ])('Australia/Adelaide 24 h line on %s: %i h', (date, h, start, end) => {
    expect(hoursLong('Australia/Adelaide', [open('00:00', '00:00')], date)).toEqual([h]);
    expect(windowsOn('Australia/Adelaide', [open('00:00', '00:00')], date)).toEqual([[start, end]]);
  });
});

describe('date-line zones', () => {
  it('Pacific/Kiritimati (+14): Monday windows open on a UTC Sunday', () => {
    const s = schedule('Pacific/Kiritimati', [open('09:00', '17:00', ['mon'])]);
    expect(windowsOn('Pacific/Kiritimati', [open('09:00', '17:00', ['mon'])], '2024-06-03')).toEqual([
      ['2024-06-02T19:00:00.000Z', '2024-06-03T03:00:00.000Z'],
    ]);
    const cases: [string, State][] = [
      ['2024-06-02T18:59:59.999Z', 'closed'],
      ['2024-06-02T19:00:00.000Z', 'open'], // Sunday in UTC, Monday 09:00 in Kiritimati
      ['2024-06-03T20:00:00.000Z', 'closed'], // Tuesday 10:00 there
      ['2024-06-09T20:00:00.000Z', 'open'], // next Monday 10:00 there
    ];
    for (const [at, expected] of cases) expect([at, scheduleStatus(s, t(at)).state]).toEqual([at, expected]);
    const st = scheduleStatus(s, t('2024-06-03T04:00:00Z'));
    expect(iso(st.nextOpen)).toBe('2024-06-09T19:00:00.000Z');
  });

  it('Pacific/Apia (+13): 09:00 is 20:00 UTC the day before', () => {
    expect(windowsOn('Pacific/Apia', [open('09:00', '17:00')], '2024-06-03')).toEqual([
      ['2024-06-02T20:00:00.000Z', '2024-06-03T04:00:00.000Z'],
    ]);
  });

  it('Pacific/Apia skipped 30 Dec 2011: the 24 h line of the 29th ends at the next midnight that exists', () => {
    // 29 Dec 00:00 at −10 = 10:00Z; 30 Dec never happened, 31 Dec 00:00 at +14 = 30 Dec 10:00Z.
    expect(windowsOn('Pacific/Apia', [open('00:00', '00:00')], '2011-12-29')).toEqual([
      ['2011-12-29T10:00:00.000Z', '2011-12-30T10:00:00.000Z'],
    ]);
    const s = schedule('Pacific/Apia', [open('00:00', '00:00')]);
    expect(segments(s, t('2011-12-28T00:00:00Z'), t('2012-01-03T00:00:00Z'))).toHaveLength(1);
  });
});

describe('windows far from their UTC date', () => {
  it('a Monday 23:00 24 h window in New York still covers Wednesday 03:00 UTC', () => {
    // Mon 2024-01-15 23:00 EST = Tue 04:00Z, until Tue 23:00 EST = Wed 04:00Z.
    const s = schedule('America/New_York', [open('23:00', '23:00', ['mon'])]);
    expect(scheduleStatus(s, t('2024-01-17T03:59:59.999Z')).state).toBe('open');
    expect(scheduleStatus(s, t('2024-01-17T04:00:00Z')).state).toBe('closed');
    expect(segments(s, t('2024-01-17T03:00:00Z'), t('2024-01-17T05:00:00Z')).map((x) => x.state)).toEqual(['open', 'closed']);
  });

  it('a Kiritimati window of the next local date can start before the UTC day ends', () => {
    // Tue 2024-01-16 00:00 at +14 = Mon 2024-01-15 10:00Z.
    const s = schedule('Pacific/Kiritimati', [open('00:00', '01:00', ['tue'])]);
    const segs = segments(s, t('2024-01-15T00:00:00Z'), t('2024-01-15T12:00:00Z'));
    expect(segs.map((x) => [iso(x.start), x.state])).toEqual([
      ['2024-01-15T00:00:00.000Z', 'closed'],
      ['2024-01-15T10:00:00.000Z', 'open'],
      ['2024-01-15T11:00:00.000Z', 'closed'],
    ]);
  });
});

describe('independent of the user zone', () => {
  const originalTZ = process.env.TZ;
  const originalZone = Settings.defaultZone;
  afterEach(() => {
    if (originalTZ === undefined) delete process.env.TZ;
    else process.env.TZ = originalTZ;
    Settings.defaultZone = originalZone;
  });

  const cases = [
    { s: SEED, at: t('2024-06-03T12:30:00Z') },
    { s: schedule('Europe/London', [open('09:00', '17:00')]), at: t('2024-03-30T18:00:00Z') },
    { s: schedule('America/New_York', [open('22:00', '06:00')]), at: t('2024-11-03T05:59:00Z') },
    { s: schedule('Pacific/Kiritimati', [open('09:00', '17:00', ['mon'])]), at: t('2024-06-02T12:00:00Z') },
  ];
  const run = () =>
    cases.map(({ s, at }) => ({
      status: scheduleStatus(s, at),
      segs: segments(s, at - 2 * 86_400_000, at + 2 * 86_400_000),
      day: dayIntervals(s, '2024-03-31'),
    }));

  it('gives identical results whatever TZ / luxon default zone the process runs in', () => {
    const baseline = run();
    expect(baseline[0]!.status).toMatchObject({ state: 'open', peak: true, peakWaitMinutes: 12 }); // 20:30 Beijing
    const users: [string, number][] = [
      ['America/Los_Angeles', 480],
      ['Asia/Kolkata', -330],
      ['Pacific/Chatham', -825],
      ['UTC', 0],
      ['Europe/London', 0],
    ];
    for (const [userZone, janOffset] of users) {
      process.env.TZ = userZone;
      Settings.defaultZone = userZone;
      // The process really is in that zone now …
      expect(new Date(t('2024-01-15T00:00:00Z')).getTimezoneOffset()).toBe(janOffset);
      expect(DateTime.fromMillis(0).zoneName).toBe(userZone);
      // … and nothing changes.
      expect(run()).toEqual(baseline);
    }
  });
});
