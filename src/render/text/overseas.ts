// What being outside mainland China changes (seed section 七): the summary and the table of
// differences, shown by recommend --overseas and phone --overseas alike.
import type { ChalkInstance } from 'chalk';
import type { Lang, Overseas } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';

/** The summary, then mainland vs abroad for each aspect, indented by two. */
export function abroadLines(overseas: Overseas, paint: ChalkInstance, lang: Lang): string[] {
  const header = messages(lang).rec.abroadHeader;
  const differences = table([
    [`  ${header.aspect}`, paint.dim(header.mainland), paint.dim(header.overseas), paint.dim(header.reason)],
    ...overseas.differences.map((d) => [`  ${pick(d.aspect, lang)}`, pick(d.domestic, lang), paint.bold(pick(d.overseas, lang)), paint.dim(pick(d.reason, lang))]),
  ]);
  return [`  ${pick(overseas.summary, lang)}`, ...(overseas.differences.length > 0 ? differences : [])];
}
