import type { ChalkInstance } from 'chalk';
import type { ContactAt } from '../../advise/channel-state.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { formatWhen, type TimeView } from '../time-format.js';
import type { TextOptions } from './recommend.js';
import { disputeLines, sourceText } from '../sources.js';
import { nowText, paintState, reachText } from './status.js';
import { isChinese } from '../../i18n/lang.js';

/** Each channel: its name and how to reach it, then whether it can help now; more with --verbose. */
export function renderChannels(channels: readonly ContactAt[], catalog: Catalog, paint: ChalkInstance, view: TimeView, options: TextOptions = {}): string {
  const lang = view.lang;
  const m = messages(lang);
  const width = options.columns ?? 80;
  const sep = isChinese(lang) ? '：' : ': ';
  const lines = [...wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), width), ''];
  for (const entry of channels) {
    const { channel, status } = entry;
    lines.push(...wrap(`${paint.bold(pick(channel.name, lang))} ${paint.dim(`(${m.kinds[channel.kind] ?? channel.kind})`)} ${paint.cyan(reachText(channel, lang, options.links === true))}`, width, '', '    '));
    lines.push(...wrap(paintState(paint, status.state, nowText(entry, view)), width, '    '));
    if (!options.verbose) continue;
    lines.push(...wrap(pick(channel.hours.text, lang), width, `    ${m.hoursLabel}${sep}`));
    if (channel.response) lines.push(...wrap(pick(channel.response, lang), width, `    ${m.rec.label(m.rec.expect)}`));
    const goodAt = [...(channel.scope ? [pick(channel.scope, lang)] : []), ...channel.strengths.map((s) => pick(s, lang))];
    if (goodAt.length > 0) lines.push(...wrap(paint.dim(goodAt.join(' · ')), width, `    ${m.rec.label(m.rec.goodAt)}`));
    for (const d of disputeLines(catalog, channel.disputes, lang, paint)) lines.push(...wrap(d, width, '    ', '      '));
    lines.push(...wrap(paint.dim(`${m.sourceLabel}${sep}${sourceText(catalog, channel, lang)}`), width, '    ', '      '));
  }
  return `${lines.join('\n')}\n`;
}
