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
export function renderChannels(channels: readonly ChannelAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView, links = false): string {
  const lang = view.lang;
  const m = messages(lang);
  const rows = channels.map(({ channel, status }) => [
    paint.bold(pick(channel.name, lang)),
    stateBadge(paint, status, lang),
    `${paint.dim(m.kinds[channel.kind] ?? channel.kind)}  ${paint.cyan(reachText(channel, lang, links))}`,
  ]);
  const aligned = table(rows);
  const lines = [paint.dim(m.evaluatedAt(formatWhen(view.now, view))), ''];
  channels.forEach(({ channel, status }, i) => {
    lines.push(aligned[i] ?? '');
    const wait = waitText(status, lang);
    lines.push(`    ${pick(channel.hours.text, lang)} · ${nextText(status, view)}${wait ? ` · ${wait}` : ''}`);
    // What it is good for (the seed's response / scope / strengths), dimmed under the answer.
    const about = [
      ...(channel.response ? [`${m.rec.label(m.rec.expect)}${pick(channel.response, lang)}`] : []),
      ...(channel.scope || channel.strengths.length > 0
        ? [`${m.rec.label(m.rec.goodAt)}${[...(channel.scope ? [pick(channel.scope, lang)] : []), ...channel.strengths.map((s) => pick(s, lang))].join(' · ')}`]
        : []),
    ];
    if (about.length > 0) lines.push(paint.dim(`    ${about.join(' | ')}`));
    for (const d of disputeLines(catalog, channel.disputes, lang, paint)) lines.push(`    ${paint.dim(d)}`);
  });
  return `${lines.join('\n')}\n`;
}
