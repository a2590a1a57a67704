// The JSON Schema (draft 2020-12) of every `--json` output of this version, printed by
// `wxhelp schema --output`: the envelope, each command's payload, and the error object a failed
// run prints on stderr. Objects are closed (no key that is not described here), so a key added
// to a payload without being described fails the schema test over the whole grid
// (test/ecosystem/output-schema.test.ts) instead of reaching scripts undocumented.

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
const nil: Schema = { type: 'null' };
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const orNull = (schema: Schema): Schema => ({ anyOf: [schema, nil] });
const list = (items: Schema): Schema => ({ type: 'array', items });
const oneOf = (...values: readonly (string | boolean | null)[]): Schema => ({ enum: values });

/** An object with exactly these keys: the `required` ones always, the `optional` ones when they apply. */
function object(required: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema {
  return { type: 'object', properties: { ...required, ...optional }, required: Object.keys(required), additionalProperties: false };
}

/** An emergency plan's keys: recommend's `emergency` and the emergency command's payload. */
const EMERGENCY: Record<string, Schema> = {
  kind: str,
  name: str,
  trigger: str,
  response: str,
  agency: str,
  steps: list(str),
  stepDetails: list(object({ text: str, channels: list(str), how: orNull(str), canActNow: bool, source: ref('sources') })),
  contacts: list(ref('channel')),
  notes: list(ref('note')),
  source: ref('sources'),
};

const STATES = ['open', 'automated', 'closed', 'unknown'] as const;

const defs: Record<string, Schema> = {
  iso: {
    description: 'An ISO 8601 instant with the offset of the zone it is shown in (the user’s, unless said otherwise).',
    type: 'string',
    pattern: '^[+-]?\\d{4,6}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  },
  state: { enum: [...STATES] },
  source: object({
    id: str,
    type: {
      description:
        'What the source is, in the output language ("a Tencent help page", "a news report", "the web article"); null for an unknown id.',
      anyOf: [str, nil],
    },
    title: { description: 'The source named for what it is, in the output language.', type: 'string' },
    confidence: orNull(str),
    checked: { description: 'YYYY-MM-DD, or "unknown".', type: 'string' },
  }),
  sources: list(ref('source')),
  note: object({ text: str, source: ref('sources') }),
  region: object({
    overseas: {
      description: 'true abroad, false in mainland China, null when it cannot be told (then both dial forms are given).',
      type: ['boolean', 'null'],
    },
    from: {
      description: 'What decided it: --overseas / --mainland, the preferences file (config.yaml), or the time zone.',
      enum: ['flag', 'config', 'zone'],
    },
    why: { description: 'What decided it, in words, in the output language.', type: 'string' },
  }),
  status: object({
    state: ref('state'),
    peak: bool,
    expectedWaitMinutes: orNull(num),
    nextChange: { description: 'null when nothing changes within 8 days.', anyOf: [ref('iso'), nil] },
    nextState: orNull(ref('state')),
    nextOpen: { description: 'null when open now.', anyOf: [ref('iso'), nil] },
  }),
  channel: object(
    {
      id: str,
      kind: oneOf('app', 'web', 'official-account', 'mini-program', 'phone'),
      name: str,
      hours: { description: 'The hours in short text.', type: 'string' },
      regions: list(oneOf('mainland', 'overseas')),
      response: orNull(str),
      scope: orNull(str),
      strengths: list(str),
      languages: list(str),
      modes: list(str),
      status: ref('status'),
      source: ref('sources'),
      disputes: list(ref('note')),
      hoursDisputed: {
        description: 'What other sources say about these hours (e.g. "08:00–24:00", "none published"), each with its sources.',
        ...list(ref('note')),
      },
    },
    {
      hoursByRegion: {
        description:
          'One number whose hours depend on where the call comes from: the hours from mainland China and from abroad (`hours` is the one that applies to the user).',
        ...object({ mainland: str, overseas: str }),
      },
      standing: {
        description: 'Public material calls this line historical, or a line for another product: it is shown, never ranked first.',
        ...object({ is: oneOf('historical', 'other-product'), text: str, source: ref('sources') }),
      },
      sharedNumber: {
        description: 'Other channels with the same number, and what the user should know about it.',
        ...object({ with: list(str), text: str, source: ref('sources') }),
      },
      number: { description: 'As written in the catalog (the mainland form for a mainland line).', type: 'string' },
      e164: str,
      dial: { description: 'The number to dial from where the user is: give this one to a user abroad.', type: 'string' },
      callsFromAbroad: { description: 'Whether a mainland line is known to take calls from abroad.', enum: ['yes', 'unknown'] },
      dialForms: {
        description:
          'When the region is unsure: the number as dialled in mainland China and from abroad (null where the line does not take calls from there).',
        ...object({ mainland: orNull(str), abroad: orNull(str) }),
      },
      url: str,
      path: { description: 'Where to tap in the app.', type: 'string' },
      canActNow: bool,
      actsAt: orNull(ref('iso')),
    },
  ),
  overseas: object({
    processingFactor: num,
    languages: object({ count: num, examples: list(str) }),
    summary: str,
    materials: list(str),
    differences: list(object({ aspect: str, mainland: str, overseas: str, reason: str })),
    tips: list(ref('note')),
  }),
  emergency: object(EMERGENCY, { region: ref('region') }),
  error: object({
    error: object(
      {
        code: { description: 'A stable code; the README lists every one with its exit code.', type: 'string' },
        message: str,
        hint: orNull(str),
      },
      {
        suggestions: { description: 'The ids nearest to what was typed, best first.', ...list(str) },
        valid: { description: 'Every value the option accepts.', ...list(str) },
      },
    ),
  }),
};

const envelope = {
  schemaVersion: { const: 1 },
  at: ref('iso'),
  timeZone: str,
  serviceTimeZone: str,
};
const envelopeOptional = { warnings: { description: 'Catalog warnings (e.g. unknown keys), then the payload’s own.', ...list(str) } };

/** One command's output: the envelope's keys, its name, and its payload's. */
function command(name: string, payload: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema {
  return object({ ...envelope, command: { const: name }, ...payload }, { ...envelopeOptional, ...optional });
}

const recommendation = object({
  rank: int,
  channel: ref('channel'),
  reasons: list(str),
  service: orNull(object({ id: str, name: str, verification: str, priority: str })),
  capability: orNull(object({ id: str, name: str, how: orNull(str), time: orNull(str) })),
  materials: list(str),
  expectedResponse: orNull(str),
  scope: orNull(str),
  strengths: list(str),
  warnings: list(str),
});

/**
 * A row of `hours`: a channel with its windows. JSON Schema cannot extend a closed object, so the
 * row restates the channel's keys from its one definition.
 */
function hoursRow(): Schema {
  const channel = defs.channel as { properties: Record<string, Schema>; required: string[] };
  const window = object({ start: ref('iso'), end: ref('iso'), state: ref('state'), peak: bool });
  return {
    type: 'object',
    properties: { ...channel.properties, windows: list(window) },
    required: [...channel.required, 'windows'],
    additionalProperties: false,
  };
}

const commands: Record<string, Schema> = {
  phone: command('phone', {
    query: object({ topic: orNull(str), overseas: bool, region: ref('region') }),
    canActNow: bool,
    line: orNull(ref('channel')),
    alternatives: list(ref('channel')),
    overseas: orNull(ref('overseas')),
  }),
  recommend: command('recommend', {
    query: object({
      topic: str,
      urgent: bool,
      urgentFrom: oneOf('flag', 'topic', 'text', 'default'),
      overseas: bool,
      needs: list(str),
      region: ref('region'),
      limit: orNull(int),
    }),
    match: orNull(
      object({
        text: str,
        topic: str,
        confidence: oneOf('high', 'low'),
        alternatives: list(object({ topic: str, score: num })),
        urgent: bool,
        urgentPhrase: orNull(str),
        needs: { description: 'Needs the words ask for ("人工", "talk to a human"); they join query.needs.', ...list(str) },
      }),
    ),
    topic: object({ id: str, name: str, description: str }),
    emergency: orNull(ref('emergency')),
    canActNow: bool,
    person: {
      description:
        'When a need asks for a person: whether one answers now; else when (nextAt) and where (channel) one answers first, null when not within 8 days.',
      anyOf: [object({ now: bool, nextAt: orNull(ref('iso')), channel: orNull(ref('channel')) }), nil],
    },
    nextActionAt: orNull(ref('iso')),
    recommendations: list(recommendation),
    materials: list(str),
    tips: list(ref('note')),
    needs: list(
      object({
        id: str,
        name: str,
        description: str,
        feature: orNull(str),
        interaction: orNull(str),
        metric: orNull(str),
        person: { description: 'Met by a person answering now.', type: 'boolean' },
        steps: list(object({ text: str, source: ref('sources') })),
      }),
    ),
    overseas: orNull(ref('overseas')),
    transfer: orNull(object({ keyword: str, rate: num })),
    modes: list(object({ id: str, name: str, response: str, transferCondition: str, waitMinutes: object({ min: num, max: num }) })),
    advice: list(object({ id: str, text: str, source: ref('sources') })),
    warnings: list(str),
  }),
  channels: command('channels', { channels: list(ref('channel')), region: ref('region') }),
  hours: command('hours', {
    from: ref('iso'),
    to: ref('iso'),
    days: int,
    channels: list(hoursRow()),
  }),
  // The emergency payload is the plan recommend carries, with where the user is always said.
  emergency: command('emergency', { ...EMERGENCY, region: ref('region') }),
  topics: command('topics', {
    topics: list(object({ id: str, name: str, description: str, emergency: orNull(str) })),
    needs: list(object({ id: str, name: str, description: str })),
    emergencies: list(object({ id: str, name: str })),
    about: list(ref('note')),
  }),
  remind: command('remind', {
    channel: ref('channel'),
    event: object({
      start: ref('iso'),
      end: ref('iso'),
      alarmMinutesBefore: int,
      summary: str,
      afterCurrentWindow: bool,
      note: orNull(str),
    }),
    ics: { description: 'The .ics text (RFC 5545).', type: 'string' },
  }),
  validate: command('validate', {
    file: str,
    valid: bool,
    errors: list(object({ line: int, column: int, path: str, code: str, message: str })),
    warnings: list(object({ line: int, column: int, path: str, code: str, message: str })),
  }),
  completion: command('completion', { shell: oneOf('bash', 'zsh', 'fish'), script: str }),
  config: command(
    'config',
    { file: { description: 'The preferences file (whether or not it exists).', type: 'string' } },
    {
      preferences: object({
        lang: orNull(str),
        region: orNull(oneOf('mainland', 'overseas', 'auto')),
        needs: orNull(list(str)),
        accessible: orNull(bool),
      }),
      key: { description: 'The setting read, written or removed.', type: 'string' },
      value: { description: 'The setting’s value; null when it is not set (or was just removed).', anyOf: [str, list(str), bool, nil] },
    },
  ),
  schema: command(
    'schema',
    { schema: { description: 'The catalog’s JSON Schema, or with --output this one.', type: 'object' } },
    { file: str },
  ),
  'catalog-init': command('catalog-init', {
    file: str,
    schema: { description: 'The catalog schema the copy’s first line names.', type: 'string' },
  }),
};

export function outputSchema(version: string): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://github.com/wxhelp/wxhelp/blob/v${version}/output.schema.json`,
    title: `wxhelp ${version} --json output`,
    description:
      'Every object a `wxhelp … --json` run prints: on stdout, the envelope (schemaVersion 1) with the command’s payload; on stderr, when the run fails, an error object.',
    oneOf: [...Object.keys(commands).map((name) => ref(`command-${name}`)), ref('error')],
    $defs: { ...defs, ...Object.fromEntries(Object.entries(commands).map(([name, schema]) => [`command-${name}`, schema])) },
  };
}
