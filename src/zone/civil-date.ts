// Calendar dates as day numbers: days since 1970-01-01 in a proleptic Gregorian calendar,
// independent of any zone. A zone's wall time on day `d` at minute `m` is written in "local
// epoch" terms as d * DAY_MS + m * MINUTE_MS.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date "YYYY-MM-DD"; null when malformed or not a real date. */
export function parseIsoDate(s: string): number | null {
  if (typeof s !== 'string') return null;
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.floor(d.getTime() / DAY_MS);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}
