// The real catalog through the routing engine: every topic, in every query shape, routes somewhere real.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emergencyContacts } from '../../src/advise/emergency.js';
import { recommend } from '../../src/advise/recommend.js';
import { parseCatalog } from '../../src/catalog/index.js';
import { bj } from './fixture.js';

const file = fileURLToPath(new URL('../../channels.yaml', import.meta.url));
const parsed = parseCatalog(readFileSync(file, 'utf8'), 'channels.yaml');
const errors = parsed.issues.filter((i) => i.severity === 'error');

describe('built-in catalog routing', () => {
  it('loads without errors', () => {
    expect(errors.map((i) => `${i.line}:${i.column} ${i.path} ${i.message}`)).toEqual([]);
    expect(parsed.catalog).toBeDefined();
  });

  const catalog = parsed.catalog!;
  const channelIds = new Set(catalog?.channels.map((c) => c.id) ?? []);
  const topicIds = catalog?.topics.map((t) => t.id) ?? [];
  const needIds = catalog?.needs.map((n) => n.id) ?? [];
  // A weekday at mid-morning, in the evening peak, and in the overnight automation window.
  const instants = ['10:00', '20:00', '23:30'].map((time) => ({ time, at: bj('2025-03-12', time) }));
  const shapes = [false, true].flatMap((urgent) => [false, true].map((overseas) => ({ urgent, overseas })));

  it('has the topics the contract names', () => {
    for (const id of [
      'general',
      'account-security',
      'account-unblock',
      'payment',
      'payment-appeal',
      'function-restore',
      'ticket',
      'cross-border',
      'privacy',
      'fraud',
    ]) {
      expect(topicIds).toContain(id);
    }
  });

  it.each(topicIds)('topic %s: every query shape yields a real channel first', (topic) => {
    for (const { time, at } of instants) {
      for (const { urgent, overseas } of shapes) {
        const result = recommend(catalog, { topic, urgent, overseas, needs: [] }, at);
        const first = result.recommendations[0];
        expect(first, `${topic} ${time} urgent=${urgent} overseas=${overseas}`).toBeDefined();
        for (const r of result.recommendations) expect(channelIds.has(r.channel.channel.id)).toBe(true);
        expect(result.recommendations.map((r) => r.rank)).toEqual(result.recommendations.map((_, i) => i + 1));
        expect(result.plan === null || urgent).toBe(true);
      }
    }
  });

  it.each(needIds)('need %s adds at least one channel to the general topic', (need) => {
    const at = bj('2025-03-12', '10:00');
    const base = recommend(catalog, { topic: 'general', urgent: false, overseas: false, needs: [] }, at);
    const withNeed = recommend(catalog, { topic: 'general', urgent: false, overseas: false, needs: [need] }, at);
    expect(withNeed.needs.map((n) => n.id)).toEqual([need]);
    const reasons = (r: typeof base) => r.recommendations.reduce((n, rec) => n + rec.reasons.length, 0);
    expect(reasons(withNeed)).toBeGreaterThan(reasons(base));
  });

  it('every topic emergency exists and has contacts in both regions', () => {
    const at = bj('2025-03-12', '23:30');
    for (const topic of catalog.topics) {
      const result = recommend(catalog, { topic: topic.id, urgent: true, overseas: false, needs: [] }, at);
      if (topic.emergency === undefined) {
        expect(result.plan).toBeNull();
        continue;
      }
      expect(result.plan?.emergency.id).toBe(topic.emergency);
      for (const overseas of [false, true]) {
        expect(emergencyContacts(catalog, result.plan!.emergency, at, overseas).length, `${topic.id} overseas=${overseas}`).toBeGreaterThan(
          0,
        );
      }
    }
  });
});
