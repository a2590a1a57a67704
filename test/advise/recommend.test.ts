// What each recommendation and the result carry: reasons, service/capability, materials,
// expected response, warnings, emergency, advice, needs, overseas, transfer rate, modes.
import { describe, expect, it } from 'vitest';
import { recommend, UnknownIdError, type RecommendQuery } from '../../src/advise/recommend.js';
import { bj, disputeNote, fixtureCatalog } from './fixture.js';

const catalog = fixtureCatalog();
const DAY = '2025-03-10';
const NEXT = '2025-03-11';

function run(q: Partial<RecommendQuery> & { topic: string }, time: string) {
  return recommend(catalog, { urgent: false, overseas: false, needs: [], ...q }, bj(DAY, time));
}
const rec = (result: ReturnType<typeof run>, id: string) => {
  const found = result.recommendations.find((r) => r.channel.channel.id === id);
  if (!found) throw new Error(`no recommendation for ${id}`);
  return found;
};
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const en = (items: { en: string }[]) => items.map((i) => i.en);

describe('one recommendation per channel', () => {
  it('merges the same channel appearing twice in a topic: reasons accumulate, materials dedupe', () => {
    const result = run({ topic: 'payment' }, '10:00');
    expect(result.recommendations.map((r) => r.channel.channel.id)).toEqual(['payline', 'app']);
    const app = rec(result, 'app');
    expect(en(app.reasons)).toEqual(['payment: app', 'payment: app again']);
    expect(ids(app.materials)).toEqual(['receipt', 'photo']);
    expect(app.capability?.id).toBe('pay-help');
    expect(app.route?.reason.en).toBe('payment: app');
  });

  it('merges a need route into the topic route for the same channel', () => {
    const result = run({ topic: 'account', needs: ['elderly'] }, '10:00');
    expect(result.recommendations.filter((r) => r.channel.channel.id === 'hotline')).toHaveLength(1);
    expect(en(rec(result, 'hotline').reasons)).toEqual(['account: call', 'elderly: call']);
    expect(rec(result, 'hotline').route?.reason.en).toBe('account: call');
  });

  it('merges a mainland line and its alternative into one overseas recommendation, whose reason speaks of itself', () => {
    const result = run({ topic: 'account', overseas: true, needs: ['elderly'] }, '10:00');
    expect(result.recommendations.map((r) => r.channel.channel.id)).toEqual(['intl-line', 'app', 'mini']);
    // Both routes named the mainland hotline: their reasons belong to it, not to the line abroad (rule 3).
    expect(en(rec(result, 'intl-line').reasons)).toEqual(['name intl-line']);
  });

  it('the same reason wording from two routes is listed once; their materials still combine', () => {
    const hotline = rec(run({ topic: 'general', needs: ['elderly', 'visually-impaired'] }, '10:00'), 'hotline');
    expect(en(hotline.reasons)).toEqual(['elderly: call']);
    expect(ids(hotline.materials)).toEqual(['photo']);
  });

  it('a repeated need counts once', () => {
    const result = run({ topic: 'general', needs: ['elderly', 'elderly'] }, '10:00');
    expect(ids(result.needs)).toEqual(['elderly']);
    expect(result.query.needs).toEqual(['elderly']);
    expect(en(rec(result, 'hotline').reasons)).toEqual(['elderly: call']);
  });
});

describe('per recommendation', () => {
  it('service, route + service materials (deduplicated, route first), no topic materials', () => {
    const mini = rec(run({ topic: 'account' }, '10:00'), 'mini');
    expect(mini.service?.id).toBe('unblock');
    expect(mini.capability).toBeUndefined();
    expect(ids(mini.materials)).toEqual(['receipt', 'id-card', 'photo']);
    expect(mini.expectedResponse).toBeNull();
  });

  it('expectedResponse: capability time, else channel response, else null', () => {
    const result = run({ topic: 'account' }, '10:00');
    expect(rec(result, 'app').capability?.id).toBe('freeze');
    expect(rec(result, 'app').expectedResponse?.en).toBe('within 5 min');
    expect(rec(result, 'hotline').expectedResponse?.en).toBe('hotline answers at once');
    expect(rec(run({ topic: 'payment' }, '10:00'), 'app').expectedResponse?.en).toBe('app replies in minutes');
    expect(rec(run({ topic: 'account', overseas: true }, '10:00'), 'intl-line').expectedResponse).toBeNull();
  });

  it('materials stay per channel: a channel without route materials has none', () => {
    expect(rec(run({ topic: 'account' }, '10:00'), 'hotline').materials).toEqual([]);
  });
});

