// Accessible `hours`: no strip of glyphs, each channel's state now and its coming windows as
// sentences in both zones ("people answer from 09:00 to 22:00 Beijing time, 17:00 to 06:00 yours").
import type { ContactAt } from '../../advise/channel-state.js';
import type { Segment } from '../../hours/index.js';
import { messages } from '../../i18n/messages.js';
import { wrap } from '../layout/wrap.js';
import { pick } from '../localize.js';
import { formatClock, formatWhen, sameOffset, type TimeView } from '../time-format.js';
import { nowText, openWord } from './status.js';

/** Neighbouring segments of one state as one window (a peak inside opening hours is still open). */
function windows(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.state === s.state && last.end === s.start) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

export function renderHoursInWords(
  rows: readonly (ContactAt & { segments: readonly Segment[] })[],
  view: TimeView,
  columns: number,
): string {
  const m = messages(view.lang);
  const lines = [...wrap(m.evaluatedAt(formatWhen(view.now, view, true)), columns), ''];
  const label = m.serviceZoneLabel(view.serviceZone);
  // A window's ends in one zone: the start dated when it is not today, the end when it is not the start's day.
  const span = (w: Segment, zone: string) =>
    [formatClock(w.start, zone, view.lang, view.now), formatClock(w.end, zone, view.lang, w.start)] as const;
  for (const row of rows) {
    lines.push(...wrap(m.sentence(pick(row.channel.name, view.lang), nowText(row, view)), columns, '', '  '));
    // The windows after the current one (closed time is the gap between them), but not one the
    // end of the range cuts short: its end would be the range's, not the channel's.
    const all = windows(row.segments);
    const rangeEnd = all[all.length - 1]?.end;
    for (const w of all.filter((s) => s.start > view.now && s.state !== 'closed' && s.end !== rangeEnd)) {
      const word = w.state === 'open' ? openWord(row.channel, view.lang) : m.state[w.state];
      const local =
        sameOffset(w.start, view.serviceZone, view.userZone) && sameOffset(w.end, view.serviceZone, view.userZone)
          ? null
          : span(w, view.userZone);
      const [from, to] = span(w, view.serviceZone);
      lines.push(...wrap(m.afterwards(m.window(word, from, to, label, local)), columns, '  ', '  '));
    }
  }
  return `${lines.join('\n')}\n`;
}
