// `wxhelp channels`: every channel, whether it can be used now, and when that changes; each
// number as dialled from where the user is (both ways when that is not known).
import { Option } from '@commander-js/extra-typings';
import { everyChannel } from '../../advise/channels.js';
import { regionOf } from '../../advise/region.js';
import { channelJson } from '../../render/json/channel.js';
import { regionJson } from '../../render/json/region.js';
import { defineCommand, examples } from '../runtime/command.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { regionFor } from '../values/region.js';

export const channelsCommand = defineCommand({
  name: 'channels',
  description: (h) => h.cmd.channels,
  flags: (cmd, h) =>
    cmd
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', () => examples(h.examples, ['wxhelp channels', 'wxhelp channels --json --at 2026-11-28T20:00+08:00'])),
  run: async (ctx, opts) => {
    const { catalog } = await loadCatalogFor(ctx);
    const { at, lang, tz } = ctx.options;
    // Where the user is decides which hours a line has (one number can have other hours from abroad).
    const region = regionFor(ctx.options, opts);
    const evaluated = everyChannel(catalog, at, regionOf(region.overseas));
    await emit(
      ctx,
      'channels',
      { serviceTimeZone: catalog.serviceTimeZone },
      () => ({ channels: evaluated.map((c) => channelJson(catalog, c, lang, tz)), region: regionJson(region, lang) }),
      async () =>
        (await import('../../render/text/index.js')).renderChannels(
          evaluated,
          catalog,
          ctx.paint,
          ctx.view(catalog.serviceTimeZone),
          { links: ctx.hyperlinks === true, verbose: opts.verbose === true, columns: ctx.columns },
          region,
        ),
    );
    return 0;
  },
});
