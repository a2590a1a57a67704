// emergency: the procedure as one plan — each step, where to tap or what to dial, and whether that
// works now — then the contacts one line each. What the system does and the article's figures
// come with --verbose.
import type { ChalkInstance } from 'chalk';
import type { EmergencyPlan } from '../../advise/emergency.js';
import type { UserRegion } from '../../advise/region.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { blockLines, fitScreen, RANK, type Block } from '../layout/screen.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { listing } from '../layout/listing.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { stepLines, type TextOptions } from './recommend.js';
import { sourceText } from '../sources.js';
import { moreLine } from './more.js';
import { contactReach, nowText, sidelinedText, unconfirmed } from './status.js';
import { isChinese } from '../../i18n/lang.js';

export function renderEmergency(
  plan: EmergencyPlan,
  region: UserRegion,
  catalog: Catalog,
  paint: ChalkInstance,
  view: TimeView,
  options: TextOptions = {},
): string {
  const lang = view.lang;
  const m = messages(lang);
  const width = options.columns ?? 80;
  const links = options.links === true;
  const sep = isChinese(lang) ? '：' : ': ';
  const blocks: Block[] = [{ lines: wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), width), required: true }];
  // Rule 5 said plainly, before the plan: the only line answering now is not one for this.
  if (plan.sidelinedNow)
    blocks.push({
      lines: wrap(
        paint.yellow(
          sidelinedText(
            plan.sidelinedNow,
            view,
            plan.contacts.some((c) => c.canActNow),
          ),
        ),
        width,
      ),
      required: true,
    });
  blocks.push({ lines: [paint.bold.red(m.answer.urgent(pick(plan.emergency.name, lang)))], required: true });
  plan.steps.forEach((step, i) => {
    blocks.push({
      lines: stepLines(step, i + 1, paint, view, width, links),
      required: i === 0,
      rank: RANK.step,
      counts: 'step',
      marked: step.channels.some(unconfirmed),
    });
  });
  const named = new Set(plan.steps.flatMap((s) => s.channels.map((c) => c.channel.id)));
  const others = plan.contacts.filter((c) => !named.has(c.channel.id));
  others.forEach((c, i) => {
    const header = i === 0 ? [paint.bold(`${m.emergency.contacts}${sep.trim()}`)] : [];
    const lines = () => [
      ...header,
      ...wrap(`${pick(c.channel.name, lang)} — ${paint.cyan(contactReach(c, lang, links))} · ${nowText(c, view)}`, width, '  ', '    '),
    ];
    blocks.push({ lines, counts: 'channel', marked: unconfirmed(c) });
  });
  // Where the answer assumes the user is: never left out.
  blocks.push({ lines: wrap(paint.dim(m.answer.where(region)), width), required: true });
  const legend = view.accessible === true ? [] : wrap(paint.dim(m.now.legend), width, '', '  ');
  if (!options.verbose) return `${fitScreen(blocks, { more: moreLine(paint, lang, width, { verboseAdds: true }), legend }).join('\n')}\n`;

  const lines = [...blocks.flatMap(blockLines), ...(blocks.some((b) => b.marked) ? legend : [])];
  const label = m.rec.label;
  lines.push('', paint.bold(m.answer.details), paint.bold(`${m.emergency.contacts}${sep.trim()}`));
  for (const c of plan.contacts)
    lines.push(...wrap(`${pick(c.channel.name, lang)} — ${contactReach(c, lang, links)} · ${nowText(c, view)}`, width, '  ', '    '));
  lines.push(
    ...wrap(pick(plan.emergency.trigger, lang), width, label(m.emergency.trigger)),
    ...wrap(pick(plan.emergency.response, lang), width, label(m.emergency.response)),
    ...wrap(pick(plan.emergency.agency, lang), width, label(m.emergency.agency)),
  );
  for (const note of plan.emergency.notes) lines.push(...wrap(paint.dim(`· ${pick(note.text, lang)}`), width, '', '  '));
  lines.push(...wrap(paint.dim(`${label(m.sourceLabel)}${sourceText(catalog, plan.emergency, lang)}`), width, '', '  '));
  return `${lines.join('\n')}\n`;
}

export function renderEmergencyList(catalog: Catalog, paint: ChalkInstance, view: TimeView, columns = 80): string {
  const m = messages(view.lang).emergency;
  const rows = catalog.emergencies.map(
    (e) => [`  wxhelp emergency ${paint.cyan(e.id)}`, pick(e.name, view.lang), paint.dim(pick(e.trigger, view.lang))] as const,
  );
  return `${[m.choose, ...listing(rows, columns)].join('\n')}\n`;
}
