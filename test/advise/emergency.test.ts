import { describe, expect, it } from 'vitest';
import { emergencyContacts, findEmergency } from '../../src/advise/emergency.js';
import { bj, fixtureCatalog } from './fixture.js';

const catalog = fixtureCatalog();
const DAY = '2025-03-10';

describe('emergency', () => {
  it('finds an emergency by kind', () => {
    expect(findEmergency(catalog, 'stolen')?.id).toBe('stolen');
    expect(findEmergency(catalog, 'nope')).toBeUndefined();
  });

  // contacts: web (automated 24 h), hotline (mainland 24 h → intl-line abroad), app, payline (mainland only), intl-line (overseas only)
  it.each([
    { time: '23:00', overseas: false, expected: ['hotline', 'payline', 'web', 'app'] },
    { time: '10:00', overseas: false, expected: ['app', 'hotline', 'payline', 'web'] }, // step 1's channel first when it can act
    { time: '23:00', overseas: true, expected: ['web', 'app', 'intl-line'] },
    { time: '10:00', overseas: true, expected: ['app', 'intl-line', 'web'] },
  ])(
    'contacts at $time overseas=$overseas: region-mapped, the first step channel, then person-now, once each',
    ({ time, overseas, expected }) => {
      const stolen = findEmergency(catalog, 'stolen')!;
      const contacts = emergencyContacts(catalog, stolen, bj(DAY, time), overseas);
      expect(contacts.map((c) => c.channel.id)).toEqual(expected);
    },
  );

  it('defaults to the mainland and carries each status', () => {
    const contacts = emergencyContacts(catalog, findEmergency(catalog, 'stolen')!, bj(DAY, '23:00'));
    expect(contacts.map((c) => [c.channel.id, c.status.state])).toEqual([
      ['hotline', 'open'],
      ['payline', 'open'],
      ['web', 'automated'],
      ['app', 'automated'],
    ]);
  });
});
