// `wxhelp channels`: every channel, whether it can be used now, and when that changes.
import { contactOnItsOwn } from '../../advise/ranking.js';
import { regionOf, userRegion } from '../../advise/region.js';
import { channelJson } from '../../render/json/channel.js';
import { defineCommand, examples } from '../runtime/command.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';

export const channelsCommand = defineCommand({
  name: 'channels',
  description: (h) => h.cmd.channels,
  flags: (cmd, h) =>
    cmd
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', examples(h.examples, ['wxhelp channels', 'wxhelp channels --json --at 2026-11-28T20:00+08:00'])),
  run: async (ctx, opts) => {
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
  },
});
