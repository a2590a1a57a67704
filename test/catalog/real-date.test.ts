// A catalog date is real exactly when the hours engine can read it (one definition: parseIsoDate).
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/catalog/validate.js';
import { parseIsoDate } from '../../src/zone/civil-date.js';

describe('isRealDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['0050-03-01', true], // years 0–99 are those years, not the 1900s
    ['0000-02-29', true], // year 0 is a leap year in the proleptic Gregorian calendar
    ['0100-02-29', false],
    ['unknown', true], // not a date: another rule decides
  ])('%s → %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
    if (text !== 'unknown') expect(parseIsoDate(text) !== null).toBe(real);
  });
});
