// How instants look to a person: the service clock (Beijing) and the user's own zone side by side,
// with a relative hint. Pure: `now` is the evaluated instant, never the real clock.
import type { Lang } from '../catalog/types.js';
import { wallTimeAt, zoneClock, type WallTime } from '../zone/zone-clock.js';
import { messages } from '../i18n/messages.js';
import { isChinese } from '../i18n/lang.js';

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
  /** Accessible mode: every mark in words, no glyph or colour carrying meaning alone. */
  accessible?: boolean;
}

/**
 * The wall clock at `ms` in `zone` (the engine's zone clock: luxon's offsets). The names of days and
 * months come from the message table, so no ICU locale data is loaded to show a time.
 */
export function wallClock(ms: number, zone: string): WallTime {
  return wallTimeAt(zoneClock(zone), ms);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "09:05" */
export function hhmm(t: WallTime): string {
  return `${pad2(t.hour)}:${pad2(t.minute)}`;
}

/**
 * Whether two wall clocks (in the same zone) fall in the same calendar year, month or day.
 * (luxon's hasSame does date arithmetic that makes it look up the system locale.)
 */
export function sameCalendar(a: WallTime, b: WallTime, unit: 'year' | 'month' | 'day'): boolean {
  return a.year === b.year && (unit === 'year' || (a.month === b.month && (unit === 'month' || a.day === b.day)));
}

/** "Sat" / "周六", or "Saturday" / "星期六". */
export function weekdayName(t: WallTime, lang: Lang, long = false): string {
  const c = messages(lang).calendar;
  return (long ? c.weekdaysLong : c.weekdays)[t.weekday - 1]!;
}

/** "Nov", or "November" (English; Chinese dates are written with numbers). */
export function monthName(t: WallTime, lang: Lang, long = false): string {
  const c = messages(lang).calendar;
  return (long ? c.monthsLong : c.months)[t.month - 1]!;
}

/** "09:00", or with weekday and date when `dated` or not on the same calendar day as `now` in that zone. */
export function formatClock(ms: number, zone: string, lang: Lang, now: number, dated = false): string {
  const t = wallClock(ms, zone);
  if (!dated && sameCalendar(t, wallClock(now, zone), 'day')) return hhmm(t);
  return isChinese(lang)
    ? `${t.month}月${t.day}日 ${weekdayName(t, lang)} ${hhmm(t)}`
    : `${weekdayName(t, lang)} ${t.day} ${monthName(t, lang)} ${hhmm(t)}`;
}

/** Whether the calendar date at `ms` differs between two zones. */
function datesDiffer(ms: number, a: string, b: string): boolean {
  return !sameCalendar(wallClock(ms, a), wallClock(ms, b), 'day');
}

export function sameOffset(ms: number, a: string, b: string): boolean {
  return wallClock(ms, a).offset === wallClock(ms, b).offset;
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
  if (header) return m.atBothNamed(service, label, local, view.userZone);
  // A local time the clocks show twice (they go back): which of the two it is.
  const repeated = clocksGoBack(ms, view.userZone);
  return repeated === null
    ? m.atBoth(service, label, local)
    : m.atBothRepeated(service, label, local, zoneAbbreviation(ms, view.userZone), repeated === 'after');
}

const HOUR = 3_600_000;

/**
 * Whether the wall time at `ms` in `zone` also occurs at another instant because the clocks go
 * back near it: 'after' (this is the second time the clocks show it), 'before' (the first), null.
 */
export function clocksGoBack(ms: number, zone: string): 'before' | 'after' | null {
  const zc = zoneClock(zone);
  if (zc.fixed) return null;
  const offset = (t: number) => wallTimeAt(zc, t).offset;
  const now = offset(ms);
  const earlier = offset(ms - 3 * HOUR);
  if (earlier > now && offset(ms - (earlier - now) * 60_000) === earlier) return 'after';
  const later = offset(ms + 3 * HOUR);
  if (later < now && offset(ms + (now - later) * 60_000) === later) return 'before';
  return null;
}

/** "GMT", "BST", "EST": the zone's short name at that instant (ICU's, read only for a repeated hour). */
function zoneAbbreviation(ms: number, zone: string): string {
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')
      ?.value ?? '';
  const british = name('en-GB');
  return /^[A-Z]{2,5}$/.test(british) ? british : name('en-US');
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

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * ISO 8601 carrying the zone's offset, with milliseconds only when there are some: what luxon's
 * toISO({ suppressMilliseconds: true }) writes (test/render/iso-in-zone.test.ts holds them equal).
 */
export function isoInZone(ms: number, zone: string): string {
  const zc = zoneClock(zone);
  const t = wallTimeAt(zc, ms);
  const year = t.year >= 0 && t.year <= 9999 ? pad(t.year, 4) : `${t.year < 0 ? '-' : '+'}${pad(Math.abs(t.year), 6)}`;
  const fraction = t.millisecond === 0 ? '' : `.${pad(t.millisecond, 3)}`;
  const abs = Math.abs(t.offset);
  const offset = t.offset === 0 && zc.fixed ? 'Z' : `${t.offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  return `${year}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}:${pad2(t.second)}${fraction}${offset}`;
}
