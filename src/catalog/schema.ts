// The one definition of the catalog's shape. `toJsonSchema()` turns it into the JSON Schema that
// ships with the package (src/catalog/channels.schema.json, for editors); validate.ts interprets
// the very same object when it walks a YAML document, and types.ts reads the catalog's TypeScript
// types off it. The definition is a small JSON Schema subset plus a few validator-only hints
// (`expected`, `calendarDate`, `wrapAsList`, `nullable`, `filledFrom`) that toJsonSchema()
// translates or drops.

/** Phrases used in error messages: "expected <expected> like <examples[0]>, got …". */
interface BaseDef {
  description?: string;
  /** Short noun phrase for messages, e.g. 'a time "HH:MM"'. Emitted as `description` when none is given. */
  expected?: string;
}

export interface StringDef extends BaseDef {
  type: 'string';
  pattern?: string;
  enum?: readonly string[];
  /** Validator only: a YYYY-MM-DD inside the value must be a real calendar date. */
  calendarDate?: boolean;
  minLength?: number;
  examples?: readonly string[];
  default?: string;
}

export interface NumberDef extends BaseDef {
  type: 'number' | 'integer';
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  const?: number;
  /** null is accepted and means "not known" (the key is dropped). */
  nullable?: boolean;
  examples?: readonly number[];
}

export interface BooleanDef extends BaseDef {
  type: 'boolean';
}

export interface ArrayDef extends BaseDef {
  type: 'array';
  items: Def;
  minItems?: number;
  default?: readonly unknown[];
}

export interface ObjectDef extends BaseDef {
  type: 'object';
  properties: Readonly<Record<string, Def>>;
  required?: readonly string[];
  additionalProperties: false;
  /** Extra keys that are accepted and ignored (e.g. `x-` keys holding YAML anchors). */
  patternProperties?: Readonly<Record<string, Record<string, never>>>;
  default?: Readonly<Record<string, unknown>>;
}

/** Alternatives of different YAML node kinds (a string or a list, …). */
export interface OneOfDef extends BaseDef {
  oneOf: readonly Def[];
  /** Validator only: a non-list alternative is normalised to a one-element list. */
  wrapAsList?: boolean;
}

export interface RefDef {
  $ref: string;
  description?: string;
  default?: unknown;
  /** Validator only: when absent, the loader fills it in from this value (`serviceTimeZone`: the catalog's; `hours.zone`: the line's). */
  filledFrom?: 'serviceTimeZone' | 'hours.zone';
}

export type Def = StringDef | NumberDef | BooleanDef | ArrayDef | ObjectDef | OneOfDef | RefDef;

// The helpers keep their arguments' literal types (`const` type parameters), so that types.ts can
// read the catalog's TypeScript types off this very definition (NoInfer: an omitted `extra` is {},
// not whatever the call's context expects).
const ref = <const N extends string, const E extends Omit<RefDef, '$ref'> = Record<never, never>>(name: N, extra?: E) =>
  ({ $ref: `#/$defs/${name}`, ...extra }) as { $ref: `#/$defs/${N}` } & NoInfer<E>;
const list = <const I extends Def, const E extends Omit<ArrayDef, 'type' | 'items'> = Record<never, never>>(items: I, extra?: E) =>
  ({ type: 'array', items, ...extra }) as { type: 'array'; items: I } & NoInfer<E>;
const obj = <
  const P extends Readonly<Record<string, Def>>,
  const R extends readonly (keyof P & string)[],
  const E extends Omit<ObjectDef, 'type' | 'properties' | 'required' | 'additionalProperties'> = Record<never, never>,
>(
  properties: P,
  required: R,
  extra?: E,
) =>
  ({ type: 'object', properties, required, additionalProperties: false, ...extra }) as {
    type: 'object';
    properties: P;
    required: R;
    additionalProperties: false;
  } & NoInfer<E>;

/** Properties every sourced fact has. Nested facts inherit their parent's `source` when it is omitted. */
const sourced = <const P extends Readonly<Record<string, Def>>>(properties: P) => ({
  ...properties,
  source: ref('SourceRefs'),
  checked: ref('DateOrUnknown', { description: "When this fact was last checked; defaults to its sources' own date." }),
});

