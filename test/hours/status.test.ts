// Core semantics in a zone without DST (Asia/Shanghai, UTC+8): instants are written with +08:00.
import { describe, expect, it } from 'vitest';
import type { Channel, State } from '../../src/catalog/types.js';
import { HORIZON_MS, channelStatus, dayIntervals, scheduleStatus, segments } from '../../src/hours/index.js';
import { DAY, HOUR, SEED, exception, iso, schedule, t } from './helpers.js';
import { compile } from '../../src/hours/compiled.js';

const SH = 'Asia/Shanghai';
const state = (s: Parameters<typeof scheduleStatus>[0], at: string): State => scheduleStatus(s, t(at)).state;

describe('window boundaries are half-open [from, to)', () => {
  const day = schedule(SH, [{ from: '09:00', to: '22:00', state: 'open' }]);
  it.each<[string, State]>([
    ['2024-06-03T08:59:59.999+08:00', 'closed'],
    ['2024-06-03T09:00:00.000+08:00', 'open'],
    ['2024-06-03T12:00:00.000+08:00', 'open'],
    ['2024-06-03T21:59:59.999+08:00', 'open'],
    ['2024-06-03T22:00:00.000+08:00', 'closed'],
    ['2024-06-03T23:59:59.999+08:00', 'closed'],
    ['2024-06-04T00:00:00.000+08:00', 'closed'],
  ])('at %s the state is %s', (at, expected) => {
    expect(state(day, at)).toBe(expected);
  });

  it('lands on the right UTC instants', () => {
    expect(dayIntervals(day, '2024-06-03').windows).toEqual([
      { start: t('2024-06-03T01:00:00Z'), end: t('2024-06-03T14:00:00Z'), state: 'open' },
    ]);
  });
});

describe('overnight windows belong to the day they start', () => {
  const night = schedule(SH, [{ from: '22:00', to: '09:00', state: 'automated' }]);
  it.each<[string, State]>([
    ['2024-06-03T21:59:59.999+08:00', 'closed'],
    ['2024-06-03T22:00:00.000+08:00', 'automated'],
    ['2024-06-04T00:00:00.000+08:00', 'automated'],
    ['2024-06-04T08:59:59.999+08:00', 'automated'],
    ['2024-06-04T09:00:00.000+08:00', 'closed'],
  ])('22:00–09:00 at %s is %s', (at, expected) => {
    expect(state(night, at)).toBe(expected);
  });

  it('is one interval of 11 h starting on its own date', () => {
    const [w, ...rest] = dayIntervals(night, '2024-06-03').windows;
    expect(rest).toEqual([]);
    expect(iso(w!.start)).toBe('2024-06-03T14:00:00.000Z');
    expect(iso(w!.end)).toBe('2024-06-04T01:00:00.000Z');
  });

  // 2024-06-07 is a Friday, 06-08 a Saturday.
  const fridayNight = schedule(SH, [{ from: '22:00', to: '09:00', state: 'automated', days: ['fri'] }]);
  it.each<[string, State]>([
    ['2024-06-07T03:00:00+08:00', 'closed'], // Thursday's night: not a Friday start
    ['2024-06-07T23:00:00+08:00', 'automated'], // Friday 23:00
    ['2024-06-08T03:00:00+08:00', 'automated'], // Saturday morning: spill of Friday's window
    ['2024-06-08T09:00:00+08:00', 'closed'],
    ['2024-06-08T23:00:00+08:00', 'closed'], // Saturday night: not a Friday start
    ['2024-06-15T08:00:00+08:00', 'automated'], // the next week's spill
  ])('days: [fri] at %s is %s', (at, expected) => {
    expect(state(fridayNight, at)).toBe(expected);
  });

  it('filters daytime windows by weekday', () => {
    const weekdays = schedule(SH, [{ from: '09:00', to: '18:00', state: 'open', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }]);
    expect(state(weekdays, '2024-06-07T10:00:00+08:00')).toBe('open'); // Fri
    expect(state(weekdays, '2024-06-08T10:00:00+08:00')).toBe('closed'); // Sat
    expect(state(weekdays, '2024-06-09T10:00:00+08:00')).toBe('closed'); // Sun
    expect(state(weekdays, '2024-06-10T10:00:00+08:00')).toBe('open'); // Mon
  });
});

