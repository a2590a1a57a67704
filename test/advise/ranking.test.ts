// Which channels, in which order: route order among equals, availability, urgency, region, needs, limit.
import { describe, expect, it } from 'vitest';
import { recommend, type RecommendQuery } from '../../src/advise/recommend.js';
import { bj, fixtureCatalog } from './fixture.js';

const catalog = fixtureCatalog();
const DAY = '2025-03-10';

function order(q: Partial<RecommendQuery> & { topic: string }, time: string, date = DAY): string[] {
  const query: RecommendQuery = { urgent: false, overseas: false, needs: [], ...q };
  return recommend(catalog, query, bj(date, time)).recommendations.map((r) => r.channel.channel.id);
}

describe('ranking (SPEC "What a good answer is")', () => {
  // general routes: mini (open 08–20), web (automated 24 h: self-service by nature), app (open
  // 09–22, automated 22–09 with no route saying self-service does this job)
  it.each([
    { why: 'all can act: catalog route order', time: '10:00', urgent: false, expected: ['mini', 'web', 'app'] },
    { why: 'urgent: a person now before self-service', time: '10:00', urgent: true, expected: ['mini', 'app', 'web'] },
    {
      why: 'night: what can act, then what can act soonest (mini 08:00, app 09:00)',
      time: '23:00',
      urgent: false,
      expected: ['web', 'mini', 'app'],
    },
    { why: 'urgent early: mini open, web self-service, app only at 09:00', time: '08:30', urgent: true, expected: ['mini', 'web', 'app'] },
    { why: 'window end is exclusive (mini closed at 20:00)', time: '20:00', urgent: false, expected: ['web', 'app', 'mini'] },
    { why: 'window start is inclusive (mini open at 08:00)', time: '08:00', urgent: false, expected: ['mini', 'web', 'app'] },
  ])('general at $time urgent=$urgent: $why', ({ time, urgent, expected }) => {
    expect(order({ topic: 'general', urgent }, time)).toEqual(expected);
  });

  // account routes: hotline (always), app, mini (urgent:false only), web (urgent:true only)
  it.each([
    { time: '10:00', urgent: false, overseas: false, expected: ['hotline', 'app', 'mini'] },
    { time: '10:00', urgent: true, overseas: false, expected: ['app', 'hotline', 'web'] }, // rule 2: the emergency's first step (freeze in the app) leads
    { time: '23:30', urgent: true, overseas: false, expected: ['hotline', 'web', 'app'] },
    { time: '10:00', urgent: true, overseas: true, expected: ['app', 'intl-line', 'web'] },
    { time: '23:30', urgent: false, overseas: true, expected: ['mini', 'intl-line', 'app'] },
    { time: '23:30', urgent: true, overseas: true, expected: ['web', 'intl-line', 'app'] },
  ])('account at $time urgent=$urgent overseas=$overseas → $expected', ({ time, urgent, overseas, expected }) => {
    expect(order({ topic: 'account', urgent, overseas }, time)).toEqual(expected);
  });

  it('overseas at 23:30 Beijing, nothing can act: says so, leads with the soonest, the swapped line speaks of itself', () => {
    const result = recommend(catalog, { topic: 'account', urgent: false, overseas: true, needs: [] }, bj(DAY, '23:30'));
    expect(result.canActNow).toBe(false);
    expect(result.nextActionAt).toBe(bj('2025-03-11', '08:00'));
    const ids = result.recommendations.map((r) => r.channel.channel.id);
    expect(ids).not.toContain('hotline');
    const line = result.recommendations.find((r) => r.channel.channel.id === 'intl-line');
    expect(line?.warnings).toContainEqual({ kind: 'closed', channel: 'intl-line', opensAt: bj('2025-03-11', '09:00') });
    // Rule 3: the route named the mainland hotline; the line swapped in for abroad says what it is.
    expect(line?.reasons.map((r) => r.en)).toEqual(['name intl-line']);
    expect(line?.channel.dial).toBe('+86 200');
  });

  it('ranks are 1-based and consecutive', () => {
    const result = recommend(catalog, { topic: 'general', urgent: false, overseas: false, needs: [] }, bj(DAY, '23:00'));
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it.each([
    { needs: ['elderly'], expected: ['hotline', 'mini', 'web', 'app'] },
    { needs: ['elderly', 'enterprise'], expected: ['hotline', 'app', 'payline', 'mini', 'web'] },
    { needs: ['enterprise', 'elderly'], expected: ['app', 'payline', 'hotline', 'mini', 'web'] },
  ])("needs $needs bring their channels to the top, in the needs' order (rule 7)", ({ needs, expected }) => {
    expect(order({ topic: 'general', needs }, '10:00')).toEqual(expected);
  });

  it.each([
    { urgent: false, expected: ['hotline', 'mini', 'web', 'app'] },
    { urgent: true, expected: ['hotline', 'mini', 'app', 'web'] },
  ])('urgent=$urgent with a need: the need first, then (urgent) people before self-service', ({ urgent, expected }) => {
    expect(order({ topic: 'general', urgent, needs: ['elderly'] }, '10:00')).toEqual(expected);
  });

  it('a need channel that can act leads; what cannot act waits for its opening', () => {
    expect(order({ topic: 'general', needs: ['elderly'] }, '23:00')).toEqual(['hotline', 'web', 'mini', 'app']);
  });

  it.each([
    { limit: 1, expected: ['mini'] },
    { limit: 2, expected: ['mini', 'web'] },
    { limit: 10, expected: ['mini', 'web', 'app'] },
    { limit: 0, expected: [] },
  ])('limit $limit applies after ranking', ({ limit, expected }) => {
    expect(order({ topic: 'general', limit }, '10:00')).toEqual(expected);
  });

  it('limit keeps the best, not the first routes', () => {
    expect(order({ topic: 'general', limit: 1 }, '23:00')).toEqual(['web']);
  });
});
