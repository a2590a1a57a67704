import type { ChalkInstance } from 'chalk';
import type { Catalog, Lang } from '../../catalog/types.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';

export function renderTopics(catalog: Catalog, paint: ChalkInstance, lang: Lang): string {
  const zh = lang === 'zh';
  const section = (title: string, rows: string[][]) => [paint.bold(title), ...table(rows.map(([id, name, desc]) => [`  ${paint.cyan(id ?? '')}`, name ?? '', paint.dim(desc ?? '')])), ''];
  const lines = [
    ...section(zh ? '问题类型（--topic）' : 'Topics (--topic)', catalog.topics.map((t) => [t.id, pick(t.name, lang), pick(t.description, lang)])),
    ...section(zh ? '特殊需求（--need）' : 'Needs (--need)', catalog.needs.map((n) => [n.id, pick(n.name, lang), pick(n.description, lang)])),
    ...section(zh ? '紧急情况（wxhelp emergency <kind>）' : 'Emergencies (wxhelp emergency <kind>)', catalog.emergencies.map((e) => [e.id, pick(e.name, lang), pick(e.trigger, lang)])),
  ];
  lines.push(paint.dim(zh ? '例如：wxhelp recommend --topic account-security --urgent' : 'e.g. wxhelp recommend --topic account-security --urgent'));
  return `${lines.join('\n')}\n`;
}
