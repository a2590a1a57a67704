import { DateTime } from 'luxon';
import { channelAt } from '../../advise/channel-state.js';
import { segments } from '../../hours/index.js';
import { channelJson } from '../../render/json/channel.js';
import { envelope } from '../../render/json/envelope.js';
import { renderHours } from '../../render/text/hours.js';
import { isoInZone } from '../../render/time-format.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { loadCatalogFor } from '../load-catalog.js';
import { parseCount } from './numbers.js';

export const MAX_DAYS = 14;

export async function run(ctx: Context, opts: { days?: string }, args: unknown[]): Promise<number> {
  const days = parseCount('--days', opts.days, 1, MAX_DAYS, 1);
  const { catalog } = loadCatalogFor(ctx);
  const id = typeof args[0] === 'string' ? args[0] : undefined;
  const chosen = id === undefined ? catalog.channels : catalog.channels.filter((c) => c.id === id);
  if (chosen.length === 0) {
    const ids = catalog.channels.map((c) => c.id);
    throw usageError('UNKNOWN_CHANNEL', `hours: unknown channel "${id}"; valid: ${ids.join(', ')}`, `e.g. wxhelp hours ${ids[0] ?? ''}`);
  }
  const { at, tz, lang } = ctx.options;
  // The timeline starts at the top of the current hour in the user's zone.
  const start = DateTime.fromMillis(at, { zone: tz }).startOf('hour').toMillis();
  const end = start + days * 24 * 3_600_000;
  const rows = chosen.map((channel) => ({ ...channelAt(channel, at), segments: segments(channel.hours, start, end) }));
  if (ctx.options.json) {
    ctx.io.stdout.write(
      envelope('hours', { at, timeZone: tz, serviceTimeZone: catalog.serviceTimeZone }, {
        from: isoInZone(start, tz),
        to: isoInZone(end, tz),
        days,
        channels: rows.map((row) => ({
          ...channelJson(catalog, row, lang, tz),
          windows: row.segments.map((s) => ({
            start: isoInZone(s.start, tz),
            end: isoInZone(s.end, tz),
            state: s.state,
            peak: s.peak,
          })),
        })),
      }),
    );
  } else {
    ctx.io.stdout.write(renderHours(rows, start, days, ctx.paint, ctx.view(catalog.serviceTimeZone)));
  }
  return 0;
}
