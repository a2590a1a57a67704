// A channel's state in words and colour, and what changes next, in both zones.
import type { ChalkInstance } from 'chalk';
import type { Channel, Lang, State } from '../../catalog/types.js';
import type { ChannelAt, ContactAt } from '../../advise/channel-state.js';
import type { SidelinedNow } from '../../advise/sidelined.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { hyperlink, telTarget, urlTarget } from '../terminal/hyperlinks.js';
import { formatRelative, formatWhen, type TimeView } from '../time-format.js';

export function paintState(paint: ChalkInstance, state: State, text: string): string {
  if (state === 'open') return paint.green(text);
  if (state === 'automated') return paint.yellow(text);
  return paint.red(text);
}

/**
 * How to reach a channel: its number, its address, or where to tap. With `links` (decided by the
 * caller: the terminal supports them and colour is on) the number is a `tel:` hyperlink and the
 * address a clickable one; the visible text is the same either way.
 */
export function reachText(channel: Channel, lang: Lang, links = false): string {
  if (channel.number !== undefined) {
    const target = links ? telTarget(channel.number, channel.e164) : null;
    return target ? hyperlink(channel.number, target) : channel.number;
  }
  if (channel.url !== undefined) {
    const target = links ? urlTarget(channel.url) : null;
    return target ? hyperlink(channel.url, target) : channel.url;
  }
  if (channel.path !== undefined) return pick(channel.path, lang);
  return '';
}

/** The word for "open" on this kind of channel: a person answers a phone or a chat, a website is available. */
export function openWord(channel: Channel, lang: Lang): string {
  const m = messages(lang);
  return channel.kind === 'web' ? m.openWeb : channel.kind === 'phone' ? m.openPhone : m.state.open;
}

/** A channel carries the "unconfirmed" mark: public material says otherwise or nothing about it. */
export const unconfirmed = (entry: ChannelAt): boolean => entry.channel.standing === undefined && entry.channel.disputes.length > 0;

/**
 * Whether it can help now and until when, in a few words: what a person in a hurry reads. One word
 * per state (the messages' `state`, the verb by kind of channel). Marks an unconfirmed channel
 * (sources disagree about it) with the legend's mark — or, in accessible mode, in words — and a
 * mainland line offered abroad without knowing whether it takes calls from there.
 */
export function nowText(entry: ContactAt, view: TimeView): string {
  const m = messages(view.lang).now;
  const { channel, status } = entry;
  const until = status.nextChange === null ? null : formatWhen(status.nextChange, view);
  const rel = (t: number) => formatRelative(t, view);
  const word = openWord(channel, view.lang);
  let text: string;
  if (status.state === 'open') {
    text = status.nextChange === null ? m.open24(word) : m.openUntil(word, until!);
    if (status.peak && status.expectedWaitMinutes !== null) text += ` · ${m.peak(status.expectedWaitMinutes)}`;
  } else if (status.state === 'automated') {
    if (status.nextOpen !== null) text = m.automatedUntil(word, formatWhen(status.nextOpen, view), rel(status.nextOpen));
    else text = until === null ? m.selfService : m.selfServiceUntil(until);
  } else if (status.state === 'closed') {
    text = status.nextOpen === null ? m.closedLong : m.closed(formatWhen(status.nextOpen, view), rel(status.nextOpen));
  } else {
    text = m.unknown;
  }
  const lang = view.lang;
  // What public material says the line is comes first: it is why it cannot lead. Then the other
  // accounts of its hours (in full with --verbose), a number it shares, and the rest. A line public
  // material leaves unconfirmed carries the legend's mark (in words in accessible mode).
  const disputedHours = channel.hours.disputed ?? [];
  const marks = [
    ...(channel.standing ? [pick(channel.standing.text, lang)] : []),
    ...(disputedHours.length > 0 && !channel.standing ? [m.hoursDisputed(disputedHours.map((d) => pick(d.text, lang)))] : []),
    ...(channel.sharedNumber ? [pick(channel.sharedNumber.text, lang)] : []),
    ...(entry.reach === 'unknown' ? [m.abroadUnknown] : []),
  ];
  const mark = unconfirmed(entry) ? (view.accessible === true ? m.unconfirmedInWords : ` ${m.unconfirmedMark}`) : '';
  return marks.length === 0 ? `${text}${mark}` : `${text}${mark} · ${marks.join(' · ')}`;
}

/** The legend line for the unconfirmed mark, when any of `entries` carries it (none in accessible mode: it is in words there). */
export function legendLines(entries: readonly ChannelAt[], view: TimeView): string[] {
  return view.accessible !== true && entries.some(unconfirmed) ? [messages(view.lang).now.legend] : [];
}

/**
 * "No confirmed line answers now: 0755-86013860 answers, but it is a Tenpay line…; 95017 opens at
 * 09:00": said first whenever the only line answering is one that cannot lead (rule 5).
 */
export function sidelinedText(now: SidelinedNow, view: TimeView, selfService: boolean, withNext = true): string {
  const a = messages(view.lang).answer;
  const lines = now.lines.map((c) => a.sidelined(contactReach(c, view.lang), c.channel.standing!.is));
  const next =
    now.next === null || !withNext
      ? null
      : a.confirmedOpens(nameOrReach(now.next.contact, view.lang), formatWhen(now.next.at, view), formatRelative(now.next.at, view));
  return a.sidelinedNow(lines, next, selfService);
}

/** A line by its number when it has one (what the user dials), else by name. */
function nameOrReach(entry: ContactAt, lang: Lang): string {
  return entry.channel.number !== undefined ? contactReach(entry, lang) : pick(entry.channel.name, lang);
}

/**
 * The number to dial (the form for abroad when given; both forms, each said, when the region is
 * unsure), the address, or where to tap.
 */
export function contactReach(entry: ChannelAt | ContactAt, lang: Lang, links = false): string {
  const number = (text: string) => {
    const target = links ? telTarget(text, entry.channel.e164) : null;
    return target ? hyperlink(text, target) : text;
  };
  const forms = 'forms' in entry ? entry.forms : undefined;
  if (forms !== undefined) {
    const m = messages(lang).answer;
    if (forms.mainland !== undefined && forms.abroad !== undefined && forms.abroadHours !== undefined) {
      return m.dialBothHours(number(forms.mainland), number(forms.abroad), pick(forms.abroadHours.text, lang));
    }
    if (forms.mainland !== undefined && forms.abroad !== undefined) return m.dialBoth(number(forms.mainland), number(forms.abroad));
    if (forms.mainland !== undefined) return m.dialMainlandOnly(number(forms.mainland));
    if (forms.abroad !== undefined) return m.dialAbroadOnly(number(forms.abroad));
  }
  const dial = 'dial' in entry ? entry.dial : undefined;
  return dial === undefined ? reachText(entry.channel, lang, links) : number(dial);
}

/**
 * A channel's name as shown right after its number: without the number when the name starts
 * with it ("95017 微信支付/财付通服务热线" after "95017" or "+86 571 95017" would say 95017 twice).
 */
export function nameAfterReach(entry: ChannelAt | ContactAt, name: string, lang: Lang): string {
  const reach = contactReach(entry, lang);
  // The name's leading number, when the number just shown ends with it ("+86 571 95017" too).
  const lead = /^\+?[\d][\d -]*\d(?= )/.exec(name)?.[0];
  const digits = (t: string) => t.replace(/\D/g, '');
  return lead !== undefined && digits(reach).endsWith(digits(lead)) ? name.slice(lead.length + 1) : name;
}
