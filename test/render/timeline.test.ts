// The hours timeline, piece by piece: which cell a slot gets, where the hour labels and the
// "now" marker land (half-hour and 45-minute zones, a DST change), how wide the label column is
// and which dates a block names.
import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/index.js';
import { segments, type Segment } from '../../src/hours/index.js';
import { pick } from '../../src/render/localize.js';
import {
  dayHeader,
  GLYPH,
  labelWidth,
  legend,
  markerSlot,
  MAX_NAME_WIDTH,
  renderTimeline,
  ruler,
  slotCells,
  SLOT_MS,
  SLOTS_PER_ROW,
  strip,
} from '../../src/render/text/timeline.js';
import type { TimeView } from '../../src/render/time-format.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
const H = 3_600_000;
const T0 = Date.parse('2026-11-28T12:00:00Z'); // 20:00 Beijing

const seg = (startH: number, endH: number, state: Segment['state'], peak = false): Segment => ({
  start: T0 + startH * H,
  end: T0 + endH * H,
  state,
  peak,
  peakWaitMinutes: peak ? 12 : null,
});

const view = (userZone: string, now: number, lang: 'en' | 'zh' = 'en'): TimeView => ({ lang, userZone, serviceZone: 'Asia/Shanghai', now });

const catalog = (() => {
  const { catalog } = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml');
  if (!catalog) throw new Error('the built-in catalog does not parse');
  return catalog;
})();
const channel = (id: string) => {
  const c = catalog.channels.find((ch) => ch.id === id);
  if (!c) throw new Error(`no channel ${id}`);
  return c;
};

describe('slotCells', () => {
  it('gives each half hour the state at its middle, peak over open', () => {
    const cells = slotCells([seg(0, 1, 'open', true), seg(1, 2, 'open'), seg(2, 3, 'automated'), seg(3, 24, 'closed')], T0, 8);
    expect(cells).toEqual(['peak', 'peak', 'open', 'open', 'automated', 'automated', 'closed', 'closed']);
  });

  it('rounds a change inside a slot to the nearer side, and one exactly at the middle to the later state', () => {
    // open until 00:40 → slot 1 (00:30–01:00, middle 00:45) is already automated; until 00:50 it is still open.
    expect(slotCells([seg(0, 40 / 60, 'open'), seg(40 / 60, 24, 'automated')], T0, 3)).toEqual(['open', 'automated', 'automated']);
    expect(slotCells([seg(0, 50 / 60, 'open'), seg(50 / 60, 24, 'automated')], T0, 3)).toEqual(['open', 'open', 'automated']);
    expect(slotCells([seg(0, 0.75, 'open'), seg(0.75, 24, 'automated')], T0, 2)).toEqual(['open', 'automated']);
  });

  it('is closed where no segment covers the slot (none at all, a gap, or past the last one)', () => {
    expect(slotCells([], T0, 3)).toEqual(['closed', 'closed', 'closed']);
    expect(slotCells([seg(0, 0.5, 'open'), seg(1, 1.5, 'open')], T0, 3)).toEqual(['open', 'closed', 'open']);
    expect(slotCells([seg(0, 1, 'automated')], T0, 4)).toEqual(['automated', 'automated', 'closed', 'closed']);
  });

  it('draws the in-app help day from the catalog: peak 19–21, open to 22, automated to 09 (Beijing)', () => {
    const start = Date.parse('2026-11-28T19:00:00+08:00');
    const cells = slotCells(segments(channel('app-help').hours, start, start + 24 * H), start, SLOTS_PER_ROW);
    expect(cells.slice(0, 4)).toEqual(['peak', 'peak', 'peak', 'peak']); // 19:00–21:00
    expect(cells.slice(4, 6)).toEqual(['open', 'open']); // 21:00–22:00
    expect(cells.slice(6, 28).every((c) => c === 'automated')).toBe(true); // 22:00–09:00
    expect(cells.slice(28).every((c) => c === 'open')).toBe(true); // 09:00–19:00
  });
});

describe('strip and legend', () => {
  it('without colour: one distinct glyph per state', () => {
    expect(new Set(Object.values(GLYPH)).size).toBe(5);
    expect(strip(plain, ['open', 'peak', 'automated', 'closed', 'closed'])).toBe('█▓▒··');
    expect(legend(plain, 'en')).toBe('██ people answer   ▓▓ peak   ▒▒ self-service only   ·· closed   ?? hours unknown');
  });

  it('with colour: green open, magenta peak, yellow automated, dim closed, one run per colour', () => {
    const out = strip(colour, ['open', 'open', 'peak', 'automated', 'closed']);
    expect(out).toBe('\u001b[32m██\u001b[39m\u001b[35m▓\u001b[39m\u001b[33m▒\u001b[39m\u001b[2m·\u001b[22m');
  });
});

