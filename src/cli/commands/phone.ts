import { advisePhone, type PhoneQuery } from '../../advise/phone.js';
import { phoneJson } from '../../render/json/phone.js';
import type { Context } from '../context.js';
import type { UserRegion } from '../../advise/region.js';
import { regionFor } from '../region.js';
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

/** argv options → the query: any topic (--payment is the payment topic) from where the user is. */
export function phoneQuery(opts: PhoneOptions, region: UserRegion): PhoneQuery {
  const topic = opts.payment ? 'payment' : (opts.topic ?? 'general');
  return { topic, overseas: region.overseas, regionFrom: region.from, region };
}

export async function run(ctx: Context, opts: PhoneOptions): Promise<number> {
  const query = phoneQuery(opts, regionFor(ctx.options, opts));
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
