// `wxhelp recommend [problem...]`: the channels to use for a topic (or a problem in words), best first.
import { Option, type Command } from '@commander-js/extra-typings';
import { indexOf } from '../../advise/catalog-index.js';
import type { UserRegion } from '../../advise/region.js';
import type { RecommendQuery } from '../../advise/recommend.js';
import { sectionIds } from '../../catalog/packed.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import type { TopicMatch } from '../../match/index.js';
import { collect, defineCommand, examples, type HelpText, type OptionsOf } from '../runtime/command.js';
import { shown, usageError } from '../runtime/errors.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { printRecommendation } from '../runtime/print-recommendation.js';
import { checkPreferredNeeds } from '../runtime/preferences.js';
import { parseCount } from '../values/count.js';
import { regionFor } from '../values/region.js';
import { assertTopic } from '../values/topic.js';
import { unknownIdError } from '../values/unknown-id.js';

const flags = (cmd: Command, h: HelpText) =>
  cmd
    .argument('[problem...]', h.arg.problem)
    .option('--topic <id>', h.opt.topic)
    .addOption(new Option('--urgent', h.opt.urgent).conflicts('notUrgent'))
    .addOption(new Option('--not-urgent', h.opt.notUrgent))
    .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
    .addOption(new Option('--mainland', h.opt.mainland))
    .option('--need <need>', h.opt.need, collect)
    .option('--limit <n>', h.opt.limit)
    .option('--verbose', h.opt.verbose)
    .addHelpText('after', () =>
      examples(h.examples, [
        `wxhelp recommend ${h.exampleProblem}`,
        'wxhelp recommend --topic general',
        'wxhelp recommend --topic payment-appeal --overseas --limit 2',
        'wxhelp recommend --topic account-unblock --need elderly --json',
      ]),
    );

export type RecommendOptions = OptionsOf<typeof flags>;

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
    throw usageError('MISSING_TOPIC', m.missing, m.missingHint(sectionIds(catalog, 'topics')));
  }
  const limit = opts.limit === undefined ? undefined : parseCount('--limit', opts.limit, 1, 100, 3, lang);
  const topic = indexOf(catalog).topic.get(opts.topic);
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
    if (indexOf(catalog).need.get(need) === undefined) {
      throw await unknownIdError(catalog, lang, { kind: 'need', value: need, example: (id) => `--need ${id}` });
    }
  }
}

/**
 * The user's words → a topic, through the scorer (loaded only here). No match at all is a usage
 * error listing the topics.
 */
async function matchWords(catalog: Catalog, words: readonly string[], lang: Lang): Promise<TopicMatch> {
  const { loadFolding, matchTopic, mayNeedFolding } = await import('../../match/index.js');
  const text = words.join(' ');
  // Traditional characters read as Simplified: the table loads only for text that is not ASCII.
  if (mayNeedFolding(text)) await loadFolding();
  const match = matchTopic(catalog, text);
  if (match.topic === null) {
    const m = messages(lang).words;
    throw usageError('NO_MATCH', m.noMatch(shown(text)), m.noMatchHint(sectionIds(catalog, 'topics')));
  }
  return match;
}

export const recommendCommand = defineCommand({
  name: 'recommend',
  description: (h) => h.cmd.recommend,
  flags,
  run: async (ctx, opts, [problem]) => {
    const { catalog } = await loadCatalogFor(ctx);
    const words = problem.filter((w) => w.trim() !== '');
    // --topic gives the topic exactly and wins over the words; the scorer loads only for words.
    const match = opts.topic === undefined && words.length > 0 ? await matchWords(catalog, words, ctx.options.lang) : undefined;
    const preferredNeeds = await checkPreferredNeeds(ctx.options.preferences, catalog, ctx.options.lang);
    // Words may also ask for a need ("人工", "talk to a human"): it joins --need, or the preferences' needs.
    const chosen = match ? { ...opts, topic: match.topic!, need: [...(opts.need ?? preferredNeeds), ...match.needs] } : opts;
    const query = recommendQuery(chosen, catalog, regionFor(ctx.options, opts), match, ctx.options.lang, preferredNeeds);
    await assertTopic(catalog, query.topic, ctx.options.lang);
    await assertNeeds(catalog, query.needs, ctx.options.lang);
    await printRecommendation(ctx, catalog, query, opts.verbose === true);
    return 0;
  },
});
