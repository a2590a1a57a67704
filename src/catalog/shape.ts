// Whether a value read back from the cache has the shape of a validated catalog (src/catalog/types.ts):
// every field the commands read, of the right type. An entry that passes its digest but not this
// (written by another build with a bug, or edited with the digest made anew) is not used: the file
// is parsed instead, so a damaged entry is never an "unexpected failure".

/** 's' string, 'n' finite number, 'b' boolean, 'L' a {zh, en} pair of strings; [spec] an array of; an object its keys ('?' suffix: optional). */
type Spec = 's' | 'n' | 'b' | 'L' | readonly [Spec] | { readonly [key: string]: Spec };

const L = 'L' as const;
const sourced = { source: ['s'], 'checked?': 's' } as const;
const note = { ...sourced, text: L } as const;
const windowRule = { from: 's', to: 's', state: 's', 'days?': ['s'] } as const;
const peak = { from: 's', to: 's', 'days?': ['s'], waitMinutes: 'n' } as const;
const route = { ...sourced, channel: 's', reason: L, 'service?': 's', 'capability?': 's', 'materials?': ['s'], 'urgent?': 'b', 'selfService?': 'b' } as const;
const step = { ...sourced, text: L, 'channel?': 's', 'channels?': ['s'], 'capability?': 's' } as const;
const named = { ...sourced, id: 's', name: L } as const;

const CATALOG: Spec = {
  schemaVersion: 'n',
  serviceTimeZone: 's',
  sources: [{ id: 's', kind: 's', title: L, ref: 's', date: 's', confidence: 's', checked: 's', 'note?': L }],
  about: [note],
  channels: [
    {
      ...named,
      kind: 's',
      'number?': 's',
      'url?': 's',
      'path?': L,
      regions: ['s'],
      'alternative?': 's',
      'abroad?': { ...sourced, calls: 's', 'dial?': 's' },
      hours: { zone: 's', windows: [windowRule], peaks: [peak], exceptions: [{ ...sourced, from: 's', to: 's', windows: [windowRule], 'peaks?': [peak], 'note?': L }], text: L },
      waitMinutes: {},
      'response?': L,
      'scope?': L,
      strengths: [L],
      languages: ['s'],
      modes: ['s'],
      capabilities: [{ ...named, 'how?': L, 'evidence?': L, 'time?': L, 'note?': L }],
      services: [{ ...named, verification: L, priority: 's', materials: ['s'], 'note?': L }],
      notes: [note],
      disputes: [note],
    },
  ],
  modes: [{ ...named, response: L, transferCondition: L, wait: { min: 'n', max: 'n' }, 'note?': L }],
  'transfer?': { ...sourced, keyword: 's', description: L, rates: [{ topic: 's', rate: 'n' }] },
  materials: [named],
  topics: [{ ...named, description: L, 'emergency?': 's', 'urgent?': 'b', routes: [route], materials: ['s'], tips: [note], 'phrases?': { zh: ['s'], en: ['s'] }, 'urgentPhrases?': ['s'] }],
  emergencies: [{ ...named, trigger: L, response: L, agency: L, steps: [step], contacts: ['s'], notes: [note] }],
  'overseas?': { ...sourced, languages: { count: 'n', examples: ['s'] }, processingFactor: 'n', summary: L, differences: [{ ...sourced, aspect: L, domestic: L, overseas: L, reason: L }], materials: ['s'], tips: [note] },
  needs: [{ ...named, description: L, feature: L, interaction: L, metric: L, routes: [route], steps: [step], tips: [note] }],
  advice: [{ ...sourced, id: 's', topics: ['s'], 'urgent?': 'b', text: L }],
  properNames: ['s'],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldLists = new WeakMap<object, [name: string, optional: boolean, spec: Spec][]>();
/** An object spec's fields, worked out once. */
function fieldsOf(spec: Record<string, Spec>): [string, boolean, Spec][] {
  let list = fieldLists.get(spec);
  if (list === undefined) {
    list = Object.entries(spec).map(([key, inner]) => (key.endsWith('?') ? [key.slice(0, -1), true, inner] : [key, false, inner]));
    fieldLists.set(spec, list);
  }
  return list;
}

function fits(value: unknown, spec: Spec): boolean {
  if (spec === 's') return typeof value === 'string';
  if (spec === 'n') return typeof value === 'number' && Number.isFinite(value);
  if (spec === 'b') return typeof value === 'boolean';
  if (spec === 'L') return isRecord(value) && typeof value.zh === 'string' && typeof value.en === 'string';
  if (Array.isArray(spec)) return Array.isArray(value) && value.every((item) => fits(item, spec[0] as Spec));
  if (!isRecord(value)) return false;
  for (const [name, optional, inner] of fieldsOf(spec as Record<string, Spec>)) {
    const field = Object.hasOwn(value, name) ? value[name] : undefined;
    if (field === undefined ? !optional : !fits(field, inner)) return false;
  }
  return true;
}

/** Whether `value` has every field a catalog's users read, each of its type. */
export function hasCatalogShape(value: unknown): boolean {
  if (!fits(value, CATALOG)) return false;
  // waitMinutes: state → minutes.
  return (value as { channels: { waitMinutes: Record<string, unknown> }[] }).channels.every((c) => Object.values(c.waitMinutes).every((n) => typeof n === 'number' && Number.isFinite(n)));
}
