// src/catalog/types.ts reads the catalog's types off the definition in schema.ts. Its one rule of
// its own is which fields are always there once loaded (required, defaulted, `filledFrom`, or the
// inherited `source`): here the validator's output is held to that rule, on a small catalog that
// leaves most fields to their defaults and on the built-in one; the type assertions are checked
// by the type check (tsc), where the rule is applied.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';
import { catalogDef, type Def, type ObjectDef } from '../../src/catalog/schema.js';
import type {
  Catalog,
  Channel,
  Hours,
  Localized,
  Need,
  Phrases,
  Region,
  RegionalHours,
  Schedule,
  Source,
  SourcedNote,
  Standing,
  Step,
  Topic,
  WindowRule,
} from '../../src/catalog/types.js';

const named = (def: Def): Exclude<Def, { $ref: string }> & { default?: unknown } => {
  while ('$ref' in def) def = catalogDef.$defs[def.$ref.replace('#/$defs/', '')]!;
  return def;
};
const hasDefault = (def: Def): boolean => ('default' in def && def.default !== undefined) || ('$ref' in def && hasDefault(named(def)));

/** The keys types.ts makes non-optional for an object definition. */
function alwaysThere(def: ObjectDef): string[] {
  const required = new Set(def.required ?? []);
  return Object.entries(def.properties)
    .filter(
      ([key, prop]) => required.has(key) || key === 'source' || hasDefault(prop) || ('filledFrom' in prop && prop.filledFrom !== undefined),
    )
    .map(([key]) => key);
}

/** Every object in `value` whose definition makes a key non-optional, missing that key: a path each. */
function missing(value: unknown, def: Def, path: string): string[] {
  const d = named(def);
  if ('oneOf' in d) {
    const asList = d.oneOf.find((alt) => 'type' in named(alt) && (named(alt) as { type: string }).type === 'array');
    return d.wrapAsList && asList ? missing(value, asList, path) : [];
  }
  if (d.type === 'array') return (value as unknown[]).flatMap((item, i) => missing(item, d.items, `${path}[${i}]`));
  if (d.type !== 'object') return [];
  const object = value as Record<string, unknown>;
  const out = alwaysThere(d)
    .filter((key) => object[key] === undefined)
    .map((key) => `${path}.${key}`);
  for (const [key, prop] of Object.entries(d.properties))
    if (object[key] !== undefined) out.push(...missing(object[key], prop, `${path}.${key}`));
  return out;
}

describe('the catalog types derived from schema.ts', () => {
  for (const [name, file] of [
    ['a catalog that leaves most fields to their defaults', new URL('fixtures/minimal.yaml', import.meta.url)],
    ['the built-in catalog', new URL('../../channels.yaml', import.meta.url)],
  ] as const) {
    it(`call a field always there only when the loader always gives it: ${name}`, () => {
      const { catalog, issues } = parseCatalog(readFileSync(file, 'utf8'), 'catalog.yaml');
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(missing(catalog, catalogDef, 'catalog')).toEqual([]);
    });
  }

  it('give the loaded shapes (checked by the type check)', () => {
    expectTypeOf<Catalog['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<Localized>().toEqualTypeOf<{ zh: string; en: string; 'zh-Hant'?: string }>();
    expectTypeOf<Source['kind']>().toEqualTypeOf<'seed' | 'public'>();
    // A source written once or inherited, always a list.
    expectTypeOf<Step['source']>().toEqualTypeOf<string[]>();
    expectTypeOf<Step['checked']>().toEqualTypeOf<string | undefined>();
    // Defaults applied, including a default on the referenced definition (Ids: []).
    expectTypeOf<Channel['regions']>().toEqualTypeOf<Region[]>();
    expectTypeOf<Topic['materials']>().toEqualTypeOf<string[]>();
    expectTypeOf<Phrases['zh']>().toEqualTypeOf<string[]>();
    // Not required and not filled in: optional, so a catalog built by hand may leave it out.
    expectTypeOf<Topic['phrases']>().toEqualTypeOf<Phrases | undefined>();
    expectTypeOf<Topic['urgentPhrases']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Step['channels']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Hours['disputed']>().toEqualTypeOf<SourcedNote[] | undefined>();
    expectTypeOf<Need['disputes']>().toEqualTypeOf<SourcedNote[] | undefined>();
    expectTypeOf<Channel['standing']>().toEqualTypeOf<Standing | undefined>();
    // Filled from the catalog's serviceTimeZone, or from the line's own zone.
    expectTypeOf<Hours['zone']>().toEqualTypeOf<string>();
    expectTypeOf<RegionalHours['zone']>().toEqualTypeOf<string>();
    expectTypeOf<Schedule>().toEqualTypeOf<Omit<Hours, 'text'>>();
    expectTypeOf<Channel>().toHaveProperty('number').toEqualTypeOf<string | undefined>();
    expectTypeOf<WindowRule['days']>().toEqualTypeOf<('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[] | undefined>();
    // A nullable number: null drops the key.
    expectTypeOf<Channel['waitMinutes']>().toEqualTypeOf<{ open?: number; automated?: number; closed?: number }>();
  });
});
