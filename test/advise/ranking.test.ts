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

describe('ranking', () => {
  // general routes: mini (open 08–20), web (automated 24 h), app (open 09–22, automated 22–09)
  it.each([
    { why: 'all can help: catalog route order', time: '10:00', urgent: false, expected: ['mini', 'web', 'app'] },
    { why: 'urgent: people now before automated', time: '10:00', urgent: true, expected: ['mini', 'app', 'web'] },
    { why: 'night: closed ranks last, equals keep route order', time: '23:00', urgent: false, expected: ['web', 'app', 'mini'] },
    { why: 'urgent night: automated beats closed', time: '23:00', urgent: true, expected: ['web', 'app', 'mini'] },
    { why: 'urgent early: mini open before app', time: '08:30', urgent: true, expected: ['mini', 'web', 'app'] },
    { why: 'window end is exclusive (mini closed at 20:00)', time: '20:00', urgent: false, expected: ['web', 'app', 'mini'] },
    { why: 'window start is inclusive (mini open at 08:00)', time: '08:00', urgent: false, expected: ['mini', 'web', 'app'] },
  ])('general at $time urgent=$urgent: $why', ({ time, urgent, expected }) => {
    expect(order({ topic: 'general', urgent }, time)).toEqual(expected);
  });

  // account routes: hotline (always), app, mini (urgent:false only), web (urgent:true only)
  it.each([
    { time: '10:00', urgent: false, overseas: false, expected: ['hotline', 'app', 'mini'] },
    { time: '10:00', urgent: true, overseas: false, expected: ['hotline', 'app', 'web'] },
    { time: '23:30', urgent: true, overseas: false, expected: ['hotline', 'app', 'web'] },
    { time: '10:00', urgent: true, overseas: true, expected: ['intl-line', 'app', 'web'] },
    { time: '23:30', urgent: false, overseas: true, expected: ['app', 'intl-line', 'mini'] },
    { time: '23:30', urgent: true, overseas: true, expected: ['app', 'web', 'intl-line'] },
  ])('account at $time urgent=$urgent overseas=$overseas → $expected', ({ time, urgent, overseas, expected }) => {
    expect(order({ topic: 'account', urgent, overseas }, time)).toEqual(expected);
  });

  it('overseas at 23:30 Beijing: leads with a channel that helps now; the swapped line is closed until 09:00', () => {
    const result = recommend(catalog, { topic: 'account', urgent: false, overseas: true, needs: [] }, bj(DAY, '23:30'));
    const [first] = result.recommendations;
    expect(first?.channel.status.state).not.toBe('closed');
    const ids = result.recommendations.map((r) => r.channel.channel.id);
    expect(ids).not.toContain('hotline');
    const line = result.recommendations.find((r) => r.channel.channel.id === 'intl-line');
    expect(line?.warnings).toContainEqual({ kind: 'closed', channel: 'intl-line', opensAt: bj('2025-03-11', '09:00') });
    // The swapped line still carries the route that led to it.
    expect(line?.reasons.map((r) => r.en)).toEqual(['account: call']);
  });

  it('ranks are 1-based and consecutive', () => {
    const result = recommend(catalog, { topic: 'general', urgent: false, overseas: false, needs: [] }, bj(DAY, '23:00'));
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it.each([
    { needs: ['elderly'], expected: ['mini', 'web', 'app', 'hotline'] },
    { needs: ['elderly', 'enterprise'], expected: ['mini', 'web', 'app', 'hotline', 'payline'] },
    { needs: ['enterprise', 'elderly'], expected: ['mini', 'web', 'app', 'payline', 'hotline'] },
  ])('needs $needs append their routes after the topic routes', ({ needs, expected }) => {
    expect(order({ topic: 'general', needs }, '10:00')).toEqual(expected);
  });

  it.each([
    { urgent: false, expected: ['mini', 'web', 'app', 'hotline'] },
    { urgent: true, expected: ['mini', 'app', 'hotline', 'web'] },
  ])('urgent=$urgent with a need: a person-now need channel overtakes an automated topic channel', ({ urgent, expected }) => {
    expect(order({ topic: 'general', urgent, needs: ['elderly'] }, '10:00')).toEqual(expected);
  });

  it('need routes are ranked with the rest (a closed topic channel falls below an open need channel)', () => {
    expect(order({ topic: 'general', needs: ['elderly'] }, '23:00')).toEqual(['web', 'app', 'hotline', 'mini']);
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
