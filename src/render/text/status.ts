// A channel's state in words and colour, and what changes next, in both zones.
import type { ChalkInstance } from 'chalk';
import type { Channel, Lang, State } from '../../catalog/types.js';
import type { ChannelAt, ContactAt } from '../../advise/channel-state.js';
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

/**
 * Whether it can help now and until when, in a few words: what a person in a hurry reads. Marks
 * an unconfirmed channel (sources disagree about it) and a mainland line offered abroad without
 * knowing whether it takes calls from there.
 */
export function nowText(entry: ContactAt, view: TimeView): string {
  const m = messages(view.lang).now;
  const { channel, status } = entry;
  const self = entry.canActNow && status.state === 'automated';
  const until = status.nextChange === null ? null : formatWhen(status.nextChange, view);
  const rel = (t: number) => formatRelative(t, view);
  let text: string;
  if (status.state === 'open') {
    text = status.nextChange === null ? m.open24 : m.openUntil(until!);
    if (status.peak && status.expectedWaitMinutes !== null) text += ` · ${m.peak(status.expectedWaitMinutes)}`;
  } else if (status.state === 'automated') {
    if (self) text = until === null ? m.selfService : m.selfServiceUntil(until);
    else text = status.nextOpen === null ? m.automated : m.automatedUntil(formatWhen(status.nextOpen, view), rel(status.nextOpen));
  } else if (status.state === 'closed') {
    text = status.nextOpen === null ? m.closedLong : m.closed(formatWhen(status.nextOpen, view), rel(status.nextOpen));
  } else {
    text = m.unknown;
  }
  const marks = [
    ...(channel.disputes.length > 0 ? [m.unconfirmed] : []),
    ...(entry.reach === 'unknown' ? [m.abroadUnknown] : []),
  ];
  return marks.length === 0 ? text : `${text} · ${marks.join(' · ')}`;
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
