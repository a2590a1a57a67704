import { channelAt } from '../../advise/channel-state.js';
import { channelJson } from '../../render/json/channel.js';
import { envelope } from '../../render/json/envelope.js';
import { renderChannels } from '../../render/text/channels.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';

export async function run(ctx: Context): Promise<number> {
  const { catalog } = loadCatalogFor(ctx);
  const { at, lang, tz } = ctx.options;
  const evaluated = catalog.channels.map((channel) => channelAt(channel, at));
  if (ctx.options.json) {
    ctx.io.stdout.write(
      envelope('channels', { at, timeZone: tz, serviceTimeZone: catalog.serviceTimeZone }, {
        channels: evaluated.map((c) => channelJson(catalog, c, lang, tz)),
      }),
    );
  } else {
    ctx.io.stdout.write(renderChannels(evaluated, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone)));
  }
  return 0;
}
