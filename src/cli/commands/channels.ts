import { contactOnItsOwn } from '../../advise/ranking.js';
import { regionOf, userRegion } from '../../advise/region.js';
import { channelJson } from '../../render/json/channel.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';

export async function run(ctx: Context, opts: { verbose?: boolean } = {}): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const { at, lang, tz } = ctx.options;
  // Where the user is decides which hours a line has (one number can have other hours from abroad).
  const region = regionOf(userRegion({}, tz).overseas);
  const evaluated = catalog.channels.map((channel) => contactOnItsOwn(channel, at, region));
  await emit(
    ctx,
    'channels',
    { serviceTimeZone: catalog.serviceTimeZone },
    () => ({ channels: evaluated.map((c) => channelJson(catalog, c, lang, tz)) }),
    async () => (await import('../../render/text/index.js')).renderChannels(evaluated, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone), { links: ctx.hyperlinks === true, verbose: opts.verbose === true, columns: ctx.columns }),
  );
  return 0;
}
