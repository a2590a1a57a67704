// The README's daylight-saving examples, one test each (catalog section, "At the edges of
// daylight saving"), so the documentation stays true to the engine.
import { describe, expect, it } from 'vitest';
import type { WindowRule } from '../../src/catalog/types.js';
import { dayIntervals, scheduleStatus } from '../../src/hours/index.js';
import { iso, schedule, t } from './helpers.js';

const NY = 'America/New_York';
const on = (zone: string, w: WindowRule, date: string) =>
  dayIntervals(schedule(zone, [w]), date).windows.map((x) => [iso(x.start), iso(x.end)]);
const open = (from: string, to: string, days?: WindowRule['days']): WindowRule => ({ from, to, state: 'open', ...(days ? { days } : {}) });

describe('README: windows at daylight-saving edges', () => {
  it('a window starting inside a gap opens late: 02:30–04:00 runs 03:30–04:00 EDT', () => {
    expect(on(NY, open('02:30', '04:00'), '2026-03-08')).toEqual([[iso(t('2026-03-08T03:30-04:00')), iso(t('2026-03-08T04:00-04:00'))]]);
  });
  it('a window wholly inside a gap moves later by the gap: 02:10–02:50 runs 03:10–03:50 EDT', () => {
    expect(on(NY, open('02:10', '02:50'), '2026-03-08')).toEqual([[iso(t('2026-03-08T03:10-04:00')), iso(t('2026-03-08T03:50-04:00'))]]);
  });
  it('a window whose start moves past its end vanishes: 02:30–03:15', () => {
    expect(on(NY, open('02:30', '03:15'), '2026-03-08')).toEqual([]);
  });
  it('a window spanning the repeated hour runs through both: 00:00–03:00 is four hours', () => {
    expect(on(NY, open('00:00', '03:00'), '2026-11-01')).toEqual([[iso(t('2026-11-01T00:00-04:00')), iso(t('2026-11-01T03:00-05:00'))]]);
  });
  it('a window starting in the repeated hour starts at its first occurrence', () => {
    expect(on(NY, open('01:30', '09:00'), '2026-11-01')[0]?.[0]).toBe(iso(t('2026-11-01T01:30-04:00')));
  });
  it('Samoa’s skipped Friday: a days: [fri] window runs on Saturday 31 December 2011', () => {
    const s = schedule('Pacific/Apia', [open('09:00', '17:00', ['fri'])]);
    expect(on('Pacific/Apia', open('09:00', '17:00', ['fri']), '2011-12-30')).toEqual([
      [iso(t('2011-12-31T09:00+14:00')), iso(t('2011-12-31T17:00+14:00'))],
    ]);
    expect(scheduleStatus(s, t('2011-12-31T12:00+14:00')).state).toBe('open');
    expect(scheduleStatus(s, t('2012-01-01T12:00+14:00')).state).toBe('closed'); // a Sunday
  });
  it('unknown for dates without rules; an exception with windows: [] is closed; an overnight window beats unknown', () => {
    const s = {
      ...schedule('Asia/Shanghai', []),
      exceptions: [
        { from: '2026-11-28', to: '2026-11-28', windows: [open('22:00', '09:00')], source: ['test'] },
        { from: '2026-11-30', to: '2026-11-30', windows: [], source: ['test'] },
      ],
    };
    expect(scheduleStatus(s, t('2026-11-27T12:00+08:00')).state).toBe('unknown');
    expect(scheduleStatus(s, t('2026-11-28T12:00+08:00')).state).toBe('closed'); // the exception's date has rules
    expect(scheduleStatus(s, t('2026-11-29T08:00+08:00')).state).toBe('open'); // the overnight window over an unknown date
    expect(scheduleStatus(s, t('2026-11-29T10:00+08:00')).state).toBe('unknown');
    expect(scheduleStatus(s, t('2026-11-30T10:00+08:00')).state).toBe('closed');
  });
});
