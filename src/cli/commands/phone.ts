import { advisePhone, type PhoneQuery } from '../../advise/phone.js';
import { phoneJson } from '../../render/json/phone.js';
import type { Context } from '../context.js';
import { userRegion } from '../../advise/region.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';
import { assertTopic } from './topic-option.js';

export interface PhoneOptions {
  overseas?: boolean;
  mainland?: boolean;
  payment?: boolean;
  topic?: string;
  verbose?: boolean;
}

/** argv options → the query: any topic (--payment is the payment topic) from either region. */
export function phoneQuery(opts: PhoneOptions, zone: string): PhoneQuery {
  const region = userRegion(opts, zone);
  const topic = opts.payment ? 'payment' : (opts.topic ?? 'general');
  return { topic, overseas: region.overseas, regionFrom: region.from };
}

export async function run(ctx: Context, opts: PhoneOptions): Promise<number> {
  const query = phoneQuery(opts, ctx.options.tz);
  const { catalog } = await loadCatalogFor(ctx);
  if (opts.topic !== undefined) await assertTopic(catalog, opts.topic, ctx.options.lang);
  const advice = advisePhone(catalog, query, ctx.options.at);
  const { lang, tz } = ctx.options;
  await emit(
    ctx,
    'phone',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => phoneJson(advice, catalog, lang, tz),
    async () => (await import('../../render/text/index.js')).renderPhone(advice, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone), { links: ctx.hyperlinks === true, verbose: opts.verbose === true, columns: ctx.columns }),
  );
  return 0;
}
