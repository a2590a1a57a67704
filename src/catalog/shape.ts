// Whether a value read back from the cache has the shape of a validated catalog (src/catalog/types.ts):
// its lists, and in each item the fields every command reads, of the right type. An entry that passes its digest but not this
// (written by another build with a bug, or edited with the digest made anew) is not used: the file
// is parsed instead, so a damaged entry is never an "unexpected failure".

/** 's' string, 'n' finite number, 'b' boolean, 'L' a {zh, en} pair of strings; [spec] an array of; an object its keys ('?' suffix: optional). */
type Spec = 's' | 'n' | 'b' | 'L' | readonly [Spec] | { readonly [key: string]: Spec };

const L = 'L' as const;
// The spine every command reads: each list, and in each item its id and names. (Checking every
// field of a large catalog costs a cold run more than the cache saves it; an entry's digest
// already refuses damage, so this is for an entry that is whole but wrong.)
const named = { id: 's', name: L, source: ['s'] } as const;
const windowRule = { from: 's', to: 's', state: 's' } as const;

const CATALOG: Spec = {
  schemaVersion: 'n',
  serviceTimeZone: 's',
  sources: [{ id: 's', kind: 's', title: L, ref: 's' }],
  about: [{ text: L }],
  channels: [
    {
      ...named,
      kind: 's',
      regions: ['s'],
      hours: {
        zone: 's',
        windows: [windowRule],
        peaks: [{ from: 's', to: 's', waitMinutes: 'n' }],
        exceptions: [{ from: 's', to: 's', windows: [windowRule] }],
        text: L,
      },
      waitMinutes: {},
      strengths: [L],
      languages: ['s'],
      modes: ['s'],
      capabilities: [named],
      services: [named],
      notes: [{ text: L }],
      disputes: [{ text: L }],
    },
  ],
  modes: [named],
  materials: [named],
  topics: [{ ...named, description: L, routes: [{ channel: 's', reason: L }], materials: ['s'], tips: [{ text: L }] }],
  emergencies: [{ ...named, steps: [{ text: L }], contacts: ['s'], notes: [{ text: L }] }],
  needs: [{ ...named, description: L, routes: [{ channel: 's', reason: L }], steps: [{ text: L }], tips: [{ text: L }] }],
  advice: [{ id: 's', topics: ['s'], text: L }],
  properNames: ['s'],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A {zh, en} pair of strings. */
const isPair = (value: unknown): boolean => isRecord(value) && typeof value.zh === 'string' && typeof value.en === 'string';

/** A spec made ready to check with: an object's fields listed, each with its check. */
type Check = 's' | 'n' | 'b' | 'L' | { readonly item: Check } | { readonly fields: readonly Field[] };
interface Field {
  readonly name: string;
  readonly optional: boolean;
  readonly check: Check;
}

function ready(spec: Spec): Check {
  if (typeof spec === 'string') return spec;
  if (Array.isArray(spec)) return { item: ready(spec[0] as Spec) };
  return {
    fields: Object.entries(spec).map(([key, inner]) => ({
      name: key.endsWith('?') ? key.slice(0, -1) : key,
      optional: key.endsWith('?'),
      check: ready(inner),
    })),
  };
}

let catalogCheck: Check | undefined;

// Lists and fields are walked in loops, with a call only for an item or a field that is an object
// or a list: a call for each of the catalog's values made the check hot enough for V8 to optimise
// it on a repeated run on a user's catalog (10 ms of compiling for a check of 2 ms).
function fits(value: unknown, check: Check): boolean {
  if (check === 's') return typeof value === 'string';
  if (check === 'n') return typeof value === 'number' && Number.isFinite(value);
  if (check === 'b') return typeof value === 'boolean';
  if (check === 'L') return isPair(value);
  if ('item' in check) {
    if (!Array.isArray(value)) return false;
    const item = check.item;
    if (item === 's') {
      for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
    } else if (item === 'L') {
      for (let i = 0; i < value.length; i++) if (!isPair(value[i])) return false;
    } else {
      for (let i = 0; i < value.length; i++) if (!fits(value[i], item)) return false;
    }
    return true;
  }
  if (!isRecord(value)) return false;
  const fields = check.fields;
  for (let i = 0; i < fields.length; i++) {
    const { name, optional, check: inner } = fields[i]!;
    const field = Object.hasOwn(value, name) ? value[name] : undefined;
    if (field === undefined ? !optional : inner === 's' ? typeof field !== 'string' : inner === 'L' ? !isPair(field) : !fits(field, inner))
      return false;
  }
  return true;
}

// waitMinutes: state → minutes.
const waitsAreMinutes = (channel: { waitMinutes: Record<string, unknown> }) =>
  Object.values(channel.waitMinutes).every((n) => typeof n === 'number' && Number.isFinite(n));

/** Whether `value` has a catalog's lists, and in their items the fields every command reads, each of its type. */
export function hasCatalogShape(value: unknown): boolean {
  catalogCheck ??= ready(CATALOG);
  if (!fits(value, catalogCheck)) return false;
  return (value as { channels: { waitMinutes: Record<string, unknown> }[] }).channels.every(waitsAreMinutes);
}

/** The catalog's sections hasCatalogShape requires, by name, with the check of each. */
function sectionChecks(): ReadonlyMap<string, Check> {
  catalogCheck ??= ready(CATALOG);
  return new Map((catalogCheck as { fields: readonly Field[] }).fields.map((f) => [f.name, f.check]));
}
let sections: ReadonlyMap<string, Check> | undefined;

/** The sections a catalog must have (hasCatalogShape fails without any of them). */
export function requiredSections(): readonly string[] {
  sections ??= sectionChecks();
  return [...sections.keys()];
}

/**
 * hasCatalogShape for one part of a catalog read part by part (src/catalog/cache.ts): a section's
 * value, or with `item`, one item of a list section. A section hasCatalogShape does not read passes.
 */
export function hasPartShape(section: string, value: unknown, item: boolean): boolean {
  sections ??= sectionChecks();
  const check = sections.get(section);
  if (check === undefined) return true;
  if (item) {
    if (typeof check !== 'object' || !('item' in check) || !fits(value, check.item)) return false;
    return section !== 'channels' || waitsAreMinutes(value as { waitMinutes: Record<string, unknown> });
  }
  if (!fits(value, check)) return false;
  return section !== 'channels' || (value as { waitMinutes: Record<string, unknown> }[]).every(waitsAreMinutes);
}
