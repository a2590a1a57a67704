import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseCatalog, type Catalog, type CatalogIssue, type Channel } from '../../src/catalog/index.js';

const MINIMAL = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');

/** MINIMAL with one exact piece of text replaced (fails loudly when the fixture changes). */
function edit(from: string, to: string, text = MINIMAL): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture text not found exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const seed = ['seed'];
const localized = (zh: string, en: string) => ({ zh, en });
const channelDefaults: Pick<
  Channel,
  'regions' | 'waitMinutes' | 'strengths' | 'languages' | 'modes' | 'capabilities' | 'services' | 'notes' | 'disputes'
> = {
  regions: ['mainland', 'overseas'],
  waitMinutes: {},
  strengths: [],
  languages: [],
  modes: [],
  capabilities: [],
  services: [],
  notes: [],
  disputes: [],
};

describe('parseCatalog: a valid catalog', () => {
  it('loads the minimal catalog with every default applied', () => {
    const { catalog, issues } = parseCatalog(MINIMAL, 'minimal.yaml');
    expect(issues).toEqual([]);
    const expected: Catalog = {
      schemaVersion: 1,
      properNames: [],
      serviceTimeZone: 'Asia/Shanghai',
      sources: [
        {
          id: 'seed',
          kind: 'seed',
          title: localized('种子文档', 'Seed document'),
          ref: 'seed/000.txt',
          date: 'unknown',
          confidence: 'seed',
          checked: '2025-01-15',
        },
      ],
      about: [],
      channels: [
        {
          ...channelDefaults,
          id: 'app',
          kind: 'app',
          name: localized('微信内客服', 'In-app help'),
          path: localized('我-设置-帮助与反馈', 'Me > Settings > Help & Feedback'),
          source: seed, // a single id becomes a list
          hours: {
            zone: 'Asia/Shanghai', // from serviceTimeZone
            text: localized('24 小时', '24 h'),
            windows: [{ from: '00:00', to: '00:00', state: 'open' }],
            peaks: [],
            exceptions: [],
          },
        },
        {
          ...channelDefaults,
          id: 'phone-general',
          kind: 'phone',
          name: localized('综合咨询热线', 'General hotline'),
          number: '0755-83765566',
          e164: '+8675583765566',
          regions: ['mainland'],
          source: seed,
          checked: 'unknown',
          hours: {
            zone: 'Asia/Shanghai',
            text: localized('9:00–22:00', '9:00–22:00'),
            windows: [{ from: '09:00', to: '22:00', state: 'open', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
            peaks: [{ from: '19:00', to: '21:00', waitMinutes: 12 }],
            // nested facts inherit their parent's sources
            exceptions: [{ from: '2025-10-01', to: '2025-10-07', windows: [], source: seed }],
          },
          waitMinutes: { open: 5 }, // null means "not known": dropped
          services: [
            {
              id: 'unblock',
              name: localized('账户解封', 'Account unblock'),
              verification: localized('人脸识别', 'Face recognition'),
              priority: 'A',
              materials: ['id-card'],
              source: seed,
            },
          ],
        },
      ],
      modes: [],
      materials: [{ id: 'id-card', name: localized('身份证', 'ID card'), source: seed }],
      topics: [
        {
          id: 'general',
          name: localized('一般问题', 'General'),
          description: localized('基本功能', 'Basic functions'),
          source: seed,
          routes: [
            { channel: 'app', reason: localized('最快', 'Fastest'), source: seed },
            {
              channel: 'phone-general',
              service: 'unblock',
              reason: localized('人工', 'A person'),
              urgent: true,
              source: seed,
            },
          ],
          materials: [],
          tips: [],
        },
      ],
      emergencies: [],
      needs: [],
      advice: [],
    };
    expect(catalog).toEqual(expected);
    // Optional fields without a default stay absent rather than undefined-valued.
    expect(Object.keys(catalog!.channels[0]!)).not.toContain('number');
    expect(Object.keys(catalog!.topics[0]!.routes[0]!)).not.toContain('materials');
  });

  it('accepts anchors, aliases, merge keys and x- keys', () => {
    const text = edit(
      'channels:\n',
      'x-hours: &always\n  text: { zh: 24 小时, en: 24 h }\n  windows: [{ from: "00:00", to: "00:00", state: open }]\nchannels:\n',
    ).replace(
      '    hours:\n      text: { zh: 24 小时, en: 24 h }\n      windows:\n        - { from: "00:00", to: "00:00", state: open }\n',
      '    hours: { <<: *always, zone: Asia/Tokyo }\n',
    );
    expect(text).toContain('<<: *always');
    const { catalog, issues } = parseCatalog(text, 'f.yaml');
    expect(issues).toEqual([]);
    expect(catalog!.channels[0]!.hours).toEqual({
      zone: 'Asia/Tokyo',
      text: localized('24 小时', '24 h'),
      windows: [{ from: '00:00', to: '00:00', state: 'open' }],
      peaks: [],
      exceptions: [],
    });
  });

  it('returns the catalog with warnings, and no catalog when there is an error', () => {
    const warned = parseCatalog(edit('    kind: app\n', '    kind: app\n    colour: green\n'), 'f');
    expect(warned.catalog).toBeDefined();
    expect(warned.issues.map((i) => i.severity)).toEqual(['warning']);
    const failed = parseCatalog(edit('    kind: app\n', '    kind: 7\n'), 'f');
    expect(failed.catalog).toBeUndefined();
  });
});

interface Case {
  name: string;
  text: string;
  severity?: 'error' | 'warning';
  line: number;
  column: number;
  path: string;
  message: string | RegExp;
  /** The only issue reported (default true). */
  only?: boolean;
}

const cases: Case[] = [
  {
    name: 'wrong type: a list where text is expected',
    text: edit('        priority: A', '        priority: [A]'),
    line: 49,
    column: 19,
    path: 'channels[1].services[0].priority',
    message: 'expected a non-empty string, got a list',
  },
  {
    name: 'wrong type: a number where text is expected',
    text: edit('        priority: A', '        priority: 1'),
    line: 49,
    column: 19,
    path: 'channels[1].services[0].priority',
    message: 'expected a non-empty string, got 1 (a number) — put it in quotes to make it text',
  },
  {
    name: 'wrong type: text where a number is expected',
    text: edit('waitMinutes: 12 }', 'waitMinutes: twelve }'),
    line: 39,
    column: 54,
    path: 'channels[1].hours.peaks[0].waitMinutes',
    message: 'expected a number of minutes from 0 to 10080 (a week) like 12, got "twelve"',
  },
  {
    name: 'wrong type: a mapping where a list is expected',
    text: edit('        materials: [id-card]', '        materials: { id: id-card }'),
    line: 50,
    column: 20,
    path: 'channels[1].services[0].materials',
    message: 'expected a list of ids, got a mapping',
  },
  {
    name: 'bad time',
    text: edit('        - from: "09:00"', '        - from: "9am"'),
    line: 34,
    column: 17,
    path: 'channels[1].hours.windows[0].from',
    message: 'expected a time "HH:MM" like "09:00", got "9am"',
  },
  {
    name: 'bad time: 24:00 is only an end',
    text: edit('        - from: "09:00"', '        - from: "24:00"'),
    line: 34,
    column: 17,
    path: 'channels[1].hours.windows[0].from',
    message: 'expected a time "HH:MM" like "09:00", got "24:00"',
  },
  {
    name: 'bad zone in a channel',
    text: edit('      zone: Asia/Shanghai', '      zone: Mars/Olympus'),
    line: 31,
    column: 13,
    path: 'channels[1].hours.zone',
    message: 'unknown time zone "Mars/Olympus": expected an IANA zone like "Asia/Shanghai"',
  },
  {
    name: 'bad serviceTimeZone',
    text: edit('serviceTimeZone: Asia/Shanghai', 'serviceTimeZone: Beijing'),
    line: 3,
    column: 18,
    path: 'serviceTimeZone',
    message: 'unknown time zone "Beijing": expected an IANA zone like "Asia/Shanghai"',
  },
  {
    name: 'bad date format',
    text: edit('        - from: 2025-10-01', '        - from: 2025/10/01'),
    line: 41,
    column: 17,
    path: 'channels[1].hours.exceptions[0].from',
    message: 'expected a date "YYYY-MM-DD" like "2025-10-01", got "2025/10/01"',
  },
  {
    name: 'date that does not exist',
    text: edit('        - from: 2025-10-01', '        - from: 2025-02-29'),
    line: 41,
    column: 17,
    path: 'channels[1].hours.exceptions[0].from',
    message: '"2025-02-29" is not a real date (expected a date "YYYY-MM-DD")',
  },
  {
    name: 'exception that ends before it starts',
    text: edit('          to: 2025-10-07', '          to: 2025-09-07'),
    line: 42,
    column: 15,
    path: 'channels[1].hours.exceptions[0].to',
    message: 'exception ends (2025-09-07) before it starts (2025-10-01)',
  },
  {
    name: 'bad checked date',
    text: edit('    checked: 2025-01-15', '    checked: yesterday'),
    line: 11,
    column: 14,
    path: 'sources[0].checked',
    message: 'expected a date "YYYY-MM-DD" or "unknown" like "2025-01-15", got "yesterday"',
  },
  {
    name: 'unknown channel id in a route',
    text: edit('      - channel: app', '      - channel: ap'),
    line: 61,
    column: 18,
    path: 'topics[0].routes[0].channel',
    message: "unknown channel id 'ap' — did you mean 'app'?",
  },
  {
    name: 'route to a service the channel does not have',
    text: edit('        service: unblock', '        service: unlock'),
    line: 64,
    column: 18,
    path: 'topics[0].routes[1].service',
    message: "channel 'phone-general' has no service 'unlock' (it has: unblock)",
  },
  {
    name: 'route to a capability the channel does not have',
    text: edit('      - channel: app\n', '      - channel: app\n        capability: tickets\n'),
    line: 62,
    column: 21,
    path: 'topics[0].routes[0].capability',
    message: "channel 'app' has no capability 'tickets'",
  },
  {
    name: 'unknown topic id beside which a place still leads',
    text: edit(
      '    description: { zh: 基本功能, en: Basic functions }\n',
      '    description: { zh: 基本功能, en: Basic functions }\n    whereWith: [paymnet]\n',
    ),
    line: 59,
    column: 17,
    path: 'topics[0].whereWith[0]',
    message: "unknown topic id 'paymnet'",
  },
  {
    name: 'unknown material id',
    text: edit('        materials: [id-card]', '        materials: [passport]'),
    line: 50,
    column: 21,
    path: 'channels[1].services[0].materials[0]',
    message: "unknown material id 'passport'",
  },
  {
    name: 'unknown source id (single id)',
    text: edit('    name: { zh: 身份证, en: ID card }\n    source: seed', '    name: { zh: 身份证, en: ID card }\n    source: sed'),
    line: 54,
    column: 13,
    path: 'materials[0].source',
    message: "unknown source id 'sed' — did you mean 'seed'?",
  },
  {
    name: 'unknown source id (in a list)',
    text: edit('    source: [seed]', '    source: [seed, nope]'),
    line: 28,
    column: 20,
    path: 'channels[1].source[1]',
    message: "unknown source id 'nope'",
  },
  {
    name: 'duplicate channel id',
    text: edit('  - id: phone-general', '  - id: app'),
    line: 22,
    column: 9,
    path: 'channels[1].id',
    message: "duplicate channel id 'app' (first defined at line 13)",
    only: false, // the routes to phone-general are now unknown too
  },
  {
    name: 'duplicate source id',
    text: edit(
      'channels:\n',
      '  - { id: seed, kind: public, title: { zh: 甲, en: A }, ref: x, date: unknown, confidence: low, checked: unknown }\nchannels:\n',
    ),
    line: 12,
    column: 11,
    path: 'sources[1].id',
    message: "duplicate source id 'seed' (first defined at line 5)",
  },
  {
    name: 'missing required key',
    text: edit('    kind: app\n', ''),
    line: 13,
    column: 5,
    path: 'channels[0].kind',
    message: `missing required key 'kind': expected one of "app", "web", "official-account", "mini-program", "phone"`,
  },
  {
    name: 'missing translation',
    text: edit('{ zh: 最快, en: Fastest }', '{ zh: 最快 }'),
    line: 62,
    column: 17,
    path: 'topics[0].routes[0].reason.en',
    message: "missing required key 'en': expected a non-empty string",
  },
  {
    name: 'empty translation',
    text: edit('{ zh: 最快, en: Fastest }', '{ zh: 最快, en: "" }'),
    line: 62,
    column: 31, // columns count characters: 最快 is two
    path: 'topics[0].routes[0].reason.en',
    message: 'expected a non-empty string, got an empty string',
  },
  {
    name: 'empty value points at its key',
    text: edit('        priority: A', '        priority:'),
    line: 49,
    column: 9,
    path: 'channels[1].services[0].priority',
    message: 'expected a non-empty string, got an empty value',
  },
  {
    name: 'enum typo',
    text: edit('    kind: app\n', '    kind: apps\n'),
    line: 14,
    column: 11,
    path: 'channels[0].kind',
    message: 'expected one of "app", "web", "official-account", "mini-program", "phone", got "apps" — did you mean "app"?',
  },
  {
    name: 'bad id',
    text: edit('  - id: general', '  - id: General Topic'),
    line: 56,
    column: 9,
    path: 'topics[0].id',
    message: 'expected an id of lower-case letters, digits and "-" like "account-security", got "General Topic"',
  },
  {
    name: 'bad E.164 number',
    text: edit('    e164: "+8675583765566"', '    e164: "0755 8376 5566"'),
    line: 26,
    column: 11,
    path: 'channels[1].e164',
    message: 'expected an E.164 number "+<country><number>" like "+8675583765566", got "0755 8376 5566"',
  },
  {
    name: 'unsupported schemaVersion',
    text: edit('schemaVersion: 1', 'schemaVersion: 2'),
    line: 2,
    column: 16,
    path: 'schemaVersion',
    message: 'expected schemaVersion 1, got 2',
  },
  {
    name: 'phone channel without a number',
    text: edit('    number: 0755-83765566\n', ''),
    line: 22,
    column: 5,
    path: 'channels[1]',
    message: `phone channel 'phone-general' has no "number" (nor a "path" saying where to find one)`,
  },
  {
    name: 'channel nobody can reach: warning',
    text: edit('    path: { zh: 我-设置-帮助与反馈, en: Me > Settings > Help & Feedback }\n', ''),
    severity: 'warning',
    line: 13,
    column: 5,
    path: 'channels[0]',
    message: `channel 'app' has no "number", "url" or "path": nobody can find it`,
  },
  {
    name: 'unknown key: warning only',
    text: edit('    kind: app\n', '    kind: app\n    colour: green\n'),
    severity: 'warning',
    line: 15,
    column: 5,
    path: 'channels[0].colour',
    message: /^unknown key 'colour', ignored \(allowed: id, kind, name, number, e164, url, path, regions, /,
  },
  {
    name: 'unknown key with a likely typo',
    text: edit('    kind: app\n', '    kind: app\n    regoins: [mainland]\n'),
    severity: 'warning',
    line: 15,
    column: 5,
    path: 'channels[0].regoins',
    message: /^unknown key 'regoins', ignored — did you mean 'regions'\?/,
  },
  {
    name: 'unknown alias',
    text: edit('    name: { zh: 身份证, en: ID card }\n    source: seed', '    name: { zh: 身份证, en: ID card }\n    source: *nope'),
    line: 54,
    column: 13,
    path: 'materials[0].source',
    message: 'unknown alias *nope: no anchor &nope before it',
  },
  {
    name: 'a mapping that merges itself',
    text: edit('    hours:\n      text: { zh: 24 小时, en: 24 h }', '    hours: &h\n      <<: *h\n      text: { zh: 24 小时, en: 24 h }'),
    line: 19,
    column: 7,
    path: 'channels[0].hours',
    message: 'a merge key "<<" refers to its own mapping',
  },
  {
    name: 'YAML syntax error: unclosed quote',
    text: edit('    date: unknown', '    date: "unknown'),
    line: 9,
    column: 19,
    path: '',
    message: 'invalid YAML: Missing closing "quote',
  },
  {
    name: 'YAML syntax error: duplicate key',
    text: edit('    kind: app\n', '    kind: app\n    kind: web\n'),
    line: 15,
    column: 5,
    path: '',
    message: 'invalid YAML: duplicate key "kind" (the keys of a mapping must be unique)',
  },
  {
    name: 'YAML syntax error: tab indentation',
    text: edit('    ref: seed/000.txt\n', '    ref: seed/000.txt\n\tconfidence: seed\n'),
    line: 9,
    column: 1,
    path: '',
    message: 'invalid YAML: Tabs are not allowed as indentation',
    only: false,
  },
  {
    name: 'YAML syntax error: several documents',
    text: `${MINIMAL}---\nfoo: 1\n`,
    line: 67,
    column: 1,
    path: '',
    message: /^invalid YAML: Source contains multiple documents/,
  },
  {
    name: 'empty file',
    text: '# nothing here\n',
    line: 1,
    column: 1,
    path: '',
    message: 'the file is empty: expected a catalog mapping (schemaVersion, sources, channels, topics, …)',
  },
  {
    name: 'not a mapping',
    text: '- a\n- b\n',
    line: 1,
    column: 1,
    path: '',
    message: 'expected a catalog mapping (schemaVersion, sources, channels, topics, …), got a list',
  },
];

describe('parseCatalog: each kind of problem, with its position', () => {
  it.each(cases)('$name', ({ text, severity = 'error', line, column, path, message, only = true }) => {
    const { catalog, issues } = parseCatalog(text, 'f.yaml');
    const found = issues.find((i) => (typeof message === 'string' ? i.message === message : message.test(i.message)));
    expect(found, `issues were:\n${issues.map((i) => formatIssue('f.yaml', i)).join('\n')}`).toBeDefined();
    expect(found).toMatchObject({ severity, line, column, path });
    if (only) expect(issues).toHaveLength(1);
    expect(catalog === undefined).toBe(severity === 'error');
  });
});

describe('parseCatalog: hostile input', () => {
  it('refuses an alias bomb quickly, pointing at the alias', () => {
    const list = (n: number, item: string) => `[${Array.from({ length: n }, () => item).join(', ')}]`;
    // 1,000 topics × 1,000 routes × 1,000 materials from a file of a few KiB.
    const text = [
      MINIMAL.slice(0, MINIMAL.indexOf('topics:\n')).trimEnd(),
      `x-route: &r { channel: app, reason: { zh: 甲, en: A }, materials: ${list(1000, 'id-card')} }`,
      `x-topic: &t { id: t, name: { zh: 甲, en: A }, description: { zh: 甲, en: A }, source: seed, routes: ${list(1000, '*r')} }`,
      'topics:',
      `  ${list(1000, '*t')}`,
      '',
    ].join('\n');
    const { catalog, issues } = parseCatalog(text, 'bomb.yaml');
    expect(catalog).toBeUndefined();
    expect(issues, issues.map((i) => formatIssue('bomb.yaml', i)).join('\n')).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^aliases expand to more than \d+ nodes; refusing to expand them \(an alias bomb\?\)$/);
    // At the first *t of "topics:\n  [*t, *t, …]".
    expect(issues[0]).toMatchObject({ severity: 'error', line: 58, column: 4 });
    expect(issues[0]!.path).toMatch(/^topics\[0\]\.routes\[\d+\]/);
  });

  it.each([
    {
      name: 'flow',
      text: `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      line: 1,
      column: 132,
      message: 'nesting is too deep: more than 128 levels of [ ] or { }',
    },
    {
      name: 'block',
      text: Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      line: 258,
      column: 257,
      message: 'nesting is too deep: more than 256 columns of indentation',
    },
    {
      name: 'compact',
      text: `${'- '.repeat(300)}x\n`,
      line: 1,
      column: 257,
      message: 'nesting is too deep: more than 256 columns of indentation',
    },
  ])('refuses absurdly deep $name nesting before parsing (twice in a row)', ({ text, line, column, message }) => {
    for (let i = 0; i < 2; i++) {
      const { issues } = parseCatalog(text, 'deep.yaml');
      expect(issues).toMatchObject([{ severity: 'error', line, column, path: '', message }]);
      expect(issues).toHaveLength(1);
    }
  });

  it('keeps messages on one printable line', () => {
    const text = edit('serviceTimeZone: Asia/Shanghai', 'serviceTimeZone: "Asia/\u0007Shanghai"\n"\\e[31m": x');
    const { issues } = parseCatalog(text, 'f.yaml');
    expect(issues.map((i) => i.message)).toEqual([
      'unknown time zone "Asia/\\u0007Shanghai": expected an IANA zone like "Asia/Shanghai"',
      expect.stringMatching(/^unknown key '\\u001b\[31m', ignored/),
    ]);
    expect(issues[1]!.path).toBe('["\\u001b[31m"]');
  });

  it('ignores __proto__ and constructor keys with a warning and pollutes nothing', () => {
    const text = edit('    kind: app\n', '    kind: app\n    __proto__: { polluted: true }\n    constructor: { polluted: true }\n');
    const { catalog, issues } = parseCatalog(text, 'f.yaml');
    expect(issues.map((i) => [i.severity, i.line, i.column, i.path])).toEqual([
      ['warning', 15, 5, 'channels[0].__proto__'],
      ['warning', 16, 5, 'channels[0].constructor'],
    ]);
    const channel = catalog!.channels[0]! as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(channel)).toBe(Object.prototype);
    expect(Object.hasOwn(channel, 'constructor')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    const lines = MINIMAL.split('\n');
    const samples: string[] = [
      '',
      '\u0000',
      '\uFEFF',
      ':',
      '[',
      '{',
      '*',
      '&a',
      '!!binary x',
      '? [a]\n: b',
      'a: !!set {b}',
      '%YAML 9.9\n---\n',
    ];
    // Every single-line deletion and truncation of the fixture.
    for (let i = 0; i < lines.length; i++) {
      samples.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
      samples.push(lines.slice(0, i).join('\n'));
    }
    for (const text of samples) {
      const result = parseCatalog(text, 'f.yaml');
      expect(Array.isArray(result.issues)).toBe(true);
      for (const i of result.issues) {
        expect(i.line).toBeGreaterThanOrEqual(1);
        expect(i.column).toBeGreaterThanOrEqual(1);
        expect(i.message).not.toContain('\n');
      }
    }
  });

  it('lists issues in file order', () => {
    const text = edit('    kind: app\n', '    kind: app\n    colour: green\n').replace('      - channel: app', '      - channel: ap');
    const { issues } = parseCatalog(text, 'f.yaml');
    expect(issues.map((i) => i.line)).toEqual([15, 62]);
  });
});

describe('formatIssue', () => {
  it('prints file:line:col: severity: message (at path)', () => {
    const issue: CatalogIssue = {
      severity: 'error',
      line: 3,
      column: 7,
      path: 'channels[0].id',
      message: 'bad',
      detail: { id: 'plain-key' },
    };
    expect(formatIssue('c.yaml', issue)).toBe('c.yaml:3:7: error: bad (at channels[0].id)');
    expect(formatIssue('c.yaml', { ...issue, severity: 'warning', path: '' })).toBe('c.yaml:3:7: warning: bad');
  });
});
