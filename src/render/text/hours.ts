import type { ChalkInstance } from 'chalk';
import type { ContactAt } from '../../advise/channel-state.js';
import type { Segment } from '../../hours/index.js';
import { messages } from '../../i18n/messages.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { truncate } from '../terminal/table.js';
import { formatWhen, type TimeView } from '../time-format.js';
import { renderHoursInWords } from './hours-in-words.js';
import { legendLines, nowText, paintState } from './status.js';
import { gridFor, labelWidth, MAX_NAME_WIDTH, renderTimeline } from './timeline.js';

/** The timeline (when to call, at a glance), then each channel's state now and what changes next. */
export function renderHours(
  rows: readonly (ContactAt & { segments: readonly Segment[] })[],
  start: number,
  days: number,
  paint: ChalkInstance,
  view: TimeView,
  columns = 80,
): string {
  if (view.accessible === true) return renderHoursInWords(rows, view, columns);
  const lang = view.lang;
  const m = messages(lang);
  const grid = gridFor(columns);
  const names = rows.map((r) => pick(r.channel.name, lang));
  const width = labelWidth(names, view, columns, grid);
  const labels = names.map((name) => truncate(name, Math.min(width, MAX_NAME_WIDTH)));
  const lines = [...wrap(paint.dim(m.evaluatedAt(formatWhen(view.now, view, true))), columns), ''];
  lines.push(
    ...renderTimeline(
      rows.map((r, i) => ({ label: labels[i] ?? '', segments: r.segments })),
      start,
      days,
      paint,
      view,
      width,
      grid,
      columns,
    ),
  );
  lines.push('');
  // Below the strip there is room for the whole name.
  for (const [i, r] of rows.entries()) {
    lines.push(...wrap(paintState(paint, r.status.state, nowText(r, view)), columns, `${names[i] ?? ''} · `, '    '));
  }
  for (const line of legendLines(rows, view)) lines.push(...wrap(paint.dim(line), columns, '', '  '));
  return `${lines.join('\n')}\n`;
}
