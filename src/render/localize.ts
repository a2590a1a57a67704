import { indexOf } from '../advise/catalog-index.js';
import type { Catalog, Lang, Localized } from '../catalog/types.js';

/** Catalog text in the chosen language (the loader has already removed control characters, and given zh-Hant runs their text). */
export function pick(text: Localized, lang: Lang): string {
  return lang === 'zh-Hant' ? (text['zh-Hant'] ?? text.zh) : text[lang];
}

/** The names of materials by id, in the chosen language (ids the catalog lacks are skipped). */
export function materialNames(catalog: Catalog, ids: readonly string[], lang: Lang): string[] {
  const byId = indexOf(catalog).material;
  return ids.flatMap((id) => {
    const material = byId.get(id);
    return material ? [pick(material.name, lang)] : [];
  });
}
