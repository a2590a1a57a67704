// "HH:MM" wall-clock times of the catalog's daily windows.

export interface ClockTime {
  hour: number;
  minute: number;
}

/** A digit's value, or -1 (character codes, not a pattern: a run compiles each pattern it uses). */
const digit = (s: string, at: number): number => {
  const c = s.charCodeAt(at);
  return c >= 48 && c <= 57 ? c - 48 : -1;
};

/** Parses "HH:MM" from 00:00 to 24:00 (two digits each); null when invalid. */
export function parseClockTime(s: string): ClockTime | null {
  if (typeof s !== 'string' || s.length !== 5 || s.charCodeAt(2) !== 58) return null;
  const h1 = digit(s, 0);
  const h2 = digit(s, 1);
  const m1 = digit(s, 3);
  const m2 = digit(s, 4);
  if (h1 < 0 || h2 < 0 || m1 < 0 || m2 < 0) return null;
  const hour = h1 * 10 + h2;
  const minute = m1 * 10 + m2;
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  return { hour, minute };
}

/** Minutes after midnight (0..1440) of an "HH:MM" time; null when invalid. */
export function clockMinutes(s: string): number | null {
  const t = parseClockTime(s);
  return t === null ? null : t.hour * 60 + t.minute;
}