// A wait or a reply time: at most a week (a catalog number beyond that is a slip, and a huge one
// would overflow the arithmetic of the times computed from it).
const MINUTES: NumberDef = {
  type: 'number',
  minimum: 0,
  maximum: 10080,
  expected: 'a number of minutes from 0 to 10080 (a week)',
  examples: [12],
};
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';

const defs = {
  Id: {
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*$',
    expected: 'an id of lower-case letters, digits and "-"',
    examples: ['account-security'],
  },
  Ids: list(ref('Id'), { default: [], expected: 'a list of ids' }),
  Text: { type: 'string', minLength: 1, expected: 'a non-empty string' },
  Localized: obj(
    {
      zh: ref('Text'),
      en: ref('Text'),
      'zh-Hant': ref('Text', {
        description: 'Traditional Chinese; when absent, made from `zh` (with wording for Hong Kong, Macao and Taiwan).',
      }),
    },
    ['zh', 'en'],
    { expected: 'a mapping with "zh" and "en" texts (and optionally "zh-Hant")' },
  ),
  SourceRefs: {
    oneOf: [ref('Id'), list(ref('Id'), { minItems: 1 })],
    wrapAsList: true,
    expected: 'a source id or a list of source ids',
    description: "Ids of entries in `sources`. Nested facts inherit their parent's sources when omitted.",
  },
  Date: {
    type: 'string',
    pattern: `^${DATE}$`,
    calendarDate: true,
    expected: 'a date "YYYY-MM-DD"',
    examples: ['2025-10-01'],
  },
  DateOrUnknown: {
    type: 'string',
    pattern: `^(${DATE}|unknown)$`,
    calendarDate: true,
    expected: 'a date "YYYY-MM-DD" or "unknown"',
    examples: ['2025-01-15'],
  },
  Time: {
    type: 'string',
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
    expected: 'a time "HH:MM"',
    examples: ['09:00'],
  },
  EndTime: {
    type: 'string',
    pattern: '^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$',
    expected: 'a time "HH:MM" (or "24:00")',
    examples: ['22:00'],
  },
  Zone: { type: 'string', minLength: 1, expected: 'an IANA time zone', examples: ['Asia/Shanghai'] },
  Minutes: MINUTES,
  Weekday: { type: 'string', enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
  Weekdays: list(ref('Weekday'), { minItems: 1, description: 'Days the rule applies to; every day when absent.' }),
  Region: { type: 'string', enum: ['mainland', 'overseas'] },
  ChannelKind: { type: 'string', enum: ['app', 'web', 'official-account', 'mini-program', 'phone'] },
  WindowState: { type: 'string', enum: ['open', 'automated'] },
  Confidence: { type: 'string', enum: ['seed', 'high', 'medium', 'low'] },

  Source: obj(
    {
      id: ref('Id'),
      kind: { type: 'string', enum: ['seed', 'public'] },
      type: {
        type: 'string',
        enum: [
          'web-article',
          'tencent-page',
          'wechat-pay-page',
          'tenpay-page',
          'news-report',
          'app-text',
          'copy',
          'community',
          'nothing-found',
        ],
        description: 'What the source is, as a reader names it (a web article, a Tencent help page, a news report…).',
      },
      title: ref('Localized'),
      ref: ref('Text', { description: 'A URL or a description of the copy.' }),
      date: ref('DateOrUnknown', { description: 'Date of the material itself.' }),
      confidence: ref('Confidence'),
      checked: ref('DateOrUnknown', { description: 'When this project last checked it.' }),
      note: ref('Localized'),
    },
    ['id', 'kind', 'title', 'ref', 'date', 'confidence', 'checked'],
  ),
  WindowRule: obj({ from: ref('Time'), to: ref('EndTime'), state: ref('WindowState'), days: ref('Weekdays') }, ['from', 'to', 'state'], {
    description: 'A daily window; `to` <= `from` crosses midnight, `from` == `to` is 24 h.',
  }),
  PeakRule: obj({ from: ref('Time'), to: ref('EndTime'), days: ref('Weekdays'), waitMinutes: ref('Minutes') }, [
    'from',
    'to',
    'waitMinutes',
  ]),
  ScheduleException: obj(
    sourced({
      from: ref('Date'),
      to: ref('Date'),
      windows: list(ref('WindowRule')),
      peaks: list(ref('PeakRule')),
      note: ref('Localized'),
    }),
    ['from', 'to', 'windows'],
    { description: 'Dated replacement of the weekly windows (dates inclusive).' },
  ),
  Hours: obj(
    {
      zone: ref('Zone', {
        description: "Zone the windows are written in; the catalog's serviceTimeZone when absent.",
        filledFrom: 'serviceTimeZone',
      }),
      text: ref('Localized'),
      windows: list(ref('WindowRule')),
      peaks: list(ref('PeakRule'), { default: [] }),
      exceptions: list(ref('ScheduleException'), { default: [] }),
      abroad: ref('RegionalHours'),
      disputed: list(ref('SourcedNote'), {
        description: 'What other sources say about these hours ("08:00–24:00", "none published"), each with its source.',
      }),
    },
    ['text', 'windows'],
  ),
  RegionalHours: obj(
    sourced({
      zone: ref('Zone', { description: "Zone the windows are written in; the line's own zone when absent.", filledFrom: 'hours.zone' }),
      text: ref('Localized'),
      windows: list(ref('WindowRule')),
      peaks: list(ref('PeakRule'), { default: [] }),
      exceptions: list(ref('ScheduleException'), { default: [] }),
    }),
    ['text', 'windows', 'source'],
    { description: "The same line's hours for calls from outside mainland China, when a source gives other ones." },
  ),
  WaitMinutes: obj(
    {
      open: { ...MINUTES, nullable: true },
      automated: { ...MINUTES, nullable: true },
      closed: { ...MINUTES, nullable: true },
    },
    [],
    { expected: 'a mapping of state to minutes' },
  ),
  Note: obj(
    sourced({
      text: ref('Localized'),
      overseasText: ref('Localized', { description: "A topic's tip as said to a user outside mainland China, where it differs." }),
    }),
    ['text'],
  ),
  SourcedNote: obj(sourced({ text: ref('Localized') }), ['text', 'source']),
  Capability: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      how: ref('Localized'),
      evidence: ref('Localized'),
      time: ref('Localized'),
      note: ref('Localized'),
    }),
    ['id', 'name'],
  ),
  SpecialService: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      verification: ref('Localized'),
      priority: ref('Text'),
      materials: ref('Ids', { description: 'Material ids.' }),
      note: ref('Localized'),
    }),
    ['id', 'name', 'verification', 'priority'],
  ),
  Channel: obj(
    sourced({
      id: ref('Id'),
      kind: ref('ChannelKind'),
      name: ref('Localized'),
      number: ref('Text', { description: 'The number as written.' }),
      e164: {
        type: 'string',
        pattern: '^\\+[1-9]\\d{6,14}$',
        expected: 'an E.164 number "+<country><number>"',
        examples: ['+8675583765566'],
      },
      url: {
        type: 'string',
        pattern: '^https?://[^\\s]+$',
        expected: 'a URL starting with "https://"',
        examples: ['https://weixin.qq.com/'],
      },
      path: ref('Localized', { description: 'In-app path.' }),
      regions: list(ref('Region'), { minItems: 1, default: ['mainland', 'overseas'] }),
      alternative: ref('Id', { description: 'Channel to use instead where this one does not serve.' }),
      topics: list(ref('Id'), {
        description:
          'Topic ids this channel serves only (a merchant line, the police): offered for other topics only where a route or step names it.',
      }),
      abroad: ref('Abroad'),
      hours: ref('Hours'),
      waitMinutes: ref('WaitMinutes', { default: {} }),
      response: ref('Localized'),
      scope: ref('Localized'),
      strengths: list(ref('Localized'), { default: [] }),
      languages: list(ref('Text'), { default: [] }),
      modes: ref('Ids', { description: 'Interaction mode ids.' }),
      capabilities: list(ref('Capability'), { default: [] }),
      services: list(ref('SpecialService'), { default: [] }),
      notes: list(ref('Note'), { default: [] }),
      disputes: list(ref('SourcedNote'), { default: [] }),
      standing: ref('Standing'),
      sharedNumber: ref('SharedNumber'),
    }),
    ['id', 'kind', 'name', 'hours', 'source'],
  ),
  Standing: obj(
    sourced({
      is: {
        type: 'string',
        enum: ['historical', 'other-product'],
        description: 'historical: public material calls the line old; other-product: a line for another product.',
      },
      text: ref('Localized'),
    }),
    ['is', 'text', 'source'],
    { description: 'What public material says this line is, when that keeps it from leading an answer.' },
  ),
  SharedNumber: obj(
    sourced({
      with: ref('Ids', { description: 'The other channels with this number (or address).' }),
      text: ref('Localized'),
    }),
    ['with', 'text', 'source'],
    { description: 'Other channels with the same number, and what the user should know about it.' },
  ),
  Abroad: obj(
    sourced({
      calls: {
        type: 'string',
        enum: ['yes', 'no', 'unknown'],
        description: 'Whether this line takes calls from outside mainland China (no: it is not offered abroad).',
      },
      dial: ref('Text', { description: 'The number to dial from abroad (international format), e.g. "+86 755 8601 3860".' }),
    }),
    ['calls'],
    { description: 'How a line that serves mainland China can be reached from abroad.' },
  ),
  InteractionMode: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      response: ref('Localized'),
      transferCondition: ref('Localized'),
      wait: obj({ min: ref('Minutes'), max: ref('Minutes') }, ['min', 'max']),
      note: ref('Localized'),
    }),
    ['id', 'name', 'response', 'transferCondition', 'wait', 'source'],
  ),
  Transfer: obj(
    sourced({
      keyword: ref('Text'),
      description: ref('Localized'),
      rates: list(
        obj(
          {
            topic: ref('Id'),
            rate: {
              type: 'number',
              minimum: 0,
              maximum: 1,
              expected: 'a fraction between 0 and 1 (0.92 for 92%)',
              examples: [0.92],
            },
          },
          ['topic', 'rate'],
        ),
        { default: [] },
      ),
    }),
    ['keyword', 'description', 'source'],
  ),
  Material: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      overseas: ref('Id', {
        description:
          'The material to have ready instead when the user is outside mainland China (a mainland ID card → their own identity document).',
      }),
    }),
    ['id', 'name', 'source'],
  ),
  Route: obj(
    sourced({
      channel: ref('Id'),
      reason: ref('Localized'),
      service: ref('Id', { description: 'A special service of that channel.' }),
      capability: ref('Id', { description: 'A capability of that channel.' }),
      materials: list(ref('Id')),
      urgent: { type: 'boolean', description: 'true: only for urgent queries; false: only for non-urgent ones.' },
      selfService: {
        type: 'boolean',
        description: "true: the channel's automated state (self-service, AI) does this job, so it can act then too.",
      },
      lead: {
        type: 'boolean',
        description: 'true: this channel leads whenever it can act, urgent or not (e.g. the only start that needs no login).',
      },
    }),
    ['channel', 'reason'],
  ),
  Topic: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      description: ref('Localized'),
      emergency: ref('Id', { description: 'Emergency procedure to lead with when the query is urgent.' }),
      urgent: {
        type: 'boolean',
        description: 'Urgent by nature (a stolen account, money at risk): urgent unless the user says otherwise.',
      },
      routes: list(ref('Route'), { minItems: 1 }),
      materials: ref('Ids'),
      tips: list(ref('Note'), { default: [] }),
      phrases: ref('Phrases', { description: 'None when absent.' }),
      urgentPhrases: list(ref('Text'), {
        description: 'Phrases (either language) that also mean the problem is urgent, e.g. 被盗, "scammed"; matched like `phrases`.',
      }),
      wherePhrases: list(ref('Text'), {
        description:
          'Phrases (either language) that say only where the user is, e.g. 在美国, "i live in canada"; matched like `phrases`, but when they are all this topic matched and another topic matched a phrase of its own, that other problem leads (unless it is one of `whereWith`).',
      }),
      whereWith: list(ref('Id'), { description: 'Topics beside whose problems `wherePhrases` still lead, e.g. payment for cross-border.' }),
    }),
    ['id', 'name', 'description', 'routes', 'source'],
  ),
  Phrases: obj(
    {
      zh: list(ref('Text'), { default: [] }),
      en: list(ref('Text'), { default: [] }),
      'zh-Hant': list(ref('Text'), {
        description:
          'Wording of Hong Kong, Macao and Taiwan, in Traditional characters (登入, 簡訊, 個資 …); Traditional characters in any list match their Simplified forms anyway.',
      }),
    },
    [],
    {
      expected: 'a mapping with "zh", "zh-Hant" and "en" lists of phrases',
      description: 'Words and phrases people use for this topic, per language, for matching a problem described in their own words.',
    },
  ),
  Step: obj(
    sourced({
      text: ref('Localized'),
      overseasText: ref('Localized', {
        description:
          'The step as said to a user outside mainland China, where it differs (their own identity document instead of a mainland ID card).',
      }),
      channel: ref('Id', { description: 'The channel this step uses.' }),
      channels: list(ref('Id'), {
        expected: 'a list of ids',
        description: 'The channels this step uses, any of them (e.g. a mainland line and its overseas form).',
      }),
      capability: ref('Id', { description: "A capability of the step's channel: its `how` says where to tap." }),
    }),
    ['text'],
  ),
  Emergency: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      trigger: ref('Localized'),
      response: ref('Localized'),
      agency: ref('Localized'),
      steps: list(ref('Step'), { default: [] }),
      contacts: ref('Ids', { description: 'Channel ids.' }),
      notes: list(ref('Note'), { default: [] }),
    }),
    ['id', 'name', 'trigger', 'response', 'agency', 'source'],
  ),
  OverseasDifference: obj(
    sourced({
      aspect: ref('Localized'),
      domestic: ref('Localized'),
      overseas: ref('Localized'),
      reason: ref('Localized'),
    }),
    ['aspect', 'domestic', 'overseas', 'reason'],
  ),
  Overseas: obj(
    sourced({
      languages: obj(
        {
          count: { type: 'integer', minimum: 0, expected: 'a whole number (0 or more)', examples: [8] },
          examples: list(ref('Text'), { default: [] }),
        },
        ['count'],
      ),
      processingFactor: {
        type: 'number',
        exclusiveMinimum: 0,
        expected: 'a factor above 0',
        examples: [1.8],
      },
      summary: ref('Localized'),
      differences: list(ref('OverseasDifference'), { default: [] }),
      materials: ref('Ids'),
      tips: list(ref('Note'), { default: [] }),
    }),
    ['languages', 'processingFactor', 'summary', 'source'],
  ),
  Need: obj(
    sourced({
      id: ref('Id'),
      name: ref('Localized'),
      description: ref('Localized'),
      feature: ref('Localized'),
      interaction: ref('Localized'),
      metric: ref('Localized'),
      routes: list(ref('Route'), { default: [] }),
      steps: list(ref('Step'), { default: [] }),
      tips: list(ref('Note'), { default: [] }),
      disputes: list(ref('SourcedNote'), {
        description: 'Claims about this need that public material does not bear out; shown only with --verbose.',
      }),
      person: {
        type: 'boolean',
        description:
          'Met by a person answering (e.g. "I want a person"): rank 1 is a channel where one answers now, and the answer says when one will.',
      },
      topic: ref('Id', { description: 'The topic to answer for when the words ask for this need and name no problem.' }),
      phrases: ref('Phrases', { description: 'None when absent.' }),
    }),
    ['id', 'name', 'description', 'source'],
  ),
  Advice: obj(
    sourced({
      id: ref('Id'),
      topics: ref('Ids', { description: 'Topic ids it applies to; all when empty.' }),
      urgent: { type: 'boolean' },
      text: ref('Localized'),
    }),
    ['id', 'text', 'source'],
  ),
} as const satisfies Record<string, Def>;

