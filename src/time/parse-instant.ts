import { DateTime } from 'luxon';

// An ISO 8601 date-time that carries an offset or Z is that instant; without one it is a
// wall-clock time in `zone`. Returns epoch ms, or null when luxon cannot read it.
const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/;

export function parseInstant(text: string, zone: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A bare date or time-of-day alone is ambiguous for "now"; require a date and a time.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed)) return null;
  const iso = trimmed.replace(' ', 'T');
  const dt = HAS_OFFSET.test(iso)
    ? DateTime.fromISO(iso, { setZone: true })
    : DateTime.fromISO(iso, { zone });
  return dt.isValid ? dt.toMillis() : null;
}
