import { topicsJson } from '../../render/json/topics.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';

export async function run(ctx: Context): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const { lang } = ctx.options;
  await emit(
    ctx,
    'topics',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => topicsJson(catalog, lang),
    async () => (await import('../../render/text/index.js')).renderTopics(catalog, ctx.paint, lang),
  );
  return 0;
}
