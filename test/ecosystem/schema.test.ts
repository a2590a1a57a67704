// The shipped JSON Schema (src/catalog/channels.schema.json, generated from the definition the
// validator interprets) checked by a real JSON Schema validator (ajv, draft 2020-12) against the
// same catalogs the validator sees: it accepts what the validator accepts and rejects each kind
// of shape error the validator rejects, at the same place.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/index.js';

const read = (url: URL) => readFileSync(url, 'utf8');
const SCHEMA = JSON.parse(read(new URL('../../src/catalog/channels.schema.json', import.meta.url))) as Record<string, unknown>;
const BUILTIN = read(new URL('../../channels.yaml', import.meta.url));
const MINIMAL = read(new URL('../catalog/fixtures/minimal.yaml', import.meta.url));

// strict: the schema itself must be clean (no unknown keywords or formats, no ambiguous types).
// patternErrorMessage is the editors' keyword (yaml-language-server shows it for a failed pattern),
// declared as an annotation.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
const validate = ajv.compile(SCHEMA);

/** The YAML as an editor's schema check sees it (YAML 1.2 core schema, merge keys resolved). */
const asJson = (text: string): unknown => parse(text, { merge: true });

/** "channels[1].services[0].priority" for an ajv error: its location plus the key it is about. */
function pathOf(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1);
  const key =
    (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
    (error.params as { additionalProperty?: string }).additionalProperty;
  if (key !== undefined) segments.push(key);
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function schemaErrors(text: string): ErrorObject[] {
  return validate(asJson(text)) ? [] : [...(validate.errors ?? [])];
}

function edit(from: string, to: string, text = MINIMAL): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture text not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('the JSON Schema accepts what the validator accepts', () => {
  it('the built-in channels.yaml', () => {
    expect(parseCatalog(BUILTIN, 'channels.yaml').catalog).toBeDefined();
    expect(schemaErrors(BUILTIN)).toEqual([]);
  });

  it('the minimal fixture, with its defaults left out', () => {
    expect(parseCatalog(MINIMAL, 'minimal.yaml').issues).toEqual([]);
    expect(schemaErrors(MINIMAL)).toEqual([]);
  });

  it('x- keys at the top (a place for YAML anchors) and merge keys', () => {
    const text = edit(
      'channels:\n',
      'x-hours: &always\n  text: { zh: 24 小时, en: 24 h }\n  windows: [{ from: "00:00", to: "00:00", state: open }]\nchannels:\n',
    ).replace(
      '    hours:\n      text: { zh: 24 小时, en: 24 h }\n      windows:\n        - { from: "00:00", to: "00:00", state: open }\n',
      '    hours: *always\n',
    );
    expect(parseCatalog(text, 'f').issues).toEqual([]);
    expect(schemaErrors(text)).toEqual([]);
  });

  it('names the schema on the first line of channels.yaml, by a path that resolves from the YAML file', () => {
    const first = BUILTIN.split('\n')[0]!;
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(match).not.toBeNull();
    const target = new URL(match![1]!, new URL('../../channels.yaml', import.meta.url));
    expect(JSON.parse(read(target))).toEqual(SCHEMA);
  });
});

interface Case {
  kind: string;
  text: string;
  /** Where both report it. */
  path: string;
  /** The JSON Schema keyword that rejects it. */
  keyword: string;
}

const rejected: Case[] = [
  {
    kind: 'wrong type: a list where text is expected',
    text: edit('        priority: A', '        priority: [A]'),
    path: 'channels[1].services[0].priority',
    keyword: 'type',
  },
  {
    kind: 'wrong type: a number where text is expected',
    text: edit('        priority: A', '        priority: 1'),
    path: 'channels[1].services[0].priority',
    keyword: 'type',
  },
  {
    kind: 'wrong type: text where a number is expected',
    text: edit('waitMinutes: 12 }', 'waitMinutes: twelve }'),
    path: 'channels[1].hours.peaks[0].waitMinutes',
    keyword: 'type',
  },
  {
    kind: 'wrong type: a mapping where a list is expected',
    text: edit('        materials: [id-card]', '        materials: { id: id-card }'),
    path: 'channels[1].services[0].materials',
    keyword: 'type',
  },
  {
    kind: 'bad time',
    text: edit('        - from: "09:00"', '        - from: "9am"'),
    path: 'channels[1].hours.windows[0].from',
    keyword: 'pattern',
  },
  {
    kind: 'bad time: 24:00 is only an end',
    text: edit('        - from: "09:00"', '        - from: "24:00"'),
    path: 'channels[1].hours.windows[0].from',
    keyword: 'pattern',
  },
  {
    kind: 'bad date format',
    text: edit('        - from: 2025-10-01', '        - from: 2025/10/01'),
    path: 'channels[1].hours.exceptions[0].from',
    keyword: 'pattern',
  },
  {
    kind: 'bad checked date',
    text: edit('    checked: 2025-01-15', '    checked: yesterday'),
    path: 'sources[0].checked',
    keyword: 'pattern',
  },
  { kind: 'bad enum value', text: edit('    kind: app\n', '    kind: apps\n'), path: 'channels[0].kind', keyword: 'enum' },
  { kind: 'bad window state', text: edit('state: open }', 'state: busy }'), path: 'channels[0].hours.windows[0].state', keyword: 'enum' },
  { kind: 'bad id', text: edit('  - id: general', '  - id: General Topic'), path: 'topics[0].id', keyword: 'pattern' },
  {
    kind: 'bad E.164 number',
    text: edit('    e164: "+8675583765566"', '    e164: "0755 8376 5566"'),
    path: 'channels[1].e164',
    keyword: 'pattern',
  },
  { kind: 'unsupported schemaVersion', text: edit('schemaVersion: 1', 'schemaVersion: 2'), path: 'schemaVersion', keyword: 'const' },
  {
    kind: 'negative minutes',
    text: edit('waitMinutes: 12 }', 'waitMinutes: -1 }'),
    path: 'channels[1].hours.peaks[0].waitMinutes',
    keyword: 'minimum',
  },
  { kind: 'missing required key', text: edit('    kind: app\n', ''), path: 'channels[0].kind', keyword: 'required' },
  {
    kind: 'missing translation',
    text: edit('{ zh: 最快, en: Fastest }', '{ zh: 最快 }'),
    path: 'topics[0].routes[0].reason.en',
    keyword: 'required',
  },
  {
    kind: 'empty translation',
    text: edit('{ zh: 最快, en: Fastest }', '{ zh: 最快, en: "" }'),
    path: 'topics[0].routes[0].reason.en',
    keyword: 'minLength',
  },
  {
    kind: 'empty list of channels',
    text: `${MINIMAL.slice(0, MINIMAL.indexOf('channels:\n'))}channels: []\n${MINIMAL.slice(MINIMAL.indexOf('materials:\n'))}`,
    path: 'channels',
    keyword: 'minItems',
  },
];

describe('the JSON Schema rejects each kind of error the validator rejects', () => {
  it.each(rejected)('$kind', ({ text, path, keyword }) => {
    const errors = parseCatalog(text, 'f').issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.path)).toContain(path);
    const found = schemaErrors(text);
    expect(found.map((e) => `${e.keyword} ${pathOf(e)}`)).toContain(`${keyword} ${path}`);
  });
});

