// Reading --at. An ISO 8601 date-time with an offset or Z is that instant; without one it is a
// wall-clock time in the given zone, read by the hours engine's own rule (a time in a
// spring-forward gap moves later by the gap, a repeated time is its first occurrence) — the
// same way whatever today's date is, unlike luxon's fromISO with a zone, which resolves a
// repeated hour with the offset in force on the machine's current date.
//
// An RFC 9557 time-zone annotation is honoured: `2026-11-28T21:30[Asia/Shanghai]` is a wall
// clock time in that zone; with `Z` or an offset the instant is as written, and an offset must be
// the zone's own at that instant (`+01:00[Asia/Shanghai]` is refused, never half-read). The
// annotation says how to read the time; the zone times are shown in is still --tz.
import { localToEpoch, offsetAt, zoneClock } from '../zone/zone-clock.js';
import { validZone } from '../zone/zone.js';

export type InstantReading = { ok: true; at: number } | { ok: false; problem: string };

const NOT_ISO = 'is not an ISO 8601 date-time';

// date, time (seconds and a fraction optional), offset, one bracketed annotation.
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?(?:\[(!?)([^\]]*)\])?$/;
const NUMERIC_ZONE = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC of a numeric offset, or null when it is not a real one (hours 00–23, minutes 00–59). */
function offsetMinutes(sign: string, hh: string, mm: string | undefined): number | null {
  const h = Number(hh);
  const m = mm === undefined ? 0 : Number(mm);
  if (h > 23 || m > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + m);
}

const formatOffset = (minutes: number): string => {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
};

/** The instant `text` names, with `zone` the --tz for a wall-clock time; or why it names none. */
export function readInstant(text: string, zone: string): InstantReading {
  const m = ISO_RE.exec(text.trim());
  if (!m) return { ok: false, problem: NOT_ISO };
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om, , annotation] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const ms = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: NOT_ISO };
  // Date.UTC rolls 30 February over to March: a date that does not round-trip is not real.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  probe.setUTCHours(hour, minute, second, ms);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, problem: NOT_ISO };
  }
  const local = probe.getTime(); // the wall-clock fields, read as if they were UTC

  let offset: number | null = null; // minutes east of UTC, as written
  if (z !== undefined) offset = 0;
  else if (sign !== undefined) {
    offset = offsetMinutes(sign, oh!, om);
    if (offset === null) return { ok: false, problem: 'has an impossible UTC offset (hours 00–23, minutes 00–59)' };
  }

  // The annotation's zone: an IANA name or a numeric offset.
  let annotated: { offsetAt(t: number): number; read(local: number): number } | null = null;
  if (annotation !== undefined) {
    const numeric = NUMERIC_ZONE.exec(annotation);
    if (numeric) {
      const fixed = offsetMinutes(numeric[1]!, numeric[2]!, numeric[3]);
      if (fixed === null) return { ok: false, problem: 'has an impossible UTC offset in its [time zone] (hours 00–23, minutes 00–59)' };
      annotated = { offsetAt: () => fixed, read: (l) => l - fixed * 60_000 };
    } else if (annotation.includes('=')) {
      return { ok: false, problem: 'carries an annotation other than a [time zone], which wxhelp does not read' };
    } else {
      const name = validZone(annotation);
      if (name === null) return { ok: false, problem: 'names a [time zone] that is not an IANA time zone' };
      const zc = zoneClock(name);
      annotated = { offsetAt: (t) => offsetAt(zc, t), read: (l) => localToEpoch(zc, l) };
    }
  }

  if (offset !== null) {
    const at = local - offset * 60_000;
    // RFC 9557: `Z` says only that the instant is known; a numeric offset must be the zone's own.
    if (annotated !== null && z === undefined) {
      const actual = annotated.offsetAt(at);
      if (actual !== offset) {
        return { ok: false, problem: `has offset ${formatOffset(offset)}, but its [time zone] is at ${formatOffset(actual)} then` };
      }
    }
    return { ok: true, at };
  }
  if (annotated !== null) return { ok: true, at: annotated.read(local) };
  return { ok: true, at: localToEpoch(zoneClock(zone), local) };
}

/** The instant `text` names (epoch ms), or null when it names none. */
export function parseInstant(text: string, zone: string): number | null {
  const r = readInstant(text, zone);
  return r.ok ? r.at : null;
}
