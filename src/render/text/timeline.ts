// A day of service windows as a strip of cells in the user's zone: one character per half hour,
// a distinct glyph and colour per state (readable without colour), the current moment marked,
// and the Beijing hours under the local ones so a person sees at a glance when to call.
import type { ChalkInstance } from 'chalk';
import { DateTime } from 'luxon';
import type { Lang, State } from '../../catalog/types.js';
import type { Segment } from '../../hours/index.js';
import { messages } from '../../i18n/messages.js';
import { padEnd } from '../terminal/table.js';
import type { TimeView } from '../time-format.js';

export const SLOT_MS = 30 * 60_000;
export const SLOTS_PER_ROW = 48; // 24 hours
const LABEL_EVERY = 6; // slots: a label every 3 hours

export type Cell = State | 'peak';

export const GLYPH: Record<Cell, string> = { open: '█', peak: '▓', automated: '▒', closed: '·' };

/** The cell of each slot: the state at the slot's middle (so a change inside a slot rounds to the nearer side). */
export function slotCells(segments: readonly Segment[], start: number, slots: number): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  for (let s = 0; s < slots; s++) {
    const mid = start + s * SLOT_MS + SLOT_MS / 2;
    while (i < segments.length - 1 && (segments[i]?.end ?? 0) <= mid) i++;
    const seg = segments[i];
    cells.push(!seg ? 'closed' : seg.peak ? 'peak' : seg.state);
  }
  return cells;
}

function paintCell(paint: ChalkInstance, cell: Cell, text: string): string {
  if (cell === 'open') return paint.green(text);
  if (cell === 'peak') return paint.magenta(text);
  if (cell === 'automated') return paint.yellow(text);
  return paint.dim(text);
}

export function strip(paint: ChalkInstance, cells: readonly Cell[]): string {
  let out = '';
  let run = '';
  let current: Cell | null = null;
  for (const cell of cells) {
    if (cell !== current && current !== null) {
      out += paintCell(paint, current, run);
      run = '';
    }
    current = cell;
    run += GLYPH[cell];
  }
  return current === null ? out : out + paintCell(paint, current, run);
}

/** Hour labels placed every 3 hours along a row starting at `start`, read in `zone`. */
export function ruler(start: number, slots: number, zone: string): string {
  let line = '';
  for (let s = 0; s < slots; s += LABEL_EVERY) {
    const t = DateTime.fromMillis(start + s * SLOT_MS, { zone });
    const label = t.minute === 0 ? t.toFormat('HH') : t.toFormat('HH:mm');
    line += padEnd(label, LABEL_EVERY);
  }
  return line.trimEnd();
}

export function legend(paint: ChalkInstance, lang: Lang): string {
  const m = messages(lang);
  return (['open', 'peak', 'automated', 'closed'] as const)
    .map((cell) => `${paintCell(paint, cell, GLYPH[cell].repeat(2))} ${cell === 'peak' ? m.peak : m.state[cell]}`)
    .join('   ');
}

export interface TimelineRow {
  label: string;
  segments: readonly Segment[];
}

/**
 * One block per 24 hours from `start`: the local ruler, the Beijing ruler, a row per channel, and
 * a marker under the slot holding `view.now` when it falls inside the block.
 */
export function renderTimeline(rows: readonly TimelineRow[], start: number, days: number, paint: ChalkInstance, view: TimeView, labelWidth: number): string[] {
  const m = messages(view.lang);
  const lines: string[] = [];
  const localLabel = padEnd(view.lang === 'zh' ? `当地 ${view.userZone}` : `your time ${view.userZone}`, labelWidth);
  const serviceLabel = padEnd(m.serviceZoneLabel(view.serviceZone), labelWidth);
  for (let d = 0; d < days; d++) {
    const blockStart = start + d * SLOTS_PER_ROW * SLOT_MS;
    const day = DateTime.fromMillis(blockStart, { zone: view.userZone }).setLocale(view.lang === 'zh' ? 'zh-CN' : 'en-GB');
    lines.push(paint.bold(view.lang === 'zh' ? day.toFormat('M月d日 cccc') : day.toFormat('cccc d LLLL')));
    lines.push(`${paint.dim(localLabel)}  ${ruler(blockStart, SLOTS_PER_ROW, view.userZone)}`);
    lines.push(`${paint.dim(serviceLabel)}  ${paint.dim(ruler(blockStart, SLOTS_PER_ROW, view.serviceZone))}`);
    for (const row of rows) {
      lines.push(`${padEnd(row.label, labelWidth)}  ${strip(paint, slotCells(row.segments, blockStart, SLOTS_PER_ROW))}`);
    }
    const nowSlot = Math.floor((view.now - blockStart) / SLOT_MS);
    if (nowSlot >= 0 && nowSlot < SLOTS_PER_ROW) {
      lines.push(`${' '.repeat(labelWidth)}  ${' '.repeat(nowSlot)}${paint.cyan(view.lang === 'zh' ? '▲ 现在' : '▲ now')}`);
    }
    lines.push('');
  }
  lines.push(legend(paint, view.lang));
  return lines;
}
