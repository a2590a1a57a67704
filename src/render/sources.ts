// Where a fact comes from, and where sources disagree — said in every answer that uses it. A
// source is named for what it is (a Tencent help page, a news report, the web article), with the
// date it was checked.
import type { ChalkInstance } from 'chalk';
import type { Catalog, Channel, Lang, Note, Source, Sourced } from '../catalog/types.js';
import type { ChannelAt } from '../advise/channel-state.js';
import { indexOf } from '../advise/catalog-index.js';
import { messages } from '../i18n/messages.js';
import { wrap } from './layout/wrap.js';
import { pick } from './localize.js';
import { sourceName } from './source-name.js';

/** One source: what it is, its title, how far it can be trusted and when it was checked. */
function oneSource(source: Source, checked: string, lang: Lang): string {
  const m = messages(lang);
  const trust =
    source.kind === 'seed' ? '' : `${m.confidenceOf(m.confidence[source.confidence] ?? source.confidence)}${lang === 'zh' ? '，' : ', '}`;
  return lang === 'zh'
    ? `${sourceName(source, lang)}：${pick(source.title, lang)}（${trust}${m.checkedOn(checked)}）`
    : `${sourceName(source, lang)}: ${pick(source.title, lang)} (${trust}${m.checkedOn(checked)})`;
}

export function sourceText(catalog: Catalog, fact: Sourced, lang: Lang): string {
  const index = indexOf(catalog);
  return fact.source
    .map((id) => {
      const source = index.source.get(id);
      return source ? oneSource(source, fact.checked ?? source.checked, lang) : id;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

export function disputeLines(catalog: Catalog, disputes: readonly Note[], lang: Lang, paint: ChalkInstance): string[] {
  const m = messages(lang);
  return disputes.map(
    (d) =>
      `${paint.yellow(`${m.disputeLabel}${lang === 'zh' ? '：' : ':'}`)} ${pick(d.text, lang)} ${paint.dim(`[${sourceText(catalog, d, lang)}]`)}`,
  );
}

/** The public sources the channel itself rests on (not its notes' context), each once. */
function confirming(catalog: Catalog, channel: Channel): Sourced[] {
  const index = indexOf(catalog);
  return channel.source
    .filter((id) => index.source.get(id)?.kind === 'public' && index.source.get(id)?.type !== 'nothing-found')
    .map((id) => ({ source: [id] }));
}

/**
 * Per contact, for --verbose: its hours from mainland China and from abroad, the other accounts
 * of those hours, what it is when public material says it is something else, a number it shares,
 * then what confirms it and what disputes it — every source named for what it is, with its date.
 */
export function factLines(catalog: Catalog, entry: ChannelAt, lang: Lang, paint: ChalkInstance, width: number, indent: string): string[] {
  const m = messages(lang);
  const f = m.facts;
  const sep = lang === 'zh' ? '：' : ': ';
  const { channel } = entry;
  const lines: string[] = [];
  const para = (label: string, text: string) => lines.push(...wrap(text, width, `${indent}${label}${sep}`, `${indent}  `));
  if (channel.hours.abroad) {
    para(f.hoursHere, pick(channel.hours.text, lang));
    para(f.hoursAbroad, `${pick(channel.hours.abroad.text, lang)} [${sourceText(catalog, channel.hours.abroad, lang)}]`);
  } else {
    para(m.hoursLabel, pick(entry.hours.text, lang));
  }
  for (const claim of channel.hours.disputed ?? [])
    para(f.hoursDisputed, `${pick(claim.text, lang)} [${sourceText(catalog, claim, lang)}]`);
  if (channel.standing) para(f.standing, `${pick(channel.standing.text, lang)} [${sourceText(catalog, channel.standing, lang)}]`);
  if (channel.sharedNumber)
    para(f.sameNumber, `${pick(channel.sharedNumber.text, lang)} [${sourceText(catalog, channel.sharedNumber, lang)}]`);
  const confirmed = confirming(catalog, channel);
  if (confirmed.length > 0) para(f.confirmedBy, confirmed.map((c) => sourceText(catalog, c, lang)).join(lang === 'zh' ? '；' : '; '));
  for (const d of channel.disputes) para(f.disputedBy, `${pick(d.text, lang)} [${sourceText(catalog, d, lang)}]`);
  if (channel.source.includes('seed')) para(f.restsOn, sourceText(catalog, { source: ['seed'] }, lang));
  return lines.map((l) => paint.dim(l));
}
