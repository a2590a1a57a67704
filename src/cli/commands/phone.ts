import { advisePhone, type PhoneQuery } from '../../advise/phone.js';
import { phoneJson } from '../../render/json/phone.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';
import { assertTopic } from './topic-option.js';

export interface PhoneOptions {
  overseas?: boolean;
  payment?: boolean;
  topic?: string;
}

/** argv options → the query; the flags are alternatives, as `wxhelp phone --help` shows. */
export function phoneQuery(opts: PhoneOptions): PhoneQuery {
  const given = (['overseas', 'payment', 'topic'] as const).filter((k) => opts[k] !== undefined && opts[k] !== false);
  if (given.length > 1) {
    throw usageError(
      'CONFLICTING_FLAGS',
      `phone: --${given[0]} and --${given[1]} cannot be combined`,
      'e.g. `wxhelp phone --overseas`; for a payment problem from abroad: `wxhelp recommend --topic payment --overseas`',
    );
  }
  if (opts.payment) return { topic: 'payment', overseas: false };
  if (opts.topic !== undefined) return { topic: opts.topic, overseas: false };
  return { topic: 'general', overseas: opts.overseas === true };
}

export async function run(ctx: Context, opts: PhoneOptions): Promise<number> {
  const query = phoneQuery(opts);
  const { catalog } = await loadCatalogFor(ctx);
  if (opts.topic !== undefined) await assertTopic(catalog, opts.topic, ctx.options.lang);
  const advice = advisePhone(catalog, query, ctx.options.at);
  const { lang, tz } = ctx.options;
  await emit(
    ctx,
    'phone',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => phoneJson(advice, catalog, lang, tz),
    async () => (await import('../../render/text/index.js')).renderPhone(advice, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone), ctx.hyperlinks === true),
  );
  return 0;
}
