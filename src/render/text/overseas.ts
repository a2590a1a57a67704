// What being outside mainland China changes (the article's section 七): the summary and the
// mainland/abroad differences — a table when it fits the width, else one stacked entry each.
import type { ChalkInstance } from 'chalk';
import type { Lang, Overseas } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';
import { displayWidth } from '../terminal/width.js';
import { isChinese } from '../../i18n/lang.js';

/** The summary, then mainland vs abroad for each aspect, indented by two. */
export function abroadLines(overseas: Overseas, paint: ChalkInstance, lang: Lang, width = 80): string[] {
  const header = messages(lang).rec.abroadHeader;
  const lines = wrap(pick(overseas.summary, lang), width, '  ');
  if (overseas.differences.length === 0) return lines;
  const rows = table([
    [`  ${header.aspect}`, paint.dim(header.mainland), paint.dim(header.overseas), paint.dim(header.reason)],
    ...overseas.differences.map((d) => [
      `  ${pick(d.aspect, lang)}`,
      pick(d.domestic, lang),
      paint.bold(pick(d.overseas, lang)),
      paint.dim(pick(d.reason, lang)),
    ]),
  ]);
  if (rows.every((row) => displayWidth(row) <= width)) return [...lines, ...rows];
  const sep = isChinese(lang) ? '：' : ': ';
  for (const d of overseas.differences) {
    lines.push(`  ${paint.bold(pick(d.aspect, lang))}`);
    lines.push(...wrap(pick(d.domestic, lang), width, `    ${header.mainland}${sep}`));
    lines.push(...wrap(pick(d.overseas, lang), width, `    ${header.overseas}${sep}`));
    lines.push(...wrap(paint.dim(pick(d.reason, lang)), width, `    ${header.reason}${sep}`));
  }
  return lines;
}
