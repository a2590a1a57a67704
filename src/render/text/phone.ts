import type { Catalog } from '../../catalog/types.js';
import type { PhoneAdvice } from '../../advise/phone.js';
import type { ChalkInstance } from 'chalk';
import { messages } from '../../i18n/messages.js';
import { materialNames, pick } from '../localize.js';
import { table } from '../terminal/table.js';
import type { TimeView } from '../time-format.js';
import { abroadLines } from './overseas.js';
import { disputeLines, sourceText } from './sources.js';
import { nextText, reachText, stateBadge, waitText } from './status.js';

/** `links`: numbers and addresses as terminal hyperlinks (decided by the caller for stdout). */
export function renderPhone(advice: PhoneAdvice, catalog: Catalog, paint: ChalkInstance, view: TimeView, links = false): string {
  const lang = view.lang;
  const m = messages(lang);
  const lines: string[] = [];
  if (advice.line) {
    const { channel, status } = advice.line;
    lines.push(`${m.callNow} ${paint.bold(reachText(channel, lang, links))} — ${pick(channel.name, lang)}`);
    lines.push(`  ${m.nowLabel}: ${stateBadge(paint, status, lang, true)}`);
    lines.push(`  ${nextText(status, view)}`);
    lines.push(`  ${m.hoursLabel}: ${pick(channel.hours.text, lang)}`);
    const wait = waitText(status, lang);
    if (wait) lines.push(`  ${wait}`);
    for (const note of channel.notes) lines.push(`  · ${pick(note.text, lang)}`);
    lines.push(`  ${paint.dim(`${m.sourceLabel}: ${sourceText(catalog, channel, lang)}`)}`);
    for (const d of disputeLines(catalog, channel.disputes, lang, paint)) lines.push(`  ${d}`);
  }
  if (advice.alternatives.length > 0) {
    lines.push('', `${m.alternativesLabel}:`);
    const rows = advice.alternatives.map(({ channel, status }) => [
      `  ${reachText(channel, lang, links)}`,
      pick(channel.name, lang),
      stateBadge(paint, status, lang),
      pick(channel.hours.text, lang),
    ]);
    lines.push(...table(rows));
  }
  const overseas = advice.query.overseas ? catalog.overseas : undefined;
  if (overseas) {
    lines.push('', paint.bold(`${m.rec.abroad}:`), ...abroadLines(overseas, paint, lang));
    const ready = materialNames(catalog, overseas.materials, lang);
    if (ready.length > 0) lines.push(paint.bold(`${m.rec.overseasReady}:`), `  ${m.rec.list(ready)}`);
  }
  return `${lines.join('\n')}\n`;
}