describe('ruler', () => {
  it('labels every third hour, each label starting at its slot (6 columns apart)', () => {
    const line = ruler(T0, SLOTS_PER_ROW, 'UTC');
    expect(line).toBe('12    15    18    21    00    03    06    09');
    expect(ruler(T0, SLOTS_PER_ROW, 'Asia/Shanghai')).toBe('20    23    02    05    08    11    14    17');
  });

  it('shows minutes when the zone is off the hour (Kathmandu +05:45, Adelaide +10:30)', () => {
    expect(ruler(T0, SLOTS_PER_ROW, 'Asia/Kathmandu')).toBe('17:45 20:45 23:45 02:45 05:45 08:45 11:45 14:45');
    expect(ruler(T0, 12, 'Australia/Adelaide')).toBe('22:30 01:30');
  });

  it('reads real instants across a DST change (Los Angeles falls back on 1 Nov 2026)', () => {
    const start = Date.parse('2026-11-01T00:00:00-07:00');
    expect(ruler(start, SLOTS_PER_ROW, 'America/Los_Angeles')).toBe('00    02    05    08    11    14    17    20');
  });
});

describe('markerSlot', () => {
  it('is the half hour holding now, null outside the block', () => {
    expect(markerSlot(T0, T0)).toBe(0);
    expect(markerSlot(T0 + SLOT_MS - 1, T0)).toBe(0);
    expect(markerSlot(T0 + SLOT_MS, T0)).toBe(1);
    expect(markerSlot(T0 + 24 * H - 1, T0)).toBe(47);
    expect(markerSlot(T0 + 24 * H, T0)).toBeNull();
    expect(markerSlot(T0 - 1, T0)).toBeNull();
  });

  it.each([
    // --at (Beijing)          zone                 the local hour the block starts at, slot
    ['2026-11-28T20:00+08:00', 'Asia/Kathmandu', '2026-11-28T17:00+05:45', 1], // 17:45 local
    ['2026-11-28T20:15+08:00', 'Asia/Kathmandu', '2026-11-28T18:00+05:45', 0], // 18:00 local
    ['2026-11-28T20:10+08:00', 'Asia/Kolkata', '2026-11-28T17:00+05:30', 1], // 17:40 local
    ['2026-11-28T20:00+08:00', 'Australia/Adelaide', '2026-11-28T22:00+10:30', 1], // 22:30 local
    ['2026-11-28T23:30+08:00', 'Pacific/Kiritimati', '2026-11-29T05:00+14:00', 1], // 05:30 local
  ])('at %s in %s the block starts %s and now is slot %i', (at, zone, blockStart, slot) => {
    // The block starts at the top of the local hour, as `wxhelp hours` starts it.
    expect(DateTime.fromMillis(Date.parse(at), { zone }).startOf('hour').toMillis()).toBe(Date.parse(blockStart));
    expect(markerSlot(Date.parse(at), Date.parse(blockStart))).toBe(slot);
  });

  it('the rendered marker sits under that slot, after the label column', () => {
    const now = Date.parse('2026-11-28T20:00+08:00'); // 17:45 in Kathmandu
    const start = Date.parse('2026-11-28T17:00+05:45');
    const v = view('Asia/Kathmandu', now);
    const rows = [{ label: 'In-app help', segments: segments(channel('app-help').hours, start, start + 24 * H) }];
    const width = labelWidth(['In-app help'], v);
    const lines = renderTimeline(rows, start, 1, plain, v, width);
    const marker = lines.find((l) => l.includes('▲'));
    expect(marker?.indexOf('▲')).toBe(width + 2 + 1);
    // The cell above the marker is the state at 17:45 Kathmandu = 20:00 Beijing: peak.
    const row = lines.find((l) => l.startsWith('In-app help')) ?? '';
    expect([...row.slice(width + 2)][1]).toBe(GLYPH.peak);
  });
});