describe('24-hour lines', () => {
  it.each([
    ['00:00', '00:00'],
    ['00:00', '24:00'],
    ['09:00', '09:00'],
  ])('%s–%s is open all the time, never changes, and has no nextOpen', (from, to) => {
    const line = schedule(SH, [{ from, to, state: 'open' }]);
    for (const at of [
      '2024-06-03T00:00:00+08:00',
      '2024-06-03T08:59:59.999+08:00',
      '2024-06-03T09:00:00+08:00',
      '2024-12-31T23:59:59.999+08:00',
    ]) {
      expect(scheduleStatus(line, t(at))).toEqual({
        state: 'open',
        peak: false,
        peakWaitMinutes: null,
        nextChange: null,
        nextState: null,
        nextOpen: null,
      });
    }
    const [w] = dayIntervals(line, '2024-06-03').windows;
    expect(w!.end - w!.start).toBe(24 * HOUR);
    expect(segments(line, t('2024-06-01T00:00:00Z'), t('2024-06-20T00:00:00Z'))).toHaveLength(1);
  });

  it('one state at every instant: its status is the one the segments give, with no day worked out', () => {
    // A 24-hour window every day with nothing above it needs no day's intervals (src/hours/compiled.ts):
    // the status is worked out without them, and must be what the segments say, in zones with DST too.
    const constant = [
      schedule(SH, [{ from: '00:00', to: '00:00', state: 'automated' }]),
      schedule('America/New_York', [{ from: '09:00', to: '09:00', state: 'open' }]),
      schedule('Europe/London', [
        { from: '00:00', to: '24:00', state: 'open' },
        { from: '09:00', to: '17:00', state: 'automated', days: ['mon'] },
      ]),
    ];
    // Not constant: a stronger window on some days, a peak, an exception, a 24-hour window on some days only.
    const changing = [
      schedule(SH, [
        { from: '00:00', to: '00:00', state: 'automated' },
        { from: '09:00', to: '22:00', state: 'open' },
      ]),
      schedule(SH, [{ from: '00:00', to: '00:00', state: 'open' }], [{ from: '19:00', to: '21:00', waitMinutes: 12 }]),
      schedule(SH, [{ from: '00:00', to: '00:00', state: 'open' }], [], [exception('2026-03-08', '2026-03-08', [])]),
      schedule(SH, [{ from: '00:00', to: '00:00', state: 'open', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] }]),
    ];
    const instants = [
      '2026-03-08T01:59:59-05:00',
      '2026-03-08T03:00:00-04:00',
      '2026-03-29T00:30:00Z',
      '2026-11-01T01:30:00-04:00',
      '2026-03-05T12:00:00Z',
    ];
    const fromSegments = (s: Parameters<typeof scheduleStatus>[0], at: number) => {
      const segs = segments(s, at, at + HORIZON_MS + 1);
      const change = segs.find((g) => g.state !== segs[0]!.state);
      const open = segs[0]!.state === 'open' ? undefined : segs.find((g) => g.state === 'open');
      return { state: segs[0]!.state, nextChange: change?.start ?? null, nextState: change?.state ?? null, nextOpen: open?.start ?? null };
    };
    for (const s of [...constant, ...changing])
      for (const at of instants) expect(scheduleStatus(s, t(at))).toMatchObject(fromSegments(s, t(at)));
    // Schedules compiled nowhere else (equal schedules share one compilation): none of their days worked out.
    for (const s of [
      schedule('Asia/Tokyo', [{ from: '00:00', to: '00:00', state: 'open' }]),
      schedule('Australia/Sydney', [{ from: '06:00', to: '06:00', state: 'automated' }]),
    ]) {
      expect(scheduleStatus(s, t(instants[0]!))).toMatchObject({ nextChange: null, nextOpen: null });
      expect(compile(s).days.size).toBe(0);
    }
    for (const s of changing) expect(compile(s).days.size).toBeGreaterThan(0);
  });

  it('09:00–09:00 starts at 09:00 of its own date', () => {
    const line = schedule(SH, [{ from: '09:00', to: '09:00', state: 'open', days: ['mon'] }]);
    const [w] = dayIntervals(line, '2024-06-03').windows;
    expect(iso(w!.start)).toBe('2024-06-03T01:00:00.000Z');
    expect(iso(w!.end)).toBe('2024-06-04T01:00:00.000Z');
    expect(state(line, '2024-06-04T08:59:59.999+08:00')).toBe('open'); // Tuesday, still Monday's window
    expect(state(line, '2024-06-04T09:00:00+08:00')).toBe('closed');
  });
});

