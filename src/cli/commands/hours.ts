// `wxhelp hours [channel-id]`: each channel's opening hours as a timeline from the current hour.
import { contactOnItsOwn } from '../../advise/ranking.js';
import { regionOf, userRegion } from '../../advise/region.js';
import { hourStartInZone, segments } from '../../hours/index.js';
import { hoursJson } from '../../render/json/hours.js';
import { defineCommand, examples } from '../runtime/command.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { parseCount } from '../values/count.js';
import { unknownIdError } from '../values/unknown-id.js';

export const MAX_DAYS = 14;

export const hoursCommand = defineCommand({
  name: 'hours',
  description: (h) => h.cmd.hours,
  flags: (cmd, h) =>
    cmd
      .argument('[channel-id]', h.arg.hoursChannel)
      .option('--days <n>', h.opt.days)
      .addHelpText('after', () => examples(h.examples, ['wxhelp hours', 'wxhelp hours hotline --days 7 --tz Europe/Paris'])),
  run: async (ctx, opts, [id]) => {
    const days = parseCount('--days', opts.days, 1, MAX_DAYS, 1, ctx.options.lang);
    const { catalog } = await loadCatalogFor(ctx);
    const chosen = id === undefined ? catalog.channels : catalog.channels.filter((c) => c.id === id);
    if (chosen.length === 0) {
      throw await unknownIdError(catalog, ctx.options.lang, {
        kind: 'channel',
        command: 'hours',
        value: id ?? '',
        example: (c) => `wxhelp hours ${c}`,
      });
    }
    const { at, tz, lang } = ctx.options;
    // The timeline starts at the top of the current hour in the user's zone — the last whole hour
    // the clock showed, so "now" is always inside it (rounding the wall time down could land in a
    // daylight-saving gap and be read back after now).
    const start = hourStartInZone(tz, at);
    const end = start + days * 24 * 3_600_000;
    // Where the user is decides which hours a line has (one number can have other hours from abroad).
    const region = regionOf(userRegion({}, tz).overseas);
    const rows = chosen.map((channel) => {
      const contact = contactOnItsOwn(channel, at, region);
      return { ...contact, segments: segments(contact.hours, start, end) };
    });
    await emit(
      ctx,
      'hours',
      { serviceTimeZone: catalog.serviceTimeZone },
      () => hoursJson(rows, { from: start, to: end, days }, catalog, lang, tz),
      async () =>
        (await import('../../render/text/index.js')).renderHours(
          rows,
          start,
          days,
          ctx.paint,
          ctx.view(catalog.serviceTimeZone),
          ctx.columns,
        ),
    );
    return 0;
  },
});