describe('label column', () => {
  const names = catalog.channels.map((c) => pick(c.name, 'en'));

  it('is as wide as the widest name, cut at MAX_NAME_WIDTH (34), and at least the ruler labels', () => {
    expect(MAX_NAME_WIDTH).toBe(34);
    expect(labelWidth(names, view('UTC', T0))).toBe(34);
    expect(labelWidth(['Tenpay payment line'], view('UTC', T0))).toBe('Tenpay payment line'.length);
    expect(labelWidth(['x'], view('Pacific/Kiritimati', T0))).toBe('your time Pacific/Kiritimati'.length);
    expect(labelWidth(['x'], view('Asia/Tokyo', T0, 'zh'))).toBe(stringWidth('当地 Asia/Tokyo'));
  });

  it.each([
    ['en', 'America/Argentina/ComodRivadavia'],
    ['en', 'Asia/Kathmandu'],
    ['zh', 'Pacific/Kiritimati'],
  ] as const)('every timeline line fits 120 columns (%s, %s), the rows line up', (lang, zone) => {
    const v = view(zone, T0, lang);
    const list = catalog.channels.map((c) => pick(c.name, lang));
    const width = labelWidth(list, v);
    const rows = catalog.channels.map((c, i) => ({ label: list[i] ?? '', segments: segments(c.hours, T0, T0 + 48 * H) }));
    const lines = renderTimeline(rows, T0, 2, plain, v, width);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(120);
    const strips = lines.filter((l) => /[█▓▒·?]{48}$/.test(l));
    expect(strips).toHaveLength(rows.length * 2);
    for (const line of strips) expect(stringWidth(line)).toBe(width + 2 + 48);
  });
});

describe('dayHeader', () => {
  it('names one date when the block stays within a day', () => {
    const start = Date.parse('2026-11-28T00:00:00Z');
    expect(dayHeader(start, start + 24 * H, view('UTC', start))).toBe('Saturday 28 November');
    expect(dayHeader(start, start + 24 * H, view('UTC', start, 'zh'))).toBe('11月28日 星期六');
  });

  it('names the range when the block crosses midnight, across months and years too', () => {
    expect(dayHeader(T0, T0 + 24 * H, view('UTC', T0))).toBe('Saturday 28 – Sunday 29 November');
    expect(dayHeader(T0, T0 + 24 * H, view('UTC', T0, 'zh'))).toBe('11月28日 星期六 – 11月29日 星期日');
    const nov30 = Date.parse('2026-11-30T12:00:00Z');
    expect(dayHeader(nov30, nov30 + 24 * H, view('UTC', nov30))).toBe('Monday 30 November – Tuesday 1 December');
    const dec31 = Date.parse('2026-12-31T12:00:00Z');
    expect(dayHeader(dec31, dec31 + 24 * H, view('UTC', dec31))).toBe('Thursday 31 December 2026 – Friday 1 January 2027');
  });

  it('reads the dates in the user zone: 24 h from midnight on a 25-hour DST day stay on one date', () => {
    const start = Date.parse('2026-11-01T00:00:00-07:00');
    expect(dayHeader(start, start + 24 * H, view('America/Los_Angeles', start))).toBe('Sunday 1 November');
  });
});

describe('renderTimeline', () => {
  it('shows the date, the local ruler, the Beijing ruler under it, a row per channel, the marker and the legend', () => {
    const v = view('Europe/Berlin', T0);
    // The hotline as called from abroad: its hours for callers outside mainland China.
    const hoursOf = (id: string) => (id === 'hotline' ? channel(id).hours.abroad! : channel(id).hours);
    const rows = ['app-help', 'hotline'].map((id) => ({
      label: pick(channel(id).name, 'en'),
      segments: segments(hoursOf(id), Date.parse('2026-11-28T13:00+01:00'), Date.parse('2026-11-29T13:00+01:00')),
    }));
    const start = Date.parse('2026-11-28T13:00+01:00');
    const width = labelWidth(
      rows.map((r) => r.label),
      v,
    );
    const lines = renderTimeline(rows, start, 1, plain, v, width);
    expect(lines[0]).toBe('Saturday 28 – Sunday 29 November');
    expect(lines[1]).toBe(`${'your time Europe/Berlin'.padEnd(width)}  13    16    19    22    01    04    07    10`);
    expect(lines[2]).toBe(`${'Beijing'.padEnd(width)}  20    23    02    05    08    11    14    17`);
    expect(lines[3]).toBe(`${'In-app help (Help & Feedback)'.padEnd(width)}  ${'▓▓██'}${'▒'.repeat(22)}${'█'.repeat(20)}▓▓`);
    expect(lines[4]).toBe(`${'WeChat support hotline'.padEnd(width)}  ${'████'}${'·'.repeat(22)}${'█'.repeat(22)}`);
    expect(lines[5]).toBe(`${' '.repeat(width)}  ▲ now`);
    expect(lines.at(-1)).toBe(legend(plain, 'en'));
  });

  it('marks now only in the block that holds it', () => {
    const v = view('UTC', T0 + 30 * H);
    const lines = renderTimeline([{ label: 'x', segments: [] }], T0, 2, plain, v, 20);
    const markers = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('▲'));
    expect(markers).toHaveLength(1);
    expect(markers[0]?.[1]).toBeGreaterThan(lines.indexOf('Sunday 29 – Monday 30 November'));
    expect(markers[0]?.[0].indexOf('▲')).toBe(20 + 2 + 12); // 30 h after T0 = 6 h into block 2
  });
});
