import type { ChalkInstance } from 'chalk';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { Segment } from '../../hours/index.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { table, truncate } from '../terminal/table.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { nextText, stateBadge } from './status.js';
import { labelWidth, MAX_NAME_WIDTH, renderTimeline } from './timeline.js';

/** The timeline (when to call, at a glance), then each channel's state now and what changes next. */
export function renderHours(
  rows: readonly (ChannelAt & { segments: readonly Segment[] })[],
  start: number,
  days: number,
  paint: ChalkInstance,
  view: TimeView,
): string {
  const lang = view.lang;
  const m = messages(lang);
  const names = rows.map((r) => pick(r.channel.name, lang));
  const width = labelWidth(names, view);
  const labels = names.map((name) => truncate(name, Math.min(width, MAX_NAME_WIDTH)));
  const lines = [paint.dim(m.evaluatedAt(formatWhen(view.now, view))), ''];
  lines.push(...renderTimeline(rows.map((r, i) => ({ label: labels[i] ?? '', segments: r.segments })), start, days, paint, view, width));
  lines.push('');
  // Below the strip there is room for the whole name.
  lines.push(
    ...table(
      rows.map((r, i) => [
        names[i] ?? '',
        stateBadge(paint, r.status, lang),
        r.status.nextChange === null ? pick(r.channel.hours.text, lang) : nextText(r.status, view),
      ]),
    ),
  );
  return `${lines.join('\n')}\n`;
}
