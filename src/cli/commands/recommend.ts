import type { UserRegion } from '../../advise/region.js';
import { checkPreferredNeeds } from '../preferences.js';
import { regionFor } from '../region.js';
import { recommend, type RecommendQuery } from '../../advise/recommend.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { recommendJson } from '../../render/json/recommend.js';
import type { Context } from '../context.js';
import { shown, usageError } from '../errors.js';
import { messages } from '../../i18n/messages.js';
import type { TopicMatch } from '../../match/index.js';
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
 * comes from --overseas / --mainland, else the preferences, else the zone (see regionFor);
 * urgency from --urgent / --not-urgent, else the topic's nature; needs from --need, else the
 * preferences' (`preferredNeeds`).
 */
export function recommendQuery(
  opts: RecommendOptions,
  catalog: Catalog,
  region: UserRegion,
  match?: TopicMatch,
  lang: Lang = 'en',
  preferredNeeds: readonly string[] = [],
): RecommendQuery {
  if (opts.topic === undefined) {
    const m = messages(lang).words;
    throw usageError('MISSING_TOPIC', m.missing, m.missingHint(catalog.topics.map((t) => t.id)));
  }
  const limit = opts.limit === undefined ? undefined : parseCount('--limit', opts.limit, 1, 100, 3, lang);
  const topic = catalog.topics.find((t) => t.id === opts.topic);
  const flagged = opts.urgent === true || opts.notUrgent === true;
  const fromText = match?.urgent === true && match.topic === opts.topic;
  const urgentFrom = flagged ? 'flag' : fromText ? 'text' : topic?.urgent === true ? 'topic' : 'default';
  return {
    topic: opts.topic,
    urgent: opts.urgent === true || (opts.notUrgent !== true && (fromText || topic?.urgent === true)),
    ...(match ? { match } : {}),
    overseas: region.overseas,
    regionFrom: region.from,
    region,
    urgentFrom,
    // --need replaces the preferences' needs (flags win).
    needs: [...new Set(opts.need ?? preferredNeeds)],
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

/**
 * The user's words → a topic, through the scorer (loaded only here). No match at all is a usage
 * error listing the topics.
 */
async function matchWords(catalog: Catalog, words: readonly string[], lang: Lang): Promise<TopicMatch> {
  const { matchTopic } = await import('../../match/index.js');
  const text = words.join(' ');
  const match = matchTopic(catalog, text);
  if (match.topic === null) {
    const m = messages(lang).words;
    throw usageError('NO_MATCH', m.noMatch(shown(text)), m.noMatchHint(catalog.topics.map((t) => t.id)));
  }
  return match;
}

export async function run(ctx: Context, opts: RecommendOptions, args: unknown[] = []): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const words = (Array.isArray(args[0]) ? args[0] : []).filter((w): w is string => typeof w === 'string' && w.trim() !== '');
  // --topic gives the topic exactly and wins over the words; the scorer loads only for words.
  const match = opts.topic === undefined && words.length > 0 ? await matchWords(catalog, words, ctx.options.lang) : undefined;
  const chosen = match ? { ...opts, topic: match.topic! } : opts;
  const preferredNeeds = checkPreferredNeeds(ctx.options.preferences, catalog, ctx.options.lang);
  const query = recommendQuery(chosen, catalog, regionFor(ctx.options, opts), match, ctx.options.lang, preferredNeeds);
  await assertTopic(catalog, query.topic, ctx.options.lang);
  await assertNeeds(catalog, query.needs, ctx.options.lang);
  await printRecommendation(ctx, catalog, query, opts.verbose === true);
  return 0;
}