describe('what differs, and why', () => {
  it('an unknown key: the validator warns and goes on; the schema flags it (additionalProperties), which editors show as a warning', () => {
    // yaml-language-server and VS Code report "Property colour is not allowed." with warning
    // severity, the same weight the validator gives it; a strict checker such as ajv calls it an error.
    const text = edit('    kind: app\n', '    kind: app\n    colour: green\n');
    const { catalog, issues } = parseCatalog(text, 'f');
    expect(catalog).toBeDefined();
    expect(issues.map((i) => [i.severity, i.path])).toEqual([['warning', 'channels[0].colour']]);
    expect(schemaErrors(text).map((e) => `${e.keyword} ${pathOf(e)}`)).toEqual(['additionalProperties channels[0].colour']);
  });

  // What JSON Schema cannot say: facts about other entries, the time-zone database and the
  // calendar. The validator catches these with file:line:col; the schema passes them.
  const validatorOnly: Omit<Case, 'keyword'>[] = [
    {
      kind: 'unknown channel id in a route',
      text: edit('      - channel: app', '      - channel: ap'),
      path: 'topics[0].routes[0].channel',
    },
    { kind: 'unknown source id', text: edit('    source: [seed]', '    source: [seed, nope]'), path: 'channels[1].source[1]' },
    { kind: 'duplicate channel id', text: edit('  - id: phone-general', '  - id: app'), path: 'channels[1].id' },
    { kind: 'unknown time zone', text: edit('      zone: Asia/Shanghai', '      zone: Mars/Olympus'), path: 'channels[1].hours.zone' },
    {
      kind: 'a date that does not exist',
      text: edit('        - from: 2025-10-01', '        - from: 2025-02-29'),
      path: 'channels[1].hours.exceptions[0].from',
    },
    {
      kind: 'an exception that ends before it starts',
      text: edit('          to: 2025-10-07', '          to: 2025-09-07'),
      path: 'channels[1].hours.exceptions[0].to',
    },
    { kind: 'a phone channel without a number', text: edit('    number: 0755-83765566\n', ''), path: 'channels[1]' },
  ];
  it.each(validatorOnly)('validator only: $kind', ({ text, path }) => {
    const errors = parseCatalog(text, 'f').issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.path)).toContain(path);
    expect(schemaErrors(text)).toEqual([]);
  });
});
