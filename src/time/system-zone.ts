// The user's zone when --tz is absent: what the system says, read as generously as it can be
// read, and never a crash. ICU understands most TZ values; for the rest (a POSIX "CST-8", a
// zoneinfo path, a stray space) the value itself is read here. What cannot be read at all falls
// back to the offset the system reports (else UTC), and the caller says so on stderr.
import { FixedOffsetZone } from 'luxon';
import { validZone } from '../zone/zone.js';

export interface SystemZoneInput {
  /** The TZ environment variable, as set (undefined when unset). */
  tzEnv: string | undefined;
  /** Reads the zone ICU resolved (Intl's resolvedOptions().timeZone; undefined when it could not): asked only when TZ does not settle it. */
  icuZone: () => string | undefined;
  /** Reads the system's UTC offset now, in minutes east of UTC, when known: asked only for a fallback. */
  offsetMinutes?: () => number | undefined;
  /** The zone the zoneinfo file at a path stands for (a TZ path: its link followed), undefined when not known: asked only for a path. */
  zoneOfFile?: (path: string) => string | undefined;
}

export interface SystemZone {
  zone: string;
  /** Set when the zone is a fallback: what could not be understood (the TZ value, or null when TZ is unset). */
  fallback?: { tzEnv: string | null };
}

/** A POSIX TZ without daylight-saving rules: "CST-8", "UTC+8", "<+0530>-5:30" (the sign is west of UTC). */
const POSIX_FIXED = /^(?:[A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>)([+-]?)(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?$/;

/** The luxon name of a fixed offset ("UTC+8", "UTC+5:30"; "UTC" for zero). */
export function fixedOffsetZone(minutesEast: number): string {
  return minutesEast === 0 ? 'UTC' : FixedOffsetZone.instance(minutesEast).name;
}

/** A POSIX "STDoffset" as minutes east of UTC, or null when it is not one (or has DST rules). */
function posixFixedOffset(value: string): number | null {
  const m = POSIX_FIXED.exec(value);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 24 || minutes > 59 || Number(m[4] ?? 0) > 59) return null;
  const west = hours * 60 + minutes;
  return m[1] === '-' ? west : -west;
}

/** "/usr/share/zoneinfo/Asia/Shanghai" (or ".../zoneinfo/posix/…") → "Asia/Shanghai". */
function zoneOfPath(value: string): string | null {
  const at = value.lastIndexOf('zoneinfo/');
  if (at < 0) return null;
  const name = value.slice(at + 'zoneinfo/'.length).replace(/^(?:posix|right)\//, '');
  return name === '' ? null : validZone(name);
}

/** A TZ value that is a file's path (":/etc/localtime", "/usr/share/zoneinfo/Asia/Shanghai"): no zone's name begins with "/". */
const pathOf = (tzEnv: string): string | null => {
  const value = tzEnv.trim().replace(/^:/, '').trim();
  return value.startsWith('/') ? value : null;
};

/** What a TZ value names, when it can be read without ICU's help; null when it cannot. */
export function zoneOfTzValue(tzEnv: string, zoneOfFile?: (path: string) => string | undefined): string | null {
  const value = tzEnv.trim().replace(/^:/, '').trim();
  if (value === '') return null;
  const path = pathOf(value);
  if (path !== null) {
    // Named in the path itself, else by the file (a link followed: ":/etc/localtime").
    const named = zoneOfPath(path);
    if (named !== null) return named;
    const fromFile = zoneOfFile?.(path);
    return fromFile === undefined ? null : validZone(fromFile);
  }
  const named = validZone(value);
  if (named) return named;
  const fromPath = zoneOfPath(value);
  if (fromPath) return fromPath;
  const offset = posixFixedOffset(value);
  return offset === null ? null : fixedOffsetZone(offset);
}

export function resolveSystemZone(input: SystemZoneInput): SystemZone {
  const icu = () => {
    const zone = input.icuZone();
    return typeof zone === 'string' ? validZone(zone) : null;
  };
  // An empty TZ means UTC to the C library.
  if (input.tzEnv === '') return { zone: icu() ?? 'UTC' };
  const tzEnv = input.tzEnv ?? null;
  if (tzEnv === null) {
    const zone = icu();
    if (zone) return { zone };
  } else {
    // TZ is read first: ICU answers "UTC" for many values it does not understand ("IST-5:30").
    const zone = zoneOfTzValue(tzEnv, input.zoneOfFile);
    if (zone) return { zone };
    // ICU takes a path as a zone's name, which it never is (it answers UTC or nothing): not asked.
    const fromIcu = pathOf(tzEnv) === null ? icu() : null;
    if (fromIcu && fromIcu !== 'UTC') return { zone: fromIcu };
  }
  const offset = input.offsetMinutes?.();
  const zone = typeof offset === 'number' && Number.isInteger(offset) && Math.abs(offset) <= 24 * 60 ? fixedOffsetZone(offset) : 'UTC';
  return { zone, fallback: { tzEnv } };
}
