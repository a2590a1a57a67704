// The shape an entry read back from the cache must have (src/catalog/shape.ts): the built-in
// catalog has it, and a value of the wrong type anywhere the check reads — an item of a list of
// strings, of a list of pairs, of a list of objects, a field of an object — takes it away.
import { describe, expect, it } from 'vitest';
import { hasCatalogShape, hasPartShape, requiredSections } from '../../src/catalog/shape.js';
import { builtin } from '../match/catalog.js';

/** A deep copy of the built-in catalog with `change` made to it. */
function changed(change: (c: Record<string, any>) => void): unknown {
  const copy = structuredClone(builtin) as unknown as Record<string, any>;
  change(copy);
  return copy;
}

describe('hasCatalogShape', () => {
  it('holds for the built-in catalog', () => {
    expect(hasCatalogShape(structuredClone(builtin))).toBe(true);
  });

  it.each<[string, (c: Record<string, any>) => void]>([
    ['a number among proper names (a list of strings)', (c) => c.properNames.push(7)],
    ['a number among a channel’s regions', (c) => c.channels[0].regions.push(1)],
    ['a string among a channel’s strengths (a list of pairs)', (c) => c.channels[0].strengths.push('fast')],
    ['a pair without en among strengths', (c) => c.channels[0].strengths.push({ zh: '快' })],
    ['a name that is a string, not a pair', (c) => (c.topics[0].name = 'Account')],
    ['a window without its state', (c) => c.channels[0].hours.windows.push({ from: '09:00', to: '17:00' })],
    ['a route’s channel that is a number', (c) => (c.topics[1].routes[0].channel = 3)],
    ['a null where a step should be', (c) => c.emergencies[0].steps.push(null)],
    ['a list where an object should be', (c) => (c.channels[0].hours = [])],
    ['a wait that is not a finite number', (c) => (c.channels[0].waitMinutes.open = Number.POSITIVE_INFINITY)],
    ['a missing list', (c) => delete c.advice],
  ])('fails with %s', (_, change) => {
    expect(hasCatalogShape(changed(change))).toBe(false);
  });
});

describe('hasPartShape: the same check, a section or an item at a time (a catalog read part by part)', () => {
  const sections = Object.entries(structuredClone(builtin) as unknown as Record<string, unknown>);

  it('holds for every section of the built-in catalog, and for every item of its lists', () => {
    for (const [section, value] of sections) {
      expect(hasPartShape(section, value, false), section).toBe(true);
      if (Array.isArray(value)) for (const item of value) expect(hasPartShape(section, item, true), section).toBe(true);
    }
  });

  it('requires the sections hasCatalogShape requires', () => {
    for (const section of requiredSections()) {
      const without = Object.fromEntries(sections.filter(([key]) => key !== section));
      expect(hasCatalogShape(without), section).toBe(false);
    }
    expect(requiredSections()).toContain('channels');
  });

  it.each<[string, string, unknown, boolean]>([
    ['a channel whose name is a string', 'channels', { ...builtin.channels[0], name: 'App' }, true],
    ['a channel whose wait is a string', 'channels', { ...builtin.channels[0], waitMinutes: { open: '5' } }, true],
    ['a topic whose routes are a string', 'topics', { ...builtin.topics[0], routes: 'x' }, true],
    ['an item of a section that is no list', 'serviceTimeZone', 'Asia/Shanghai', true],
    ['channels that are a string', 'channels', 'x', false],
    ['a channel list with a null in it', 'channels', [...builtin.channels, null], false],
    ['a zone that is a number', 'serviceTimeZone', 8, false],
    ['proper names with a number', 'properNames', ['WeChat', 7], false],
  ])('fails for %s', (_, section, value, item) => {
    expect(hasPartShape(section, value, item)).toBe(false);
  });

  it('passes a section it does not check (as hasCatalogShape ignores it)', () => {
    expect(hasPartShape('extraTopLevel', 7, false)).toBe(true);
  });
});
