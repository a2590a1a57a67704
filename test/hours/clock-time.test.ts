import { describe, expect, it } from 'vitest';
import { HORIZON_MS, parseClockTime } from '../../src/hours/index.js';

describe('parseClockTime', () => {
  it.each([
    ['00:00', { hour: 0, minute: 0 }],
    ['09:00', { hour: 9, minute: 0 }],
    ['09:30', { hour: 9, minute: 30 }],
    ['21:59', { hour: 21, minute: 59 }],
    ['23:59', { hour: 23, minute: 59 }],
    ['24:00', { hour: 24, minute: 0 }],
  ])('parses %s', (s, expected) => {
    expect(parseClockTime(s)).toEqual(expected);
  });

  it.each(['24:01', '25:00', '12:60', '9:00', '09:0', '0900', '09:00:00', ' 09:00', '09:00 ', '-1:00', 'aa:bb', '', '09.00', '２２:００'])(
    'rejects %j',
    (s) => {
      expect(parseClockTime(s)).toBeNull();
    },
  );
});

it('HORIZON_MS is 8 days', () => {
  expect(HORIZON_MS).toBe(8 * 24 * 3600 * 1000);
});
