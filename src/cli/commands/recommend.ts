import { userRegion } from '../../advise/region.js';
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
  notUrgent?: boolean;
  overseas?: boolean;
  mainland?: boolean;
  need?: string[];
  limit?: string;
  verbose?: boolean;
}

/**
 * argv options → the query (ids are checked against the catalog separately). Where the user is
 * comes from --overseas / --mainland, else the zone; urgency from --urgent / --not-urgent, else
 * the topic's nature.
 */
export function recommendQuery(opts: RecommendOptions, catalog: Catalog, zone: string): RecommendQuery {
  if (opts.topic === undefined) {
    throw usageError('MISSING_TOPIC', 'recommend: --topic is required', 'e.g. wxhelp recommend --topic general (see `wxhelp topics`)');
  }
  const limit = opts.limit === undefined ? undefined : parseCount('--limit', opts.limit, 1, 100, 3);
  const region = userRegion(opts, zone);
  const topic = catalog.topics.find((t) => t.id === opts.topic);
  const urgentFrom = opts.urgent === true || opts.notUrgent === true ? 'flag' : topic?.urgent === true ? 'topic' : 'default';
  return {
    topic: opts.topic,
    urgent: opts.urgent === true || (opts.notUrgent !== true && topic?.urgent === true),
    overseas: region.overseas,
    regionFrom: region.from,
    urgentFrom,
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
export async function printRecommendation(ctx: Context, catalog: Catalog, query: RecommendQuery, verbose = false): Promise<void> {
  const { at } = ctx.options;
  const result = recommend(catalog, query, at);
  const view = ctx.view(catalog.serviceTimeZone);
  await emit(
    ctx,
    'recommend',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => recommendJson(result, catalog, view),
    async () => (await import('../../render/text/index.js')).renderRecommend(result, catalog, ctx.paint, view, { links: ctx.hyperlinks === true, verbose, columns: ctx.columns }),
  );
}

export async function run(ctx: Context, opts: RecommendOptions): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const query = recommendQuery(opts, catalog, ctx.options.tz);
  await assertTopic(catalog, query.topic, ctx.options.lang);
  await assertNeeds(catalog, query.needs, ctx.options.lang);
  await printRecommendation(ctx, catalog, query, opts.verbose === true);
  return 0;
}
