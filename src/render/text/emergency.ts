// emergency: the procedure as one plan — each step, where to tap or what to dial, and whether that
// works now — then the contacts one line each. What the system does and the article's figures
// come with --verbose.
import type { ChalkInstance } from 'chalk';
import type { EmergencyPlan } from '../../advise/emergency.js';
import type { UserRegion } from '../../advise/region.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { blockLines, fitScreen, type Block } from '../layout/screen.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { stepLines, type TextOptions } from './recommend.js';
import { sourceText } from '../sources.js';
import { contactReach, nowText } from './status.js';
import { isChinese } from '../../i18n/lang.js';

export function renderEmergency(plan: EmergencyPlan, region: UserRegion, catalog: Catalog, paint: ChalkInstance, view: TimeView, options: TextOptions = {}): string {
  const lang = view.lang;
  const m = messages(lang);
  const width = options.columns ?? 80;
  const links = options.links === true;
  const sep = isChinese(lang) ? '：' : ': ';
  const blocks: Block[] = [
    { lines: wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), width), required: true },
    { lines: [paint.bold.red(m.answer.urgent(pick(plan.emergency.name, lang)))], required: true },
  ];
  plan.steps.forEach((step, i) => {
    blocks.push({ lines: stepLines(step, i + 1, paint, view, width, links), required: i === 0 });
  });
  const named = new Set(plan.steps.flatMap((s) => s.channels.map((c) => c.channel.id)));
  const others = plan.contacts.filter((c) => !named.has(c.channel.id));
  if (others.length > 0) {
    blocks.push({ lines: [paint.bold(`${m.emergency.contacts}${sep.trim()}`)] });
    for (const c of others) blocks.push({ lines: () => wrap(`${pick(c.channel.name, lang)} — ${paint.cyan(contactReach(c, lang, links))} · ${nowText(c, view)}`, width, '  ', '    ') });
  }
  blocks.push({ lines: wrap(paint.dim(m.answer.where(region.overseas, region.from === 'zone')), width) });
  if (!options.verbose) return `${fitScreen(blocks, paint.dim(m.answer.more)).join('\n')}\n`;

  const lines = blocks.flatMap(blockLines);
  const label = m.rec.label;
  lines.push('', paint.bold(m.answer.details), paint.bold(`${m.emergency.contacts}${sep.trim()}`));
  for (const c of plan.contacts) lines.push(...wrap(`${pick(c.channel.name, lang)} — ${contactReach(c, lang, links)} · ${nowText(c, view)}`, width, '  ', '    '));
  lines.push(
    ...wrap(pick(plan.emergency.trigger, lang), width, label(m.emergency.trigger)),
    ...wrap(pick(plan.emergency.response, lang), width, label(m.emergency.response)),
    ...wrap(pick(plan.emergency.agency, lang), width, label(m.emergency.agency)),
  );
  for (const note of plan.emergency.notes) lines.push(...wrap(paint.dim(`· ${pick(note.text, lang)}`), width, '', '  '));
  lines.push(...wrap(paint.dim(`${label(m.sourceLabel)}${sourceText(catalog, plan.emergency, lang)}`), width, '', '  '));
  return `${lines.join('\n')}\n`;
}

export function renderEmergencyList(catalog: Catalog, paint: ChalkInstance, view: TimeView): string {
  const m = messages(view.lang).emergency;
  const rows = catalog.emergencies.map((e) => [`  wxhelp emergency ${paint.cyan(e.id)}`, pick(e.name, view.lang), paint.dim(pick(e.trigger, view.lang))]);
  return `${[m.choose, ...table(rows)].join('\n')}\n`;
}
