import { describe, expect, it } from 'vitest';
import { phoneQuery } from '../../src/cli/commands/phone.js';

describe('phone: argv options → query', () => {
  it.each([
    [{}, { topic: 'general', overseas: false }],
    [{ overseas: true }, { topic: 'general', overseas: true }],
    [{ payment: true }, { topic: 'payment', overseas: false }],
    [{ topic: 'fraud' }, { topic: 'fraud', overseas: false }],
  ])('%j → %j', (opts, query) => {
    expect(phoneQuery(opts)).toEqual(query);
  });

  it.each([
    [{ overseas: true, payment: true }, /--overseas and --payment/],
    [{ payment: true, topic: 'fraud' }, /--payment and --topic/],
  ])('refuses %j', (opts, message) => {
    expect(() => phoneQuery(opts)).toThrow(message);
  });
});
