import type { Catalog, Lang, Overseas } from '../../catalog/types.js';
import { materialNames, pick } from '../localize.js';
import { notesJson } from './channel.js';

/** What changes for a user outside mainland China (seed section 七). */
export function overseasJson(overseas: Overseas, catalog: Catalog, lang: Lang) {
  return {
    processingFactor: overseas.processingFactor,
    languages: { count: overseas.languages.count, examples: overseas.languages.examples },
    summary: pick(overseas.summary, lang),
    materials: materialNames(catalog, overseas.materials, lang),
    differences: overseas.differences.map((d) => ({
      aspect: pick(d.aspect, lang),
      mainland: pick(d.domestic, lang),
      overseas: pick(d.overseas, lang),
      reason: pick(d.reason, lang),
    })),
    tips: notesJson(catalog, overseas.tips, lang),
  };
}
