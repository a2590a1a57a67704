// How instants look to a person: the service clock (Beijing) and the user's own zone side by side,
// with a relative hint. Pure: `now` is the evaluated instant, never the real clock.
import { DateTime } from 'luxon';
import type { Lang } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';

export interface TimeView {
  lang: Lang;
  /** The user's IANA zone. */
  userZone: string;
  /** The catalog's service zone (Beijing for the built-in one). */
  serviceZone: string;
  /** The instant being evaluated (`--at`). */
  now: number;
  /** `--at` was given: the evaluated day need not be today, so the header shows its date. */
  atGiven?: boolean;
}

function dt(ms: number, zone: string, lang: Lang): DateTime {
  return DateTime.fromMillis(ms, { zone }).setLocale(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

/** "09:00", or with weekday and date when `dated` or not on the same calendar day as `now` in that zone. */
export function formatClock(ms: number, zone: string, lang: Lang, now: number, dated = false): string {
  const t = dt(ms, zone, lang);
  const today = dt(now, zone, lang);
  if (!dated && t.hasSame(today, 'day')) return t.toFormat('HH:mm');
  return lang === 'zh' ? t.toFormat('M月d日 ccc HH:mm') : t.toFormat('ccc d LLL HH:mm');
}

/** Whether the calendar date at `ms` differs between two zones. */
function datesDiffer(ms: number, a: string, b: string): boolean {
  return DateTime.fromMillis(ms, { zone: a }).toISODate() !== DateTime.fromMillis(ms, { zone: b }).toISODate();
}

export function sameOffset(ms: number, a: string, b: string): boolean {
  return DateTime.fromMillis(ms, { zone: a }).offset === DateTime.fromMillis(ms, { zone: b }).offset;
}

/**
 * "09:00 Beijing (02:00 your time)"; one clock when both zones agree. Dates appear when the two
 * zones are on different dates at that moment or it is not the evaluated day; `header` also names
 * the user's zone and dates the evaluated moment itself when --at chose it.
 */
export function formatWhen(ms: number, view: TimeView, header = false): string {
  const m = messages(view.lang);
  const dated = datesDiffer(ms, view.serviceZone, view.userZone) || (header && view.atGiven === true);
  const service = formatClock(ms, view.serviceZone, view.lang, view.now, dated);
  const label = m.serviceZoneLabel(view.serviceZone);
  if (sameOffset(ms, view.serviceZone, view.userZone)) return m.atService(service, label);
  const local = formatClock(ms, view.userZone, view.lang, view.now, dated);
  return header ? m.atBothNamed(service, label, local, view.userZone) : m.atBoth(service, label, local);
}

export function formatDuration(ms: number, lang: Lang): string {
  const totalMinutes = Math.max(1, Math.round(ms / 60_000));
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  return messages(lang).duration(days, hours, minutes);
}

/** "in 9 h 30 min" */
export function formatRelative(ms: number, view: TimeView): string {
  return messages(view.lang).inDuration(formatDuration(ms - view.now, view.lang));
}

/** ISO 8601 carrying the zone's offset, seconds precision. */
export function isoInZone(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}
