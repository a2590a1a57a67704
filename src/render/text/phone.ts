// phone: the number to dial now (the form for abroad when the user is abroad), whether someone
// answers and until when; when no line answers now, that said first with the soonest opening.
// The other lines one line each; notes, sources and disagreements with --verbose.
import type { ChalkInstance } from 'chalk';
import type { PhoneAdvice } from '../../advise/phone.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { blockLines, fitScreen, type Block } from '../layout/screen.js';
import { moreLine } from './more.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { formatRelative, formatWhen, type TimeView } from '../time-format.js';
import { abroadLines } from './overseas.js';
import type { TextOptions } from './recommend.js';
import { factLines } from '../sources.js';
import { contactReach, nameAfterReach, nowText, sidelinedText, unconfirmed } from './status.js';
import { isChinese } from '../../i18n/lang.js';

export function renderPhone(
  advice: PhoneAdvice,
  catalog: Catalog,
  paint: ChalkInstance,
  view: TimeView,
  options: TextOptions = {},
): string {
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
    // The soonest opening is said next when the line itself is not open; here only what is not.
    if (advice.sidelinedNow) head.push(...wrap(paint.yellow(sidelinedText(advice.sidelinedNow, view, false, line.canActNow)), width));
    if (!line.canActNow && line.actsAt !== null) {
      head.push(
        ...wrap(
          paint.yellow(a.nothingNow(pick(line.channel.name, lang), formatWhen(line.actsAt, view), formatRelative(line.actsAt, view))),
          width,
        ),
      );
    }
    const name = nameAfterReach(line, pick(line.channel.name, lang), lang);
    // A name that goes on from its number with a dash of its own ("110 — the police") needs no second one.
    const dash = /^[—–-] /.test(name) ? ' ' : ' — ';
    head.push(...wrap(`${paint.bold(contactReach(line, lang, links))}${dash}${name}`, width, `${a.call} `, '  '));
    const now = nowText(line, view);
    head.push(...wrap(line.canActNow ? paint.green(now) : paint.yellow(now), width, '  '));
    head.push(...wrap(pick(line.hours.text, lang), width, `  ${m.hoursLabel}${sep}`));
    if (line.channel.response) head.push(...wrap(pick(line.channel.response, lang), width, `  ${m.rec.expect}${sep}`));
    blocks.push({ lines: head, required: true, marked: unconfirmed(line) });
    if (!line.canActNow) blocks.push({ lines: wrap(paint.dim(a.remind(`wxhelp remind ${line.channel.id}`)), width, '  ') });
  }
  advice.alternatives.forEach((alt, i) => {
    const header = i === 0 ? [paint.bold(`${m.alternativesLabel}${sep.trim()}`)] : [];
    const lines = () => [
      ...header,
      ...wrap(
        `${paint.cyan(contactReach(alt, lang, links))} ${nameAfterReach(alt, pick(alt.channel.name, lang), lang)} · ${nowText(alt, view)}`,
        width,
        '  ',
        '    ',
      ),
    ];
    blocks.push({ lines, counts: 'channel', marked: unconfirmed(alt) });
  });
  // Where the answer assumes the user is: never left out.
  blocks.push({ lines: wrap(paint.dim(a.where(advice.region)), width), required: true });
  const legend = view.accessible === true ? [] : wrap(paint.dim(m.now.legend), width, '', '  ');
  if (!options.verbose) return `${fitScreen(blocks, { more: moreLine(paint, lang, width, { verboseAdds: true }), legend }).join('\n')}\n`;

  const lines = [...blocks.flatMap(blockLines), ...(blocks.some((b) => b.marked) ? legend : [])];
  if (line) {
    lines.push('', paint.bold(a.details));
    for (const note of line.channel.notes) lines.push(...wrap(`· ${pick(note.text, lang)}`, width, '  ', '    '));
    lines.push(...factLines(catalog, line, lang, paint, width, '  '));
  }
  if (advice.query.overseas === true && catalog.overseas)
    lines.push('', paint.bold(`${m.rec.abroad}${sep.trim()}`), ...abroadLines(catalog.overseas, paint, lang, width));
  return `${lines.join('\n')}\n`;
}
