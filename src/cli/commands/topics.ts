import { envelope } from '../../render/json/envelope.js';
import { pick } from '../../render/localize.js';
import { renderTopics } from '../../render/text/topics.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';

export async function run(ctx: Context): Promise<number> {
  const { catalog } = loadCatalogFor(ctx);
  const { at, tz, lang } = ctx.options;
  if (ctx.options.json) {
    ctx.io.stdout.write(
      envelope('topics', { at, timeZone: tz, serviceTimeZone: catalog.serviceTimeZone }, {
        topics: catalog.topics.map((t) => ({
          id: t.id,
          name: pick(t.name, lang),
          description: pick(t.description, lang),
          emergency: t.emergency ?? null,
        })),
        needs: catalog.needs.map((n) => ({ id: n.id, name: pick(n.name, lang), description: pick(n.description, lang) })),
        emergencies: catalog.emergencies.map((e) => ({ id: e.id, name: pick(e.name, lang) })),
      }),
    );
  } else {
    ctx.io.stdout.write(renderTopics(catalog, ctx.paint, lang));
  }
  return 0;
}
