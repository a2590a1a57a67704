import type { PhoneAdvice } from '../../advise/phone.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { channelJson } from './channel.js';
import { overseasJson } from './overseas.js';

export function phoneJson(advice: PhoneAdvice, catalog: Catalog, lang: Lang, zone: string) {
  return {
    query: { topic: advice.query.topic ?? null, overseas: advice.query.overseas, region: { overseas: advice.query.overseas, from: advice.query.regionFrom ?? 'flag' } },
    canActNow: advice.canActNow,
    line: advice.line ? channelJson(catalog, advice.line, lang, zone) : null,
    alternatives: advice.alternatives.map((c) => channelJson(catalog, c, lang, zone)),
    overseas: advice.query.overseas && catalog.overseas ? overseasJson(catalog.overseas, catalog, lang) : null,
  };
}
