// Which channels a piece of catalog text names by number or address — for rule 3 ("a reason
// speaks of its own channel") and rule 2 ("every number a step names is among its channels").
import type { Catalog, Channel } from './types.js';

/** Digit strings that identify a line: as written, E.164, national forms, the form for abroad. */
export function numberForms(channel: Channel): string[] {
  const forms = new Set<string>();
  const add = (n: string | undefined) => {
    const digits = (n ?? '').replace(/\D/g, '');
    if (digits.length >= 5) forms.add(digits);
  };
  add(channel.number);
  add(channel.e164);
  add(channel.abroad?.dial);
  const e164 = (channel.e164 ?? '').replace(/\D/g, '');
  if (e164.startsWith('86')) {
    add(e164.slice(2));
    add(`0${e164.slice(2)}`);
  }
  return [...forms];
}

function host(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Where each number form and web host of a channel list leads (positions in the list), made once per list. */
interface MentionIndex {
  byDigits: Map<string, number[]>;
  byHost: Map<string, number[]>;
  /** Hosts with a character outside [a-z0-9.-] (an IPv6 address, say): matched by a regular expression, as before. */
  odd: { position: number; pattern: RegExp }[];
}

const indexes = new WeakMap<readonly Channel[], MentionIndex>();

function mentionIndex(channels: readonly Channel[]): MentionIndex {
  let index = indexes.get(channels);
  if (index === undefined) {
    index = { byDigits: new Map(), byHost: new Map(), odd: [] };
    const put = (map: Map<string, number[]>, key: string, position: number) => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    for (let position = 0; position < channels.length; position++) {
      const channel = channels[position]!;
      for (const form of numberForms(channel)) put(index.byDigits, form, position);
      const h = host(channel.url);
      if (h === null) continue;
      if (/^[a-z0-9.-]+$/.test(h)) put(index.byHost, h, position);
      else index.odd.push({ position, pattern: new RegExp(`(^|[^a-z0-9.-])${h.replace(/[.]/g, '\\.')}(?![a-z0-9-])`) });
    }
    indexes.set(channels, index);
  }
  return index;
}

/**
 * The ids of channels whose number or web address appears in `text`, in the catalog's order. A
 * host counts where it stands alone: not inside a longer name before it, and followed by nothing
 * but a dot or a character that cannot continue a name ("weixin.qq.com/", "weixin.qq.com.").
 * (The channels' forms and hosts are indexed once per channel list: a large catalog has thousands
 * of texts to check against thousands of channels.)
 */
export function channelsNamedIn(text: string, catalog: Pick<Catalog, 'channels'>): string[] {
  const index = mentionIndex(catalog.channels);
  const found = new Set<number>();
  for (const m of text.matchAll(/\+?\d[\d\s-]*\d/g)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 5) for (const position of index.byDigits.get(digits) ?? []) found.add(position);
  }
  const lower = text.toLowerCase();
  if (index.byHost.size > 0) {
    // A host starts a run of name characters and ends it or a dot inside it.
    for (const m of lower.matchAll(/[a-z0-9.-]+/g)) {
      const run = m[0];
      for (let end = run.indexOf('.'); ; end = run.indexOf('.', end + 1)) {
        const candidate = end < 0 ? run : run.slice(0, end);
        for (const position of index.byHost.get(candidate) ?? []) found.add(position);
        if (end < 0) break;
      }
    }
  }
  for (const { position, pattern } of index.odd) if (pattern.test(lower)) found.add(position);
  return [...found].sort((a, b) => a - b).map((position) => catalog.channels[position]!.id);
}

/** Whether two channels are one place (the same number in some form, or the same web address), like a hotline and its form for abroad. */
export function sameLine(a: Channel, b: Channel): boolean {
  const fa = numberForms(a);
  const ha = host(a.url);
  return numberForms(b).some((f) => fa.includes(f)) || (ha !== null && ha === host(b.url));
}
