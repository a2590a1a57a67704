import type { PhoneAdvice } from '../../advise/phone.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { channelJson } from './channel.js';
import { overseasJson } from './overseas.js';
import { regionJson } from './region.js';

export function phoneJson(advice: PhoneAdvice, catalog: Catalog, lang: Lang, zone: string) {
  return {
    query: { topic: advice.query.topic ?? null, overseas: advice.region.overseas === true, region: regionJson(advice.region, lang) },
    canActNow: advice.canActNow,
    line: advice.line ? channelJson(catalog, advice.line, lang, zone) : null,
    alternatives: advice.alternatives.map((c) => channelJson(catalog, c, lang, zone)),
    overseas: advice.region.overseas === true && catalog.overseas ? overseasJson(catalog.overseas, catalog, lang) : null,
  };
}
