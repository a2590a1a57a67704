import type { UserRegion } from '../../advise/region.js';
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';

/** The SPEC's `region`: overseas (null when unsure), what decided it, and why in words. */
export function regionJson(region: UserRegion, lang: Lang) {
  return { overseas: region.overseas, from: region.from, why: messages(lang).answer.whereWhy(region) };
}
