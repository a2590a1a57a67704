import { describe, expect, it } from 'vitest';
import { phoneQuery } from '../../src/cli/commands/phone.js';
import { regionFor } from '../../src/cli/values/region.js';

describe('phone: argv options → query (every combination answers)', () => {
  it.each([
    [{}, 'Asia/Shanghai', { topic: 'general', overseas: false, regionFrom: 'zone' }],
    [{}, 'America/Los_Angeles', { topic: 'general', overseas: true, regionFrom: 'zone' }],
    [{ overseas: true }, 'Asia/Shanghai', { topic: 'general', overseas: true, regionFrom: 'flag' }],
    [{ mainland: true }, 'Europe/London', { topic: 'general', overseas: false, regionFrom: 'flag' }],
    [{ payment: true }, 'Asia/Shanghai', { topic: 'payment', overseas: false, regionFrom: 'zone' }],
    [{ payment: true, overseas: true }, 'Asia/Shanghai', { topic: 'payment', overseas: true, regionFrom: 'flag' }],
    [{ topic: 'fraud', overseas: true }, 'Asia/Shanghai', { topic: 'fraud', overseas: true, regionFrom: 'flag' }],
    [{ topic: 'fraud' }, 'Asia/Tokyo', { topic: 'fraud', overseas: true, regionFrom: 'zone' }],
    [{}, 'UTC', { topic: 'general', overseas: null, regionFrom: 'zone' }],
    [{}, 'UTC+8', { topic: 'general', overseas: null, regionFrom: 'zone' }],
    [{ mainland: true }, 'Etc/GMT-8', { topic: 'general', overseas: false, regionFrom: 'flag' }],
  ] as const)('%j in %s → %j', (opts, zone, query) => {
    expect(
      phoneQuery(opts, regionFor({ tz: zone, preferences: { file: '', lines: {} } }, opts as { overseas?: boolean; mainland?: boolean })),
    ).toMatchObject(query);
  });
});
