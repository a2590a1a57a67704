// "HH:MM" wall-clock times of the catalog's daily windows.

export interface ClockTime {
  hour: number;
  minute: number;
}

const CLOCK_RE = /^(\d{2}):(\d{2})$/;

/** Parses "HH:MM" from 00:00 to 24:00 (two digits each); null when invalid. */
export function parseClockTime(s: string): ClockTime | null {
  if (typeof s !== 'string') return null;
  const m = CLOCK_RE.exec(s);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  return { hour, minute };
}

/** Minutes after midnight (0..1440) of an "HH:MM" time; null when invalid. */
export function clockMinutes(s: string): number | null {
  const t = parseClockTime(s);
  return t === null ? null : t.hour * 60 + t.minute;
}
