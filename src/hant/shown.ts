// Plain catalog strings shown as they are (an urgent phrase, the 转人工 keyword), in the run's
// language: in a zh-Hant run, from the Traditional table the catalog was given (src/hant/catalog.ts).
import type { Catalog, Lang } from '../catalog/types.js';

/** Where withTraditional keeps the table on the catalog (a registered symbol: each bundled part has its own copy of this module). */
export const TRADITIONAL_TABLE = Symbol.for('wxhelp.traditional');

/** A plain catalog string shown as it is (an urgent phrase, the 转人工 keyword), in `lang`. */
export function shownText(catalog: Catalog, text: string, lang: Lang): string {
  if (lang !== 'zh-Hant') return text;
  const table = (catalog as unknown as { [TRADITIONAL_TABLE]?: Readonly<Record<string, string>> })[TRADITIONAL_TABLE];
  return table?.[text] ?? text;
}
