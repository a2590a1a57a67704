// phone: the number to dial now (the form for abroad when the user is abroad), whether someone
// answers and until when; when no line answers now, that said first with the soonest opening.
// The other lines one line each; notes, sources and disagreements with --verbose.
import type { ChalkInstance } from 'chalk';
import type { PhoneAdvice } from '../../advise/phone.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { blockLines, fitScreen, type Block } from '../layout/screen.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { formatRelative, formatWhen, type TimeView } from '../time-format.js';
import { abroadLines } from './overseas.js';
import type { TextOptions } from './recommend.js';
import { disputeLines, sourceText } from '../sources.js';
import { contactReach, nameAfterReach, nowText } from './status.js';
import { isChinese } from '../../i18n/lang.js';

export function renderPhone(advice: PhoneAdvice, catalog: Catalog, paint: ChalkInstance, view: TimeView, options: TextOptions = {}): string {
  const lang = view.lang;
  const m = messages(lang);
  const a = m.answer;
  const width = options.columns ?? 80;
  const links = options.links === true;
  const sep = isChinese(lang) ? '：' : ': ';
  const blocks: Block[] = [{ lines: wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), width), required: true }];
  const line = advice.line;
  if (!line) {
    blocks.push({ lines: [a.none], required: true });
  } else {
    const head: string[] = [];
    if (!line.canActNow && line.actsAt !== null) {
      head.push(...wrap(paint.yellow(a.nothingNow(pick(line.channel.name, lang), formatWhen(line.actsAt, view), formatRelative(line.actsAt, view))), width));
    }
    head.push(...wrap(`${paint.bold(contactReach(line, lang, links))} — ${nameAfterReach(line, pick(line.channel.name, lang), lang)}`, width, `${a.call} `, '  '));
    const now = nowText(line, view);
    head.push(...wrap(line.canActNow ? paint.green(now) : paint.yellow(now), width, '  '));
    head.push(...wrap(pick(line.channel.hours.text, lang), width, `  ${m.hoursLabel}${sep}`));
    if (line.channel.response) head.push(...wrap(pick(line.channel.response, lang), width, `  ${m.rec.expect}${sep}`));
    blocks.push({ lines: head, required: true });
    if (!line.canActNow) blocks.push({ lines: wrap(paint.dim(a.remind(`wxhelp remind ${line.channel.id}`)), width, '  ') });
  }
  if (advice.alternatives.length > 0) {
    blocks.push({ lines: [paint.bold(`${m.alternativesLabel}${sep.trim()}`)] });
    for (const alt of advice.alternatives) {
      blocks.push({ lines: () => wrap(`${paint.cyan(contactReach(alt, lang, links))} ${nameAfterReach(alt, pick(alt.channel.name, lang), lang)} · ${nowText(alt, view)}`, width, '  ', '    ') });
    }
  }
  blocks.push({ lines: wrap(paint.dim(a.where(advice.query.overseas, advice.query.regionFrom === 'zone')), width) });
  if (!options.verbose) return `${fitScreen(blocks, paint.dim(a.more)).join('\n')}\n`;

  const lines = blocks.flatMap(blockLines);
  if (line) {
    lines.push('', paint.bold(a.details));
    for (const note of line.channel.notes) lines.push(...wrap(`· ${pick(note.text, lang)}`, width, '  ', '    '));
    lines.push(...wrap(paint.dim(`${m.sourceLabel}${sep}${sourceText(catalog, line.channel, lang)}`), width, '  ', '    '));
    for (const d of disputeLines(catalog, line.channel.disputes, lang, paint)) lines.push(...wrap(d, width, '  ', '    '));
  }
  if (advice.query.overseas && catalog.overseas) lines.push('', paint.bold(`${m.rec.abroad}${sep.trim()}`), ...abroadLines(catalog.overseas, paint, lang, width));
  return `${lines.join('\n')}\n`;
}
