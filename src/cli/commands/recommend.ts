import { emergencyContacts } from '../../advise/emergency.js';
import { recommend, type RecommendQuery } from '../../advise/recommend.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { recommendJson } from '../../render/json/recommend.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';
import { parseCount } from './numbers.js';
import { assertTopic } from './topic-option.js';
import { unknownIdError } from './unknown-id.js';

export interface RecommendOptions {
  topic?: string;
  urgent?: boolean;
  overseas?: boolean;
  need?: string[];
  limit?: string;
}

/** argv options → the query (ids are checked against the catalog separately). */
export function recommendQuery(opts: RecommendOptions): RecommendQuery {
  if (opts.topic === undefined) {
    throw usageError('MISSING_TOPIC', 'recommend: --topic is required', 'e.g. wxhelp recommend --topic general (see `wxhelp topics`)');
  }
  const limit = opts.limit === undefined ? undefined : parseCount('--limit', opts.limit, 1, 100, 3);
  return {
    topic: opts.topic,
    urgent: opts.urgent === true,
    overseas: opts.overseas === true,
    needs: [...new Set(opts.need ?? [])],
    ...(limit === undefined ? {} : { limit }),
  };
}

export async function assertNeeds(catalog: Catalog, needs: readonly string[], lang: Lang = 'en'): Promise<void> {
  for (const need of needs) {
    if (!catalog.needs.some((n) => n.id === need)) {
      throw await unknownIdError(catalog, lang, { kind: 'need', value: need, example: (id) => `--need ${id}` });
    }
  }
}

/** Recommend and print; shared with `ask`, which ends in the same answer. */
export async function printRecommendation(ctx: Context, catalog: Catalog, query: RecommendQuery): Promise<void> {
  const { at } = ctx.options;
  const result = recommend(catalog, query, at);
  const contacts = result.emergency ? emergencyContacts(catalog, result.emergency, at, query.overseas) : [];
  const view = ctx.view(catalog.serviceTimeZone);
  await emit(
    ctx,
    'recommend',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => recommendJson(result, catalog, view, contacts),
    async () => (await import('../../render/text/index.js')).renderRecommend(result, contacts, catalog, ctx.paint, view, ctx.hyperlinks === true),
  );
}

export async function run(ctx: Context, opts: RecommendOptions): Promise<number> {
  const query = recommendQuery(opts);
  const { catalog } = await loadCatalogFor(ctx);
  await assertTopic(catalog, query.topic, ctx.options.lang);
  await assertNeeds(catalog, query.needs, ctx.options.lang);
  await printRecommendation(ctx, catalog, query);
  return 0;
}
