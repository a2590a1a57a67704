// A day of service windows as a strip of cells in the user's zone: one character per half hour,
// a distinct glyph and colour per state (readable without colour), the current moment marked,
// and the Beijing hours under the local ones so a person sees at a glance when to call.
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { Lang, State } from '../../catalog/types.js';
import type { Segment } from '../../hours/index.js';
import type { WallTime } from '../../zone/zone-clock.js';
import { messages } from '../../i18n/messages.js';
import { displayWidth, padEnd, truncate } from '../terminal/table.js';
import { hhmm, monthName, sameCalendar, wallClock, weekdayName, type TimeView } from '../time-format.js';
import { isChinese } from '../../i18n/lang.js';

export const SLOT_MS = 30 * 60_000;
export const SLOTS_PER_ROW = 48; // 24 hours
const LABEL_EVERY = 6; // slots: a label every 3 hours
const GAP = '  ';

/** How a day is drawn: half-hour cells (48) where they fit, else hour cells (24) labelled every 6 h. */
export interface Grid {
  slotMs: number;
  slots: number;
  labelEvery: number;
}
export const HALF_HOURS: Grid = { slotMs: SLOT_MS, slots: SLOTS_PER_ROW, labelEvery: LABEL_EVERY };
export const HOURS: Grid = { slotMs: 2 * SLOT_MS, slots: 24, labelEvery: 6 };
/** Narrowest label column worth keeping half-hour cells for. */
const MIN_LABEL = 12;

/** The grid for a terminal `columns` wide. */
export function gridFor(columns: number): Grid {
  return columns >= MIN_LABEL + GAP.length + SLOTS_PER_ROW ? HALF_HOURS : HOURS;
}
/** The widest a row may be: label, gap and 48 cells fit a 120-column terminal with room to spare. */
export const MAX_ROW_WIDTH = 120;
/** Channel names are cut to this many columns (the built-in names fit). */
export const MAX_NAME_WIDTH = 34;

export type Cell = State | 'peak';

export const GLYPH: Record<Cell, string> = { open: '█', peak: '▓', automated: '▒', closed: '·', unknown: '?' };

