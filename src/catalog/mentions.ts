// Which channels a piece of catalog text names by number or address — for rule 3 ("a reason
// speaks of its own channel") and rule 2 ("every number a step names is among its channels").
import type { Catalog, Channel } from './types.js';

/** Digit strings that identify a line: as written, E.164, national forms, the form for abroad. */
function numberForms(channel: Channel): string[] {
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

/** The ids of channels whose number or web address appears in `text`. */
export function channelsNamedIn(text: string, catalog: Pick<Catalog, 'channels'>): string[] {
  const runs = [...text.matchAll(/\+?\d[\d\s-]*\d/g)].map((m) => m[0].replace(/\D/g, '')).filter((d) => d.length >= 5);
  const lower = text.toLowerCase();
  const named: string[] = [];
  for (const channel of catalog.channels) {
    const forms = numberForms(channel);
    const byNumber = runs.some((run) => forms.includes(run));
    const h = host(channel.url);
    const byHost = h !== null && new RegExp(`(^|[^a-z0-9.-])${h.replace(/[.]/g, '\\.')}(?![a-z0-9-])`).test(lower);
    if (byNumber || byHost) named.push(channel.id);
  }
  return named;
}

/** Whether two channels are one place (the same number in some form, or the same web address), like a hotline and its form for abroad. */
export function sameLine(a: Channel, b: Channel): boolean {
  const fa = numberForms(a);
  const ha = host(a.url);
  return numberForms(b).some((f) => fa.includes(f)) || (ha !== null && ha === host(b.url));
}