describe('overlapping windows: the strongest state wins, whatever the order', () => {
  const a = { from: '00:00', to: '24:00', state: 'automated' } as const;
  const o = { from: '09:00', to: '17:00', state: 'open' } as const;
  const cases: [string, State][] = [
    ['2024-06-03T08:59:59.999+08:00', 'automated'],
    ['2024-06-03T09:00:00+08:00', 'open'],
    ['2024-06-03T16:59:59.999+08:00', 'open'],
    ['2024-06-03T17:00:00+08:00', 'automated'],
  ];
  it.each([
    ['automated first', [a, o]],
    ['open first', [o, a]],
  ])('%s', (_name, windows) => {
    const s = schedule(SH, windows);
    for (const [at, expected] of cases) expect(state(s, at)).toBe(expected);
  });

  it('two open windows that overlap form one open segment', () => {
    const s = schedule(SH, [
      { from: '09:00', to: '13:00', state: 'open' },
      { from: '12:00', to: '18:00', state: 'open' },
    ]);
    const segs = segments(s, t('2024-06-03T00:00:00+08:00'), t('2024-06-04T00:00:00+08:00'));
    expect(segs.map((x) => [iso(x.start), x.state])).toEqual([
      ['2024-06-02T16:00:00.000Z', 'closed'],
      ['2024-06-03T01:00:00.000Z', 'open'],
      ['2024-06-03T10:00:00.000Z', 'closed'],
    ]);
  });
});

describe('peaks', () => {
  it('the seed line: peak 19:00–21:00 while open, with its wait', () => {
    const segs = segments(SEED, t('2024-06-03T00:00:00+08:00'), t('2024-06-04T00:00:00+08:00'));
    expect(segs).toEqual([
      {
        start: t('2024-06-03T00:00:00+08:00'),
        end: t('2024-06-03T09:00:00+08:00'),
        state: 'automated',
        peak: false,
        peakWaitMinutes: null,
      },
      { start: t('2024-06-03T09:00:00+08:00'), end: t('2024-06-03T19:00:00+08:00'), state: 'open', peak: false, peakWaitMinutes: null },
      { start: t('2024-06-03T19:00:00+08:00'), end: t('2024-06-03T21:00:00+08:00'), state: 'open', peak: true, peakWaitMinutes: 12 },
      { start: t('2024-06-03T21:00:00+08:00'), end: t('2024-06-03T22:00:00+08:00'), state: 'open', peak: false, peakWaitMinutes: null },
      {
        start: t('2024-06-03T22:00:00+08:00'),
        end: t('2024-06-04T00:00:00+08:00'),
        state: 'automated',
        peak: false,
        peakWaitMinutes: null,
      },
    ]);
  });

  it('counts only while open (not while automated or closed)', () => {
    const s = schedule(
      SH,
      [
        { from: '09:00', to: '20:00', state: 'open' },
        { from: '20:00', to: '20:30', state: 'automated' },
      ],
      [{ from: '19:00', to: '21:00', waitMinutes: 12 }],
    );
    const at = (x: string) => scheduleStatus(s, t(x));
    expect(at('2024-06-03T18:59:59.999+08:00')).toMatchObject({ state: 'open', peak: false, peakWaitMinutes: null });
    expect(at('2024-06-03T19:00:00+08:00')).toMatchObject({ state: 'open', peak: true, peakWaitMinutes: 12 });
    expect(at('2024-06-03T20:00:00+08:00')).toMatchObject({ state: 'automated', peak: false, peakWaitMinutes: null });
    expect(at('2024-06-03T20:45:00+08:00')).toMatchObject({ state: 'closed', peak: false, peakWaitMinutes: null });
  });

  it('overlapping peaks report the longer wait; different waits are separate segments', () => {
    const s = schedule(
      SH,
      [{ from: '09:00', to: '22:00', state: 'open' }],
      [
        { from: '12:00', to: '14:00', waitMinutes: 5 },
        { from: '13:00', to: '15:00', waitMinutes: 20 },
      ],
    );
    const segs = segments(s, t('2024-06-03T11:00:00+08:00'), t('2024-06-03T16:00:00+08:00'));
    expect(segs.map((x) => [iso(x.start), x.peak, x.peakWaitMinutes])).toEqual([
      ['2024-06-03T03:00:00.000Z', false, null],
      ['2024-06-03T04:00:00.000Z', true, 5],
      ['2024-06-03T05:00:00.000Z', true, 20],
      ['2024-06-03T07:00:00.000Z', false, null],
    ]);
  });

  it('a peak change is not a state change', () => {
    const st = scheduleStatus(SEED, t('2024-06-03T18:00:00+08:00'));
    expect(st.peak).toBe(false);
    expect(iso(st.nextChange)).toBe('2024-06-03T14:00:00.000Z'); // 22:00, not the 19:00 peak
    expect(st.nextState).toBe('automated');
  });
});

