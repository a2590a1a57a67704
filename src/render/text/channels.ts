import type { ChalkInstance } from 'chalk';
import type { ContactAt } from '../../advise/channel-state.js';
import type { UserRegion } from '../../advise/region.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { formatWhen, type TimeView } from '../time-format.js';
import type { TextOptions } from './recommend.js';
import { factLines } from '../sources.js';
import { contactReach, legendLines, nowText, paintState } from './status.js';

/** Each channel: its name and how to reach it (from where the user is), then whether it can help now; more with --verbose. */
export function renderChannels(
  channels: readonly ContactAt[],
  catalog: Catalog,
  paint: ChalkInstance,
  view: TimeView,
  options: TextOptions = {},
  region?: UserRegion,
): string {
  const lang = view.lang;
  const m = messages(lang);
  const width = options.columns ?? 80;
  const lines = [...wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), width), ''];
  for (const entry of channels) {
    const { channel, status } = entry;
    lines.push(
      ...wrap(
        `${paint.bold(pick(channel.name, lang))} ${paint.dim(`(${m.kinds[channel.kind] ?? channel.kind})`)} ${paint.cyan(contactReach(entry, lang, options.links === true))}`,
        width,
        '',
        '    ',
      ),
    );
    lines.push(...wrap(paintState(paint, status.state, nowText(entry, view)), width, '    '));
    if (!options.verbose) continue;
    if (channel.response) lines.push(...wrap(pick(channel.response, lang), width, `    ${m.rec.label(m.rec.expect)}`));
    const goodAt = [...(channel.scope ? [pick(channel.scope, lang)] : []), ...channel.strengths.map((s) => pick(s, lang))];
    if (goodAt.length > 0) lines.push(...wrap(paint.dim(goodAt.join(' · ')), width, `    ${m.rec.label(m.rec.goodAt)}`));
    // Per contact: its hours where the user is and elsewhere, then what confirms and disputes it.
    lines.push(...factLines(catalog, entry, lang, paint, width, '    '));
  }
  // The unconfirmed mark, explained once.
  for (const line of legendLines(channels, view)) lines.push(...wrap(paint.dim(line), width, '', '  '));
  if (region) lines.push('', ...wrap(paint.dim(m.answer.where(region)), width));
  return `${lines.join('\n')}\n`;
}
