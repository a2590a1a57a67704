// Recommend and print: the end of `wxhelp recommend` and of `wxhelp ask`, which ends in the same
// answer. (Not in the recommend command's file: ask's own file would carry commander with it.)
import { recommend, type RecommendQuery } from '../../advise/recommend.js';
import type { Catalog } from '../../catalog/types.js';
import { recommendJson } from '../../render/json/recommend.js';
import type { Context } from './context.js';
import { emit } from './output.js';

export async function printRecommendation(ctx: Context, catalog: Catalog, query: RecommendQuery, verbose = false): Promise<void> {
  const { at } = ctx.options;
  const result = recommend(catalog, query, at);
  const view = ctx.view(catalog.serviceTimeZone);
  await emit(
    ctx,
    'recommend',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => recommendJson(result, catalog, view),
    async () =>
      (await import('../../render/text/index.js')).renderRecommend(result, catalog, ctx.paint, view, {
        links: ctx.hyperlinks === true,
        verbose,
        columns: ctx.columns,
      }),
  );
}
