import type { ChalkInstance } from 'chalk';
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { listing } from '../layout/listing.js';
import { wrap } from '../layout/wrap.js';

/** The ids a user can pass, what each covers, and the catalog's overview of the support system. */
export function renderTopics(catalog: Catalog, paint: ChalkInstance, lang: Lang, columns = 80): string {
  const m = messages(lang).topicsList;
  const section = (title: string, rows: string[][]) =>
    rows.length === 0
      ? []
      : [
          paint.bold(title),
          ...listing(
            rows.map(([id, name, desc]) => [`  ${paint.cyan(id ?? '')}`, name ?? '', paint.dim(desc ?? '')] as const),
            columns,
          ),
          '',
        ];
  const lines = [
    ...section(
      m.topics,
      catalog.topics.map((t) => [t.id, pick(t.name, lang), pick(t.description, lang)]),
    ),
    ...section(
      m.needs,
      catalog.needs.map((n) => [n.id, pick(n.name, lang), pick(n.description, lang)]),
    ),
    ...section(
      m.emergencies,
      catalog.emergencies.map((e) => [e.id, pick(e.name, lang), pick(e.trigger, lang)]),
    ),
  ];
  if (catalog.about.length > 0)
    lines.push(paint.bold(m.about), ...catalog.about.flatMap((note) => wrap(pick(note.text, lang), columns, '  · ', '    ')), '');
  const urgent = catalog.topics.find((t) => t.emergency !== undefined) ?? catalog.topics[0];
  if (urgent) lines.push(paint.dim(m.example(`wxhelp recommend --topic ${urgent.id}${urgent.emergency ? ' --urgent' : ''}`)));
  return `${lines.join('\n')}\n`;
}
