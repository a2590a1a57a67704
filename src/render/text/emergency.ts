import type { ChalkInstance } from 'chalk';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { Catalog, Emergency } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';
import type { TimeView } from '../time-format.js';
import { sourceText } from './sources.js';
import { nextText, reachText, stateBadge } from './status.js';

/** Numbered steps: the answer, first. */
export function stepLines(emergency: Emergency, view: TimeView, indent = '  '): string[] {
  return emergency.steps.map((step, i) => `${indent}${i + 1}. ${pick(step.text, view.lang)}`);
}

export function contactLines(contacts: readonly ChannelAt[], paint: ChalkInstance, view: TimeView, indent = '  ', links = false): string[] {
  return table(
    contacts.map(({ channel, status }) => [
      `${indent}${pick(channel.name, view.lang)}`,
      stateBadge(paint, status, view.lang),
      `${paint.bold.cyan(reachText(channel, view.lang, links))}${status.state === 'closed' ? `  ${paint.dim(nextText(status, view))}` : ''}`,
    ]),
  );
}

export function renderEmergency(emergency: Emergency, contacts: readonly ChannelAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView, links = false): string {
  const m = messages(view.lang).emergency;
  const lang = view.lang;
  const label = messages(lang).rec.label;
  const heading = (text: string) => paint.bold(label(text).trimEnd());
  const lines = [paint.bold.red(m.title(pick(emergency.name, lang))), '', heading(m.steps), ...stepLines(emergency, view)];
  if (contacts.length > 0) lines.push('', heading(m.contacts), ...contactLines(contacts, paint, view, '  ', links));
  lines.push(
    '',
    `${label(m.trigger)}${pick(emergency.trigger, lang)}`,
    `${label(m.response)}${pick(emergency.response, lang)}`,
    `${label(m.agency)}${pick(emergency.agency, lang)}`,
  );
  for (const note of emergency.notes) lines.push(paint.dim(`· ${pick(note.text, lang)}`));
  lines.push(paint.dim(`${label(messages(lang).sourceLabel)}${sourceText(catalog, emergency, lang)}`));
  return `${lines.join('\n')}\n`;
}

export function renderEmergencyList(catalog: Catalog, paint: ChalkInstance, view: TimeView): string {
  const m = messages(view.lang).emergency;
  const rows = catalog.emergencies.map((e) => [`  wxhelp emergency ${paint.cyan(e.id)}`, pick(e.name, view.lang), paint.dim(pick(e.trigger, view.lang))]);
  return `${[m.choose, ...table(rows)].join('\n')}\n`;
}