describe('exceptions', () => {
  const weekly = [
    { from: '09:00', to: '22:00', state: 'open' },
    { from: '22:00', to: '09:00', state: 'automated' },
  ] as const;
  const peaks = [{ from: '19:00', to: '21:00', waitMinutes: 12 }];

  it('windows: [] closes the day, but the previous night still spills into it', () => {
    const s = schedule(SH, [...weekly], peaks, [exception('2024-06-04', '2024-06-04', [])]);
    expect(state(s, '2024-06-04T08:59:59.999+08:00')).toBe('automated'); // Monday 22:00 → Tuesday 09:00
    expect(state(s, '2024-06-04T09:00:00+08:00')).toBe('closed');
    expect(state(s, '2024-06-04T20:00:00+08:00')).toBe('closed');
    expect(state(s, '2024-06-04T23:00:00+08:00')).toBe('closed'); // no 22:00 start on the closed day
    expect(state(s, '2024-06-05T08:00:00+08:00')).toBe('closed');
    expect(state(s, '2024-06-05T09:00:00+08:00')).toBe('open'); // normal again
    expect(dayIntervals(s, '2024-06-04')).toEqual({ windows: [], peaks: [] });
  });

  it('replaces the hours, and peaks default to none', () => {
    const s = schedule(SH, [...weekly], peaks, [exception('2024-06-04', '2024-06-04', [{ from: '10:00', to: '16:00', state: 'open' }])]);
    expect(state(s, '2024-06-04T09:30:00+08:00')).toBe('closed');
    expect(state(s, '2024-06-04T10:00:00+08:00')).toBe('open');
    expect(state(s, '2024-06-04T16:00:00+08:00')).toBe('closed');
    expect(scheduleStatus(s, t('2024-06-05T19:30:00+08:00')).peak).toBe(true); // the next normal day keeps its peak
    const s2 = schedule(SH, [...weekly], peaks, [exception('2024-06-04', '2024-06-04', [{ from: '09:00', to: '22:00', state: 'open' }])]);
    expect(scheduleStatus(s2, t('2024-06-04T19:30:00+08:00'))).toMatchObject({ state: 'open', peak: false });
  });

  it('exception peaks apply when given', () => {
    const s = schedule(SH, [...weekly], peaks, [
      exception(
        '2024-06-04',
        '2024-06-04',
        [{ from: '09:00', to: '22:00', state: 'open' }],
        [{ from: '10:00', to: '11:00', waitMinutes: 30 }],
      ),
    ]);
    expect(scheduleStatus(s, t('2024-06-04T10:30:00+08:00'))).toMatchObject({ peak: true, peakWaitMinutes: 30 });
    expect(scheduleStatus(s, t('2024-06-04T19:30:00+08:00'))).toMatchObject({ peak: false, peakWaitMinutes: null });
  });

  it('covers its end date inclusively, and no more', () => {
    // A national-holiday style range: 1–7 Oct closed.
    const s = schedule(SH, [{ from: '09:00', to: '18:00', state: 'open' }], [], [exception('2024-10-01', '2024-10-07', [])]);
    expect(state(s, '2024-09-30T10:00:00+08:00')).toBe('open');
    expect(state(s, '2024-10-01T10:00:00+08:00')).toBe('closed');
    expect(state(s, '2024-10-07T10:00:00+08:00')).toBe('closed');
    expect(state(s, '2024-10-08T10:00:00+08:00')).toBe('open');
    const st = scheduleStatus(s, t('2024-10-01T00:00:00+08:00'));
    expect(iso(st.nextOpen)).toBe('2024-10-08T01:00:00.000Z');
    expect(st.nextChange).toBe(st.nextOpen);
  });

  it('an exception window can cross midnight out of the range', () => {
    const s = schedule(
      SH,
      [{ from: '09:00', to: '18:00', state: 'open' }],
      [],
      [exception('2024-06-04', '2024-06-04', [{ from: '20:00', to: '02:00', state: 'open' }])],
    );
    expect(state(s, '2024-06-05T01:59:59.999+08:00')).toBe('open');
    expect(state(s, '2024-06-05T02:00:00+08:00')).toBe('closed');
  });

  it('where exceptions overlap, the last one listed wins', () => {
    const s = schedule(
      SH,
      [{ from: '09:00', to: '18:00', state: 'open' }],
      [],
      [
        exception('2024-06-01', '2024-06-30', []),
        exception('2024-06-04', '2024-06-04', [{ from: '10:00', to: '11:00', state: 'automated' }]),
      ],
    );
    expect(state(s, '2024-06-03T10:30:00+08:00')).toBe('closed');
    expect(state(s, '2024-06-04T10:30:00+08:00')).toBe('automated');
  });
});

