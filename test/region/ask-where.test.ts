// `ask` asks where the user is; when the zone names no place it says so and offers "not sure"
// (every number both ways) as the default; the preferences' region and needs are its defaults.
import { describe, expect, it } from 'vitest';
import { askQuestions, needsQuestion, whereQuestion, type Prompts } from '../../src/ask/flow.js';
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

  it('the preferences’ needs are chosen to begin with: the question asks only for others', async () => {
    const q = needsQuestion({ catalog: catalog(), lang: 'en', tz: 'UTC', needs: ['elderly'] }, ['elderly']);
    expect(q.message).toBe('Another special need?');
    expect(q.choices.map((c) => c.value)).not.toContain('elderly');
    // Enter at every question: the preferences' need is in the answer.
    const enter: Prompts = { select: async (question) => question.default as never, search: async () => 'general' as never };
    const answers = await askQuestions({ catalog: catalog(), lang: 'en', tz: 'UTC', needs: ['elderly', 'no-such-need'] }, enter);
    expect(answers.needs).toEqual(['elderly']);
  });

  it('the repeated command says --mainland / --overseas whenever the answer is known, nothing when unsure', () => {
    const answers = (overseas: boolean | null) => ({ topic: 'general', urgent: false, overseas, needs: [] });
    expect(recommendCommandLine(answers(false), {}, 'wxhelp', { overseas: null, urgent: false })).toBe(
      'wxhelp recommend --topic general --mainland',
    );
    // Said even where recommend would assume it: the line may be pasted on a machine in another zone.
    expect(recommendCommandLine(answers(false), {}, 'wxhelp', { overseas: false, urgent: false })).toBe(
      'wxhelp recommend --topic general --mainland',
    );
    expect(recommendCommandLine(answers(null), {}, 'wxhelp', { overseas: null, urgent: false })).toBe('wxhelp recommend --topic general');
    expect(recommendCommandLine(answers(true), {}, 'wxhelp', { overseas: null, urgent: false })).toBe(
      'wxhelp recommend --topic general --overseas',
    );
  });
});
