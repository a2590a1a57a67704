import { everyChannel } from '../../advise/channels.js';
import { regionOf } from '../../advise/region.js';
import { channelJson } from '../../render/json/channel.js';
import { regionJson } from '../../render/json/region.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';
import { regionFor } from '../region.js';

export async function run(ctx: Context, opts: { verbose?: boolean; overseas?: boolean; mainland?: boolean } = {}): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const { at, lang, tz } = ctx.options;
  const region = regionFor(ctx.options, opts);
  const evaluated = everyChannel(catalog, at, regionOf(region.overseas));
  await emit(
    ctx,
    'channels',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => ({ channels: evaluated.map((c) => channelJson(catalog, c, lang, tz)), region: regionJson(region, lang) }),
    async () => (await import('../../render/text/index.js')).renderChannels(evaluated, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone), { links: ctx.hyperlinks === true, verbose: opts.verbose === true, columns: ctx.columns }, region),
  );
  return 0;
}
