// How an instant reads on a zone's wall clock (src/zone/zone-clock.ts wallTimeAt, behind every
// time the output shows) and the ISO text of the JSON (src/render/time-format.ts isoInZone),
// against two other implementations: luxon's DateTime, whose toISO the JSON used to be written
// with, and Temporal. Instants: a seeded spread over 1970–2060 and each daylight-saving change
// (and 1 ms, 1 min either side) of zones with 30- and 45-minute offsets, changes at midnight and
// skipped days; names luxon reads as fixed zones ("UTC", "GMT", "UTC+8") as well as IANA ones.
import { Temporal } from '@js-temporal/polyfill';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { wallTimeAt, zoneClock } from '../../src/zone/zone-clock.js';
import { isoInZone, wallClock } from '../../src/render/time-format.js';
import { transitions } from '../hours/reference/temporal-hours.js';
import { mulberry32, ODD_ZONES } from '../support/seeded.js';

const IANA = [...ODD_ZONES, 'Etc/UTC'] as const;
const FIXED = ['UTC', 'utc', 'GMT', 'UTC+8', 'UTC-5:30'] as const;

const FROM = Date.UTC(1970, 0, 1);
const TO = Date.UTC(2060, 0, 1);

function spread(seed: number, n: number): number[] {
  const next = mulberry32(seed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const ms = FROM + Math.floor(next() * (TO - FROM));
    // Half of them on a whole second, as --at gives; the others keep their milliseconds.
    out.push(i % 2 === 0 ? ms - (ms % 1000) : ms);
  }
  return out;
}

function instantsFor(zone: string, seed: number): number[] {
  const around = transitions(zone, Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1)).flatMap((t) => [t - 60_000, t - 1, t, t + 1, t + 60_000]);
  return [...spread(seed, 300), ...around];
}

describe('the wall clock at an instant', () => {
  for (const [z, zone] of IANA.entries()) {
    it(`${zone}: the same fields as luxon and Temporal, and luxon's ISO text`, () => {
      const zc = zoneClock(zone);
      let compared = 0;
      for (const ms of instantsFor(zone, 100 + z)) {
        const t = wallTimeAt(zc, ms);
        const l = DateTime.fromMillis(ms, { zone });
        const r = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
        const fields = [t.year, t.month, t.day, t.hour, t.minute, t.second, t.millisecond, t.weekday, t.offset];
        const where = `${zone} at ${new Date(ms).toISOString()}`;
        expect(fields, where).toEqual([l.year, l.month, l.day, l.hour, l.minute, l.second, l.millisecond, l.weekday, l.offset]);
        expect(fields, where).toEqual([
          r.year,
          r.month,
          r.day,
          r.hour,
          r.minute,
          r.second,
          r.millisecond,
          r.dayOfWeek,
          r.offsetNanoseconds / 60e9,
        ]);
        expect(isoInZone(ms, zone), where).toBe(l.toISO({ suppressMilliseconds: true }));
        compared++;
      }
      expect(compared).toBeGreaterThanOrEqual(300);
    });
  }

  for (const zone of FIXED) {
    it(`${zone} (a fixed zone to luxon): the same fields and ISO text as luxon`, () => {
      for (const ms of spread(7, 200)) {
        const t = wallClock(ms, zone);
        const l = DateTime.fromMillis(ms, { zone });
        expect([t.year, t.month, t.day, t.hour, t.minute, t.weekday, t.offset]).toEqual([
          l.year,
          l.month,
          l.day,
          l.hour,
          l.minute,
          l.weekday,
          l.offset,
        ]);
        expect(isoInZone(ms, zone)).toBe(l.toISO({ suppressMilliseconds: true }));
      }
    });
  }

  it('writes a UTC offset of zero as Z only for a fixed zone, as luxon does', () => {
    const at = Date.UTC(2026, 11, 1, 3);
    expect(isoInZone(at, 'UTC')).toBe('2026-12-01T03:00:00Z');
    expect(isoInZone(at, 'Etc/UTC')).toBe('2026-12-01T03:00:00+00:00');
    expect(isoInZone(at, 'Europe/London')).toBe('2026-12-01T03:00:00+00:00');
    expect(isoInZone(at + 5, 'Asia/Shanghai')).toBe('2026-12-01T11:00:00.005+08:00');
  });

  it('years outside 0000–9999 are written with a sign and six digits, as luxon writes them', () => {
    for (const ms of [Date.UTC(12000, 0, 1), Date.UTC(-50, 5, 1, 12)]) {
      expect(isoInZone(ms, 'UTC')).toBe(DateTime.fromMillis(ms, { zone: 'UTC' }).toISO({ suppressMilliseconds: true }));
    }
  });
});