/** The catalog document (the root of channels.yaml). */
const root = obj(
  {
    schemaVersion: {
      type: 'integer',
      const: 1,
      expected: 'schemaVersion 1',
      description: 'Version of this catalog format; always 1.',
    },
    serviceTimeZone: ref('Zone', { default: 'Asia/Shanghai' }),
    sources: list(ref('Source'), { minItems: 1, expected: 'a list of sources' }),
    about: list(ref('SourcedNote'), { default: [] }),
    channels: list(ref('Channel'), { minItems: 1, expected: 'a list of channels' }),
    modes: list(ref('InteractionMode'), { default: [] }),
    transfer: ref('Transfer'),
    materials: list(ref('Material'), { default: [] }),
    topics: list(ref('Topic'), { minItems: 1, expected: 'a list of topics' }),
    emergencies: list(ref('Emergency'), { default: [] }),
    overseas: ref('Overseas'),
    needs: list(ref('Need'), { default: [] }),
    advice: list(ref('Advice'), { default: [] }),
    properNames: list(ref('Text'), {
      default: [],
      description: 'Names and terms kept as written in Chinese text too (APP, AI, GDPR, Reading Pro…).',
    }),
  },
  ['schemaVersion', 'sources', 'channels', 'topics'],
  {
    // Keys starting with "x-" are ignored: a place for YAML anchors shared by several entries.
    patternProperties: { '^x-': {} },
    expected: 'a catalog mapping (schemaVersion, sources, channels, topics, …)',
    description:
      'WeChat support channels, their hours and sources, and the topics that route to them. Keys starting with "x-" are ignored (a place for YAML anchors).',
  },
);

