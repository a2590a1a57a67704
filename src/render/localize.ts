import type { Lang, Localized } from '../catalog/types.js';

/** Catalog text in the chosen language (the loader has already removed control characters). */
export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