describe('warnings per recommendation', () => {
  it.each([
    { time: '20:00', expected: [{ kind: 'peak', channel: 'app', waitMinutes: 12, until: bj(DAY, '21:00') }] },
    { time: '19:00', expected: [{ kind: 'peak', channel: 'app', waitMinutes: 12, until: bj(DAY, '21:00') }] },
    { time: '18:59', expected: [] },
    { time: '21:00', expected: [] },
    { time: '10:00', expected: [] },
    { time: '23:00', expected: [{ kind: 'overnight', channel: 'app', until: bj(NEXT, '09:00') }] },
    { time: '22:00', expected: [{ kind: 'overnight', channel: 'app', until: bj(NEXT, '09:00') }] },
  ])('app at $time', ({ time, expected }) => {
    expect(rec(run({ topic: 'general' }, time), 'app').warnings).toEqual(expected);
  });

  it('peak status carries the 12-minute wait', () => {
    expect(rec(run({ topic: 'general' }, '20:00'), 'app').channel.status).toMatchObject({
      state: 'open',
      peak: true,
      expectedWaitMinutes: 12,
    });
  });

  it('closed channel: opens at its next window (in Beijing time)', () => {
    expect(rec(run({ topic: 'general' }, '23:00'), 'mini').warnings).toEqual([
      { kind: 'closed', channel: 'mini', opensAt: bj(NEXT, '08:00') },
    ]);
    expect(rec(run({ topic: 'general' }, '07:00'), 'mini').warnings).toEqual([
      { kind: 'closed', channel: 'mini', opensAt: bj(DAY, '08:00') },
    ]);
  });

  it('an always-automated channel gets no overnight warning, but its disputes', () => {
    for (const time of ['10:00', '23:00']) {
      expect(rec(run({ topic: 'general' }, time), 'web').warnings).toEqual([{ kind: 'dispute', channel: 'web', note: disputeNote }]);
    }
  });
});

describe('result level', () => {
  it.each([
    { overseas: true, expected: [{ kind: 'overseas-slower', factor: 1.8 }] },
    { overseas: false, expected: [] },
  ])('overseas-slower only when overseas=$overseas', ({ overseas, expected }) => {
    const result = run({ topic: 'general', overseas }, '10:00');
    expect(result.warnings).toEqual(expected);
    expect(result.overseas).toBe(overseas ? catalog.overseas : null);
  });

  it('a route with no channel for the region is dropped with one warning', () => {
    const result = run({ topic: 'payment', overseas: true, needs: ['enterprise'] }, '10:00');
    expect(result.recommendations.map((r) => r.channel.channel.id)).toEqual(['app']);
    expect(result.warnings).toEqual([
      { kind: 'overseas-slower', factor: 1.8 },
      { kind: 'unavailable-in-region', channel: 'payline', region: 'overseas' },
    ]);
    expect(en(rec(result, 'app').reasons)).toEqual(['payment: app', 'payment: app again', 'enterprise: app']);
  });

  it('the same routes in the mainland have no region warning', () => {
    expect(run({ topic: 'payment', needs: ['enterprise'] }, '10:00').warnings).toEqual([]);
  });

  it.each([
    { topic: 'account', urgent: true, expected: 'stolen' },
    { topic: 'account', urgent: false, expected: null },
    { topic: 'general', urgent: true, expected: null },
  ])('emergency for $topic urgent=$urgent → $expected', ({ topic, urgent, expected }) => {
    expect(run({ topic, urgent }, '10:00').plan?.emergency.id ?? null).toBe(expected);
  });

  it.each([
    { topic: 'account', urgent: true, expected: ['any', 'account-urgent'] },
    { topic: 'account', urgent: false, expected: ['any', 'calm'] },
    { topic: 'payment', urgent: false, expected: ['any', 'calm', 'payment-only'] },
    { topic: 'general', urgent: true, expected: ['any'] },
  ])('advice for $topic urgent=$urgent', ({ topic, urgent, expected }) => {
    expect(ids(run({ topic, urgent }, '10:00').advice)).toEqual(expected);
  });

  it('topic, needs and transfer rate', () => {
    const result = run({ topic: 'account', needs: ['enterprise', 'elderly'] }, '10:00');
    expect(result.topic.id).toBe('account');
    expect(ids(result.needs)).toEqual(['enterprise', 'elderly']);
    expect(result.transferRate).toBe(0.4);
    expect(run({ topic: 'general' }, '10:00').transferRate).toBeNull();
  });

  it('modes of the recommended channels, catalog order, each once, after the limit', () => {
    expect(ids(run({ topic: 'account' }, '10:00').modes)).toEqual(['ai', 'human', 'ivr']);
    expect(ids(run({ topic: 'general', limit: 1 }, '10:00').modes)).toEqual(['human']);
    expect(ids(run({ topic: 'general', limit: 0 }, '10:00').modes)).toEqual([]);
  });

  it('echoes the query', () => {
    const query = { topic: 'general', urgent: true, overseas: true, needs: ['elderly'], limit: 2 };
    expect(recommend(catalog, query, bj(DAY, '10:00')).query).toEqual(query);
  });

  it('unknown ids throw a typed error', () => {
    expect(() => run({ topic: 'nope' }, '10:00')).toThrow(UnknownIdError);
    expect(() => run({ topic: 'general', needs: ['nope'] }, '10:00')).toThrow(/need/);
  });

  it('is a pure function of its inputs', () => {
    const a = run({ topic: 'account', urgent: true, overseas: true }, '23:30');
    const b = run({ topic: 'account', urgent: true, overseas: true }, '23:30');
    expect(a).toEqual(b);
    expect(catalog).toEqual(fixtureCatalog());
  });
});
