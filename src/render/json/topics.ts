import type { Catalog, Lang } from '../../catalog/types.js';
import { pick } from '../localize.js';
import { notesJson } from './channel.js';

export function topicsJson(catalog: Catalog, lang: Lang) {
  return {
    topics: catalog.topics.map((t) => ({
      id: t.id,
      name: pick(t.name, lang),
      description: pick(t.description, lang),
      emergency: t.emergency ?? null,
    })),
    needs: catalog.needs.map((n) => ({ id: n.id, name: pick(n.name, lang), description: pick(n.description, lang) })),
    emergencies: catalog.emergencies.map((e) => ({ id: e.id, name: pick(e.name, lang) })),
    about: notesJson(catalog, catalog.about, lang),
  };
}
