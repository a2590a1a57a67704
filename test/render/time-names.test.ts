// Times are shown with day and month names from the message table (no ICU locale data is loaded
// for them): what people see is what ICU's en-GB and zh-CN formats said, on every day of the year,
// in zones either side of the date line.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayHeader } from '../../src/render/text/timeline.js';
import { formatClock, type TimeView } from '../../src/render/time-format.js';

const H = 3_600_000;
const zones = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const start = Date.UTC(2026, 0, 1, 5, 7);
const instants = Array.from({ length: 366 }, (_, day) => start + day * 24 * H + (day % 24) * H);

const icu = (ms: number, zone: string, lang: 'en' | 'zh') => DateTime.fromMillis(ms, { zone }).setLocale(lang === 'zh' ? 'zh-CN' : 'en-GB');

describe('day and month names', () => {
  it.each(['en', 'zh'] as const)('formatClock (%s) reads as ICU formats it', (lang) => {
    for (const zone of zones) {
      for (const ms of instants) {
        const expected = lang === 'zh' ? icu(ms, zone, lang).toFormat('M月d日 ccc HH:mm') : icu(ms, zone, lang).toFormat('ccc d LLL HH:mm');
        expect(formatClock(ms, zone, lang, ms - 48 * H)).toBe(expected);
        expect(formatClock(ms, zone, lang, ms, false)).toBe(icu(ms, zone, lang).toFormat('HH:mm'));
      }
    }
  });

  it.each(['en', 'zh'] as const)('dayHeader (%s) reads as ICU formats it', (lang) => {
    for (const zone of zones) {
      for (const ms of instants) {
        const view: TimeView = { lang, userZone: zone, serviceZone: 'Asia/Shanghai', now: ms };
        const first = icu(ms, zone, lang);
        const last = icu(ms + 24 * H - 1, zone, lang);
        const expected =
          lang === 'zh'
            ? `${first.toFormat('M月d日 cccc')}${first.hasSame(last, 'day') ? '' : ` – ${last.toFormat('M月d日 cccc')}`}`
            : first.hasSame(last, 'month')
              ? `${first.toFormat('cccc d')} – ${last.toFormat('cccc d LLLL')}`
              : first.hasSame(last, 'year')
                ? `${first.toFormat('cccc d LLLL')} – ${last.toFormat('cccc d LLLL')}`
                : `${first.toFormat('cccc d LLLL yyyy')} – ${last.toFormat('cccc d LLLL yyyy')}`;
        expect(dayHeader(ms, ms + 24 * H, view)).toBe(expected);
      }
    }
  });
});
