// `ask` asks where the user is; when the zone names no place it says so and offers "not sure"
// (every number both ways) as the default; the preferences' region and needs are its defaults.
import { describe, expect, it } from 'vitest';
import { needsQuestion, whereQuestion } from '../../src/ask/flow.js';
import { recommendCommandLine } from '../../src/ask/command-line.js';
import { catalog } from '../ask/helpers.js';

describe('ask: where are you?', () => {
  it.each([
    ['UTC', null],
    ['Etc/GMT-8', null],
    ['UTC+8', null],
    ['Asia/Shanghai', false],
    ['Europe/London', true],
  ] as const)('zone %s: default %s, "not sure" offered only when the zone cannot tell', (tz, expected) => {
    const q = whereQuestion({ catalog: catalog(), lang: 'en', tz });
    expect(q.default).toBe(expected);
    expect(q.choices.map((c) => c.value)).toEqual(expected === null ? [false, true, null] : [false, true]);
    if (expected === null) expect(q.message).toBe(`Where are you now? (your time zone, ${tz}, does not say)`);
    else expect(q.message).toBe('Where are you now?');
  });

  it('the preferences decide the default before the zone', () => {
    const q = whereQuestion({ catalog: catalog(), lang: 'zh', tz: 'UTC', region: { overseas: true, from: 'config', file: 'config.yaml' } });
    expect(q.default).toBe(true);
    expect(q.message).toBe('你现在在哪里？');
  });

  it('the preferences’ needs are ticked to begin with', () => {
    const q = needsQuestion({ catalog: catalog(), lang: 'en', tz: 'UTC', needs: ['elderly'] });
    expect(q.choices.filter((c) => c.checked).map((c) => c.value)).toEqual(['elderly']);
  });

  it('the repeated command says --mainland / --overseas whenever recommend would not assume it', () => {
    const answers = (overseas: boolean | null) => ({ topic: 'general', urgent: false, overseas, needs: [] });
    expect(recommendCommandLine(answers(false), {}, 'wxhelp', { overseas: null, urgent: false })).toBe('wxhelp recommend --topic general --mainland');
    expect(recommendCommandLine(answers(false), {}, 'wxhelp', { overseas: false, urgent: false })).toBe('wxhelp recommend --topic general');
    expect(recommendCommandLine(answers(null), {}, 'wxhelp', { overseas: null, urgent: false })).toBe('wxhelp recommend --topic general');
    expect(recommendCommandLine(answers(true), {}, 'wxhelp', { overseas: null, urgent: false })).toBe('wxhelp recommend --topic general --overseas');
  });
});
