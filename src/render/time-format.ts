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
}

function dt(ms: number, zone: string, lang: Lang): DateTime {
  return DateTime.fromMillis(ms, { zone }).setLocale(lang === 'zh' ? 'zh-CN' : 'en-GB');
}

/** "09:00" on the same calendar day as `now` in that zone, else with weekday and date. */
export function formatClock(ms: number, zone: string, lang: Lang, now: number): string {
  const t = dt(ms, zone, lang);
  const today = dt(now, zone, lang);
  if (t.hasSame(today, 'day')) return t.toFormat('HH:mm');
  return lang === 'zh' ? t.toFormat('M月d日 ccc HH:mm') : t.toFormat('ccc d LLL HH:mm');
}

export function sameOffset(ms: number, a: string, b: string): boolean {
  return DateTime.fromMillis(ms, { zone: a }).offset === DateTime.fromMillis(ms, { zone: b }).offset;
}

/** "09:00 Beijing (02:00 your time, Europe/London)"; one clock when both zones agree. */
export function formatWhen(ms: number, view: TimeView): string {
  const m = messages(view.lang);
  const service = formatClock(ms, view.serviceZone, view.lang, view.now);
  const label = m.serviceZoneLabel(view.serviceZone);
  if (sameOffset(ms, view.serviceZone, view.userZone)) return m.atService(service, label);
  const local = formatClock(ms, view.userZone, view.lang, view.now);
  return m.atBoth(service, label, local, view.userZone);
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
