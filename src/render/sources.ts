// Where a fact comes from, and where sources disagree — said in every answer that uses it.
import type { ChalkInstance } from 'chalk';
import type { Catalog, Lang, Note, Sourced } from '../catalog/types.js';
import { indexOf } from '../advise/catalog-index.js';
import { messages } from '../i18n/messages.js';
import { pick } from './localize.js';

export function sourceText(catalog: Catalog, fact: Sourced, lang: Lang): string {
  const m = messages(lang);
  const index = indexOf(catalog);
  return fact.source
    .map((id) => {
      const source = index.source.get(id);
      if (!source) return id;
      const checked = fact.checked ?? source.checked;
      return `${pick(source.title, lang)} (${m.confidence[source.confidence] ?? source.confidence}, ${m.checkedOn(checked)})`;
    })
    .join('; ');
}

export function disputeLines(catalog: Catalog, disputes: readonly Note[], lang: Lang, paint: ChalkInstance): string[] {
  const m = messages(lang);
  return disputes.map(
    (d) => `${paint.yellow(`${m.disputeLabel}:`)} ${pick(d.text, lang)} ${paint.dim(`[${sourceText(catalog, d, lang)}]`)}`,
  );
}