describe('nextChange, nextState, nextOpen', () => {
  it.each<[string, State, string | null, State | null, string | null]>([
    // at (+08:00)               state        nextChange (UTC)             nextState    nextOpen (UTC)
    ['2024-06-03T08:00:00+08:00', 'automated', '2024-06-03T01:00:00.000Z', 'open', '2024-06-03T01:00:00.000Z'],
    ['2024-06-03T09:00:00+08:00', 'open', '2024-06-03T14:00:00.000Z', 'automated', null],
    ['2024-06-03T21:59:59.999+08:00', 'open', '2024-06-03T14:00:00.000Z', 'automated', null],
    ['2024-06-03T22:00:00+08:00', 'automated', '2024-06-04T01:00:00.000Z', 'open', '2024-06-04T01:00:00.000Z'],
  ])('seed at %s: %s, then %s → %s, next open %s', (at, st, nextChange, nextState, nextOpen) => {
    const s = scheduleStatus(SEED, t(at));
    expect([s.state, iso(s.nextChange), s.nextState, iso(s.nextOpen)]).toEqual([st, nextChange, nextState, nextOpen]);
  });

  it('looks past automated periods for the next open', () => {
    const s = schedule(SH, [
      { from: '09:00', to: '18:00', state: 'open', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      { from: '18:00', to: '20:00', state: 'automated' },
    ]);
    const st = scheduleStatus(s, t('2024-06-07T19:00:00+08:00')); // Friday evening
    expect(st.state).toBe('automated');
    expect(iso(st.nextChange)).toBe('2024-06-07T12:00:00.000Z'); // 20:00 Friday
    expect(st.nextState).toBe('closed');
    expect(iso(st.nextOpen)).toBe('2024-06-10T01:00:00.000Z'); // Monday 09:00
  });

  it('no published hours (windows: []): unknown, nothing changes, no nextOpen — never closed', () => {
    expect(scheduleStatus(schedule(SH, []), t('2024-06-03T12:00:00Z'))).toEqual({
      state: 'unknown',
      peak: false,
      peakWaitMinutes: null,
      nextChange: null,
      nextState: null,
      nextOpen: null,
    });
  });

  it('unknown weekly hours: a dated exception is known, and its windows: [] means closed', () => {
    const s = schedule(
      SH,
      [],
      [],
      [exception('2024-06-10', '2024-06-10', [{ from: '10:00', to: '12:00', state: 'open' }]), exception('2024-06-11', '2024-06-11', [])],
    );
    // 9 June: no rules → unknown; at midnight Beijing the exception's date begins (closed until 10:00).
    const before = scheduleStatus(s, t('2024-06-09T12:00:00+08:00'));
    expect([before.state, iso(before.nextChange), before.nextState, iso(before.nextOpen)]).toEqual([
      'unknown',
      '2024-06-09T16:00:00.000Z',
      'closed',
      '2024-06-10T02:00:00.000Z',
    ]);
    expect(scheduleStatus(s, t('2024-06-10T12:30:00+08:00')).state).toBe('closed');
    expect(scheduleStatus(s, t('2024-06-11T12:00:00+08:00')).state).toBe('closed');
    // 12 June: back to the weekly list, which is empty.
    expect(scheduleStatus(s, t('2024-06-12T00:00:00+08:00')).state).toBe('unknown');
  });

  it('an overnight window spills into a date without rules and wins there', () => {
    const s = schedule(SH, [], [], [exception('2024-06-10', '2024-06-10', [{ from: '22:00', to: '02:00', state: 'open' }])]);
    expect(scheduleStatus(s, t('2024-06-11T01:00:00+08:00')).state).toBe('open');
    const st = scheduleStatus(s, t('2024-06-11T01:59:00+08:00'));
    expect([iso(st.nextChange), st.nextState]).toEqual(['2024-06-10T18:00:00.000Z', 'unknown']);
  });

  it('reports nothing beyond the 8-day horizon', () => {
    // Automated all day 1–12 July, open 09:00–17:00 otherwise.
    const s = schedule(
      SH,
      [{ from: '09:00', to: '17:00', state: 'open' }],
      [],
      [exception('2024-07-01', '2024-07-12', [{ from: '00:00', to: '24:00', state: 'automated' }])],
    );
    // From 2 July noon, the change (13 July 00:00) is 10.5 days away.
    expect(scheduleStatus(s, t('2024-07-02T12:00:00+08:00'))).toMatchObject({
      state: 'automated',
      nextChange: null,
      nextState: null,
      nextOpen: null,
    });
    // From 6 July noon it is 6.5 days away; open follows 9 h later.
    const st = scheduleStatus(s, t('2024-07-06T12:00:00+08:00'));
    expect([iso(st.nextChange), st.nextState, iso(st.nextOpen)]).toEqual([
      '2024-07-12T16:00:00.000Z',
      'closed',
      '2024-07-13T01:00:00.000Z',
    ]);
    // Exactly at the horizon it still counts; a millisecond later it does not.
    const change = t('2024-07-13T00:00:00+08:00');
    expect(scheduleStatus(s, change - HORIZON_MS).nextChange).toBe(change);
    expect(scheduleStatus(s, change - HORIZON_MS - 1).nextChange).toBeNull();
    const open = t('2024-07-13T09:00:00+08:00');
    expect(scheduleStatus(s, open - HORIZON_MS).nextOpen).toBe(open);
    expect(scheduleStatus(s, open - HORIZON_MS - 1).nextOpen).toBeNull();
  });

  it('returns a fresh object each time (callers may mutate it)', () => {
    const a = scheduleStatus(SEED, t('2024-06-03T12:00:00+08:00'));
    a.state = 'closed';
    a.nextChange = 0;
    expect(scheduleStatus(SEED, t('2024-06-03T12:00:00+08:00'))).toMatchObject({
      state: 'open',
      nextChange: t('2024-06-03T22:00:00+08:00'),
    });
  });
});

describe('channelStatus', () => {
  const channel: Pick<Channel, 'hours' | 'waitMinutes'> = {
    hours: { ...SEED, text: { zh: '9:00–22:00', en: '9:00–22:00' } },
    waitMinutes: { open: 3 },
  };
  it.each<[string, State, boolean, number | null]>([
    ['2024-06-03T10:00:00+08:00', 'open', false, 3], // waitMinutes.open
    ['2024-06-03T19:30:00+08:00', 'open', true, 12], // the peak's wait wins
    ['2024-06-03T23:00:00+08:00', 'automated', false, null], // no automated wait given
  ])('at %s: %s, peak %s, wait %s', (at, st, peak, wait) => {
    const s = channelStatus(channel, t(at));
    expect([s.state, s.peak, s.expectedWaitMinutes]).toEqual([st, peak, wait]);
  });

  it('uses the wait of the state and passes the next-change fields through', () => {
    const s = channelStatus({ hours: channel.hours, waitMinutes: { open: 3, automated: 0 } }, t('2024-06-03T23:00:00+08:00'));
    expect(s).toEqual({
      state: 'automated',
      peak: false,
      expectedWaitMinutes: 0,
      nextChange: t('2024-06-04T09:00:00+08:00'),
      nextState: 'open',
      nextOpen: t('2024-06-04T09:00:00+08:00'),
    });
  });
});

describe('segments', () => {
  it('is empty for an empty or reversed range', () => {
    expect(segments(SEED, 1000, 1000)).toEqual([]);
    expect(segments(SEED, 2000, 1000)).toEqual([]);
  });

  it('clips to the range and splits only where something changes', () => {
    const from = t('2024-06-03T12:00:00+08:00');
    const segs = segments(SEED, from, from + 3 * DAY);
    expect(segs[0]!.start).toBe(from);
    expect(segs.at(-1)!.end).toBe(from + 3 * DAY);
    // 3 days: open → peak → open → automated, ×3, and finishing in an open stretch.
    expect(segs.map((s) => (s.peak ? 'peak' : s.state[0])).join(' ')).toBe('o peak o a o peak o a o peak o a o');
  });

  it('works on ranges of a single millisecond', () => {
    expect(segments(SEED, t('2024-06-03T21:59:59.999+08:00'), t('2024-06-03T22:00:00+08:00'))).toEqual([
      { start: t('2024-06-03T21:59:59.999+08:00'), end: t('2024-06-03T22:00:00+08:00'), state: 'open', peak: false, peakWaitMinutes: null },
    ]);
  });
});

describe('bad input fails loudly, not silently', () => {
  it.each([
    ['an unknown zone', schedule('Mars/Olympus', [])],
    ['an empty zone', schedule('', [])],
    ['a bad time', schedule(SH, [{ from: '9:00', to: '22:00', state: 'open' }])],
    ['a bad to', schedule(SH, [{ from: '09:00', to: '24:30', state: 'open' }])],
    ['a bad date', schedule(SH, [], [], [exception('2024-02-30', '2024-03-01', [])])],
    ['a bad state', schedule(SH, [{ from: '09:00', to: '22:00', state: 'busy' as 'open' }])],
    ['a bad weekday', schedule(SH, [{ from: '09:00', to: '22:00', state: 'open', days: ['monday' as 'mon'] }])],
    ['a negative peak wait', schedule(SH, [], [{ from: '19:00', to: '21:00', waitMinutes: -1 }])],
  ])('%s throws a RangeError', (_name, s) => {
    expect(() => scheduleStatus(s, 0)).toThrow(RangeError);
  });

  it.each([NaN, Infinity])('a non-finite instant (%s) throws a RangeError', (at) => {
    expect(() => scheduleStatus(SEED, at)).toThrow(RangeError);
    expect(() => segments(SEED, 0, at)).toThrow(RangeError);
  });

  it('dayIntervals rejects a malformed date', () => {
    expect(() => dayIntervals(SEED, '2024-6-3')).toThrow(RangeError);
  });
});