/** The catalog's definition: the root mapping with its named parts in `$defs`. */
export const catalogDef: ObjectDef & { $defs: Readonly<Record<string, Def>> } = { ...root, $defs: defs };

/** The definition's types as written (literal), for types.ts to derive the catalog's types from. */
export type CatalogDefs = typeof defs;
export type CatalogRootDef = typeof root;

/** The validator's own wording for a pattern mismatch: 'Expected a time "HH:MM", like "09:00".' */
function patternMessage(def: StringDef): string {
  const what = def.expected ?? 'a string of the form given by the schema';
  const like = def.examples?.[0] === undefined ? '' : `, like ${JSON.stringify(def.examples[0])}`;
  return `Expected ${what}${like}.`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toJson(def: Def): { [key: string]: Json } {
  if ('$ref' in def) {
    const out: { [key: string]: Json } = { $ref: def.$ref };
    if (def.description !== undefined) out.description = def.description;
    if (def.default !== undefined) out.default = def.default as Json;
    return out;
  }
  const out: { [key: string]: Json } = {};
  const description = def.description ?? def.expected;
  if ('oneOf' in def) {
    if (description !== undefined) out.description = description;
    out.oneOf = def.oneOf.map(toJson);
    return out;
  }
  if (def.type === 'number' || def.type === 'integer') {
    if (def.nullable) out.type = [def.type, 'null'];
    else out.type = def.type;
  } else {
    out.type = def.type;
  }
  if (description !== undefined) out.description = description;
  switch (def.type) {
    case 'string':
      if (def.enum) out.enum = [...def.enum];
      if (def.pattern !== undefined) {
        out.pattern = def.pattern;
        // What yaml-language-server shows instead of the raw regex when the pattern fails.
        out.patternErrorMessage = patternMessage(def);
      }
      // No `format`: every one comes with a pattern that says the same, and an unknown format
      // ("date" without a format plug-in) fails strict JSON Schema validators.
      if (def.minLength !== undefined) out.minLength = def.minLength;
      if (def.examples) out.examples = [...def.examples];
      if (def.default !== undefined) out.default = def.default;
      break;
    case 'number':
    case 'integer':
      if (def.const !== undefined) out.const = def.const;
      if (def.minimum !== undefined) out.minimum = def.minimum;
      if (def.exclusiveMinimum !== undefined) out.exclusiveMinimum = def.exclusiveMinimum;
      if (def.maximum !== undefined) out.maximum = def.maximum;
      if (def.examples) out.examples = [...def.examples];
      break;
    case 'boolean':
      break;
    case 'array':
      out.items = toJson(def.items);
      if (def.minItems !== undefined) out.minItems = def.minItems;
      if (def.default !== undefined) out.default = def.default as Json;
      break;
    case 'object': {
      const props: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(def.properties)) props[k] = toJson(v);
      out.properties = props;
      if (def.required && def.required.length > 0) out.required = [...def.required];
      if (def.patternProperties) out.patternProperties = def.patternProperties as Json;
      out.additionalProperties = def.additionalProperties;
      if (def.default !== undefined) out.default = def.default as Json;
      break;
    }
  }
  return out;
}

/** The catalog's JSON Schema (draft 2020-12), as shipped in channels.schema.json. */
export function toJsonSchema(): Record<string, unknown> {
  const { $defs, ...root } = catalogDef;
  const body = toJson(root);
  const $defsOut: { [key: string]: Json } = {};
  for (const [name, def] of Object.entries($defs)) $defsOut[name] = toJson(def);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'wxhelp channel catalog (channels.yaml)',
    ...body,
    $defs: $defsOut,
  };
}