/** The cell of each slot: the state at the slot's middle (so a change inside a slot rounds to the nearer side). */
export function slotCells(segments: readonly Segment[], start: number, slots: number, slotMs = SLOT_MS): Cell[] {
  const cells: Cell[] = [];
  let i = 0;
  for (let s = 0; s < slots; s++) {
    const mid = start + s * slotMs + slotMs / 2;
    while (i < segments.length - 1 && (segments[i]?.end ?? 0) <= mid) i++;
    const seg = segments[i];
    cells.push(!seg || mid < seg.start || mid >= seg.end ? 'closed' : seg.peak ? 'peak' : seg.state);
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
export function ruler(start: number, slots: number, zone: string, grid: Grid = HALF_HOURS): string {
  let line = '';
  for (let s = 0; s < slots; s += grid.labelEvery) {
    const t = wallClock(start + s * grid.slotMs, zone);
    const label = t.minute === 0 ? hhmm(t).slice(0, 2) : hhmm(t);
    line += padEnd(label, grid.labelEvery);
  }
  return line.trimEnd();
}

/** The slot (0-based column after the label) holding `now`, or null when `now` is outside the block. */
export function markerSlot(now: number, blockStart: number, slots = SLOTS_PER_ROW, slotMs = SLOT_MS): number | null {
  const slot = Math.floor((now - blockStart) / slotMs);
  return slot >= 0 && slot < slots ? slot : null;
}

/** The glyphs and their meaning, wrapped to `columns`. */
export function legend(paint: ChalkInstance, lang: Lang, columns = 120): string {
  const m = messages(lang);
  const items = (['open', 'peak', 'automated', 'closed', 'unknown'] as const).map(
    (cell) => `${paintCell(paint, cell, GLYPH[cell].repeat(2))} ${cell === 'peak' ? m.peak : m.state[cell]}`,
  );
  const lines: string[] = [];
  for (const item of items) {
    const last = lines[lines.length - 1];
    if (last !== undefined && stringWidth(last) + 3 + stringWidth(item) <= columns) lines[lines.length - 1] = `${last}   ${item}`;
    else lines.push(item);
  }
  return lines.join('\n');
}

/** The labels of the two rulers: the user's zone, then the service zone (Beijing). */
export function rulerLabels(view: TimeView): { local: string; service: string } {
  return {
    local: messages(view.lang).timeline.yourTime(view.userZone),
    service: messages(view.lang).serviceZoneLabel(view.serviceZone),
  };
}

/**
 * How wide the label column is: as wide as the widest channel name (names cut at
 * MAX_NAME_WIDTH) and the ruler labels, never so wide that a row passes MAX_ROW_WIDTH.
 */
export function labelWidth(names: readonly string[], view: TimeView, columns = MAX_ROW_WIDTH, grid: Grid = HALF_HOURS): number {
  const { local, service } = rulerLabels(view);
  const widest = Math.max(0, ...names.map((n) => Math.min(MAX_NAME_WIDTH, displayWidth(n))));
  const room = Math.max(4, Math.min(MAX_ROW_WIDTH, columns) - GAP.length - grid.slots);
  return Math.min(room, Math.max(widest, stringWidth(local), stringWidth(service)));
}

/** "Saturday 28 November", or "Saturday 28 – Sunday 29 November" when the block crosses midnight. */
export function dayHeader(blockStart: number, blockEnd: number, view: TimeView): string {
  const first = wallClock(blockStart, view.userZone);
  const last = wallClock(blockEnd - 1, view.userZone);
  if (isChinese(view.lang)) {
    const day = (d: WallTime) => `${d.month}月${d.day}日 ${weekdayName(d, 'zh', true)}`;
    return sameCalendar(first, last, 'day') ? day(first) : `${day(first)} – ${day(last)}`;
  }
  const day = (d: WallTime) => `${weekdayName(d, 'en', true)} ${d.day}`;
  const month = (d: WallTime) => `${day(d)} ${monthName(d, 'en', true)}`;
  if (sameCalendar(first, last, 'day')) return month(first);
  if (sameCalendar(first, last, 'month')) return `${day(first)} – ${month(last)}`;
  if (sameCalendar(first, last, 'year')) return `${month(first)} – ${month(last)}`;
  return `${month(first)} ${first.year} – ${month(last)} ${last.year}`;
}

export interface TimelineRow {
  label: string;
  segments: readonly Segment[];
}

/**
 * One block per 24 hours from `start`: the dates it covers, the local ruler, the Beijing ruler,
 * a row per channel, and a marker under the slot holding `view.now` when it falls inside the block.
 */
export function renderTimeline(
  rows: readonly TimelineRow[],
  start: number,
  days: number,
  paint: ChalkInstance,
  view: TimeView,
  width: number,
  grid: Grid = HALF_HOURS,
  columns = MAX_ROW_WIDTH,
): string[] {
  const lines: string[] = [];
  const { slotMs, slots } = grid;
  const labels = rulerLabels(view);
  const localLabel = padEnd(truncate(labels.local, width), width);
  const serviceLabel = padEnd(truncate(labels.service, width), width);
  for (let d = 0; d < days; d++) {
    const blockStart = start + d * slots * slotMs;
    const blockEnd = blockStart + slots * slotMs;
    lines.push(paint.bold(dayHeader(blockStart, blockEnd, view)));
    lines.push(`${paint.dim(localLabel)}${GAP}${ruler(blockStart, slots, view.userZone, grid)}`);
    lines.push(`${paint.dim(serviceLabel)}${GAP}${paint.dim(ruler(blockStart, slots, view.serviceZone, grid))}`);
    for (const row of rows) {
      lines.push(`${padEnd(truncate(row.label, width), width)}${GAP}${strip(paint, slotCells(row.segments, blockStart, slots, slotMs))}`);
    }
    const slot = markerSlot(view.now, blockStart, slots, slotMs);
    if (slot !== null) {
      lines.push(`${' '.repeat(width)}${GAP}${' '.repeat(slot)}${paint.cyan(messages(view.lang).timeline.now)}`);
    }
    lines.push('');
  }
  lines.push(...legend(paint, view.lang, columns).split('\n'));
  return lines;
}
