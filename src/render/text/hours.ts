import type { ChalkInstance } from 'chalk';
import type { ChannelAt } from '../../advise/channel-state.js';
import type { Segment } from '../../hours/index.js';
import { messages } from '../../i18n/messages.js';
import { pick } from '../localize.js';
import { table, truncate } from '../terminal/table.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { nextText, stateBadge } from './status.js';
import { renderTimeline } from './timeline.js';

const LABEL_WIDTH = 26;

export function renderHours(
  rows: readonly (ChannelAt & { segments: readonly Segment[] })[],
  start: number,
  days: number,
  paint: ChalkInstance,
  view: TimeView,
): string {
  const lang = view.lang;
  const m = messages(lang);
  const labels = rows.map((r) => truncate(pick(r.channel.name, lang), LABEL_WIDTH));
  const lines = [paint.dim(m.evaluatedAt(formatWhen(view.now, view))), ''];
  lines.push(...renderTimeline(rows.map((r, i) => ({ label: labels[i] ?? '', segments: r.segments })), start, days, paint, view, LABEL_WIDTH));
  lines.push('');
  lines.push(
    ...table(rows.map((r, i) => [labels[i] ?? '', stateBadge(paint, r.status, lang), nextText(r.status, view)])),
  );
  return `${lines.join('\n')}\n`;
}
