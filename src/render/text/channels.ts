import type { ChalkInstance } from 'chalk';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { table } from '../terminal/table.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { disputeLines } from './sources.js';
import { nextText, reachText, stateBadge, waitText } from './status.js';

/** One aligned row per channel (name, how to reach, state), and under it what changes next. */
export function renderChannels(channels: readonly ChannelAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView): string {
  const lang = view.lang;
  const m = messages(lang);
  const rows = channels.map(({ channel, status }) => [
    paint.bold(pick(channel.name, lang)),
    stateBadge(paint, status, lang),
    `${paint.dim(m.kinds[channel.kind] ?? channel.kind)}  ${paint.cyan(reachText(channel, lang))}`,
  ]);
  const aligned = table(rows);
  const lines = [paint.dim(m.evaluatedAt(formatWhen(view.now, view))), ''];
  channels.forEach(({ channel, status }, i) => {
    lines.push(aligned[i] ?? '');
    const wait = waitText(status, lang);
    lines.push(`    ${pick(channel.hours.text, lang)} · ${nextText(status, view)}${wait ? ` · ${wait}` : ''}`);
    for (const d of disputeLines(catalog, channel.disputes, lang, paint)) lines.push(`    ${paint.dim(d)}`);
  });
  return `${lines.join('\n')}\n`;
}
