// The wording is data, a file per language (src/i18n/messages/<lang>.json; likewise the
// preferences' and the catalog's words), read by typed code that gives each message its values. A
// language file must hold what en.json holds — the same keys, and in each message the same
// placeholders — and every key and placeholder the code uses must be in the tables (the type
// check holds the keys to en.json's; this holds the rest).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { format, placeholders } from '../../src/wording/format.js';

/** Each table: its folder of language files, and the code that reads them (the catalog's words are worded from the fields, not by a call per message). */
const TABLES = [
  { folder: 'i18n/messages', adapter: 'i18n/messages.ts', calls: 100 },
  { folder: 'i18n/prefs-messages', adapter: 'i18n/prefs-messages.ts', calls: 10 },
  { folder: 'catalog/words', adapter: 'catalog/wording.ts', calls: 2 },
];
const src = (file: string) => new URL(`../../src/${file}`, import.meta.url);
const read = (folder: string, file: string): unknown => JSON.parse(readFileSync(src(`${folder}/${file}`), 'utf8'));

/** Every difference between a table and en.json's shape, as a path and what is wrong. */
function differences(table: unknown, reference: unknown, path: string): string[] {
  if (typeof reference === 'string') {
    if (typeof table !== 'string') return [`${path}: not a message`];
    const want = [...placeholders(reference)].sort();
    const got = [...placeholders(table)].sort();
    return want.join() === got.join() ? [] : [`${path}: placeholders {${got.join('}, {')}} instead of {${want.join('}, {')}}`];
  }
  if (Array.isArray(reference)) return Array.isArray(table) ? [] : [`${path}: not a list`];
  if (typeof reference !== 'object' || reference === null) return [];
  if (typeof table !== 'object' || table === null || Array.isArray(table)) return [`${path}: not a mapping`];
  // A mapping en.json leaves empty is a lookup another language may fill (the schema's phrases in Chinese).
  if (Object.keys(reference).length === 0)
    return Object.entries(table)
      .filter(([, v]) => typeof v !== 'string')
      .map(([k]) => `${path}.${k}: not a text`);
  const ref = reference as Record<string, unknown>;
  const own = table as Record<string, unknown>;
  const out = Object.keys(own)
    .filter((k) => !(k in ref))
    .map((k) => `${path}.${k}: not in en.json`);
  for (const [k, v] of Object.entries(ref)) out.push(...(k in own ? differences(own[k], v, `${path}.${k}`) : [`${path}.${k}: missing`]));
  return out;
}

/** Every message (a string) in a table, with its path; a lookup en.json leaves empty holds words, not messages. */
function messagesOf(value: unknown, reference: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((v, i) => messagesOf(v, Array.isArray(reference) ? reference[i] : undefined, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const ref = typeof reference === 'object' && reference !== null ? (reference as Record<string, unknown>) : undefined;
  if (ref !== undefined && !Array.isArray(ref) && Object.keys(ref).length === 0) return [];
  return Object.entries(value).flatMap(([k, v]) => messagesOf(v, ref?.[k], `${path}.${k}`));
}

/** `say(d.some.key, { a, b: …, c })` in the adapter: the key's path and the argument names. */
function callsOf(source: string): { path: string; args: string[] }[] {
  const calls: { path: string; args: string[] }[] = [];
  for (const m of source.matchAll(/say\(d((?:\.\w+|\['[^']+'\])+), \{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; depth > 0; i++) depth += source[i] === '{' ? 1 : source[i] === '}' ? -1 : 0;
    const body = source.slice(start, i - 1);
    // The top-level keys: split at commas outside brackets and parentheses.
    const keys: string[] = [];
    let level = 0;
    let part = '';
    for (const c of `${body},`) {
      if ('([{'.includes(c)) level++;
      if (')]}'.includes(c)) level--;
      if (c === ',' && level === 0) {
        if (part.trim() !== '') keys.push(part.trim().split(':')[0]!.trim());
        part = '';
      } else part += c;
    }
    calls.push({ path: m[1]!.replace(/\['([^']+)'\]/g, '.$1'), args: keys });
  }
  return calls;
}

const at = (table: unknown, path: string): unknown =>
  path
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], table);

for (const { folder, adapter, calls: least } of TABLES) {
  describe(`the message table in src/${folder}`, () => {
    const en = read(folder, 'en.json');
    const languages = readdirSync(src(folder)).filter((f) => f.endsWith('.json') && f !== 'en.json');

    it('is there in en and at least one other language', () => {
      expect(languages).toContain('zh.json');
    });

    for (const file of languages) {
      it(`${file} has exactly en.json's keys, and the same placeholders in each message`, () => {
        expect(differences(read(folder, file), en, '')).toEqual([]);
      });
    }

    for (const file of ['en.json', ...languages]) {
      it(`${file}: every message is well formed`, () => {
        const bad = messagesOf(read(folder, file), en, '').flatMap(([path, message]) => {
          try {
            placeholders(message);
            return [];
          } catch (e) {
            return [`${path}: ${(e as Error).message}`];
          }
        });
        expect(bad).toEqual([]);
      });
    }

    it(`holds every message ${adapter} says, with the placeholders it gives`, () => {
      const calls = callsOf(readFileSync(src(adapter), 'utf8'));
      expect(calls.length).toBeGreaterThanOrEqual(least);
      const wrong = calls.flatMap(({ path, args }) => {
        const message = at(en, path);
        if (typeof message !== 'string') return [`${path}: not a message in en.json`];
        const want = [...placeholders(message)].sort().join();
        return want === [...args].sort().join() ? [] : [`${path}: the code gives {${args.join('}, {')}}, the message says {${want}}`];
      });
      expect(wrong).toEqual([]);
    });
  });
}

describe('the message format', () => {
  const lists = { comma: ', ', and: [', ', ' and '] as const };
  const say = (message: string, args: Record<string, string | number | boolean | null | readonly string[]>, lang = 'en') =>
    format(message, args, { lists }, lang);

  it('fills placeholders, lists and capitals', () => {
    expect(say('{a} and {b}', { a: 'x', b: 2 })).toBe('x and 2');
    expect(say('{items, list, comma}', { items: ['a', 'b', 'c'] })).toBe('a, b, c');
    expect(say('{items, list, and}', { items: ['a', 'b', 'c'] })).toBe('a, b and c');
    expect(say('{items, list, and}', { items: ['a'] })).toBe('a');
    expect(say('{next, capital}.', { next: 'call at 9' })).toBe('Call at 9.');
  });

  it('chooses by value and by number', () => {
    const m = '{when, select, null {closed} other {opens {when}}}';
    expect(say(m, { when: null })).toBe('closed');
    expect(say(m, { when: '09:00' })).toBe('opens 09:00');
    expect(say('{on, select, true {yes} other {no}}', { on: false })).toBe('no');
    const n = '{n, plural, =0 {none} =1 {# error} other {# errors}}';
    expect([0, 1, 2].map((count) => say(n, { n: count }))).toEqual(['none', '1 error', '2 errors']);
    // A language's own plural categories, for a language that needs them.
    const ru = '{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}';
    expect([1, 3, 5].map((count) => say(ru, { n: count }, 'ru'))).toEqual(['1 файл', '3 файла', '5 файлов']);
  });

  it('keeps quoted braces and apostrophes as text, and takes a value it does not say', () => {
    expect(say("another product's line '{'id'}' ''", {})).toBe("another product's line {id} '");
    expect(say('done{extra, select, other {}}', { extra: 'unused' })).toBe('done');
    expect(placeholders('done{extra, select, other {}}')).toEqual(new Set(['extra']));
  });

  it('reads a placeholder whatever the spaces inside it (ideographic and no-break ones too), and # as text outside a plural', () => {
    expect(say('{ a , select , x { X } other { O } }', { a: 'x' })).toBe(' X ');
    expect(say('{\u3000a\u00a0}', { a: 'v' })).toBe('v');
    expect(say('{a, select,\u3000x{1}other{2}}', { a: 'x' })).toBe('1');
    expect(say('#{n, plural, =1 {# item} other {# items}}#', { n: 1 })).toBe('#1 item#');
    expect(say("{n, plural, other {'#' #}}", { n: 3 })).toBe('# 3');
    expect(say('{a-b, capital}', { 'a-b': 'ab' })).toBe('Ab');
  });

  it('refuses a message that is not well formed', () => {
    expect(() => placeholders('{a,}')).toThrow(/not closed/);
    expect(() => placeholders('{a, list}')).toThrow(/names no style/);
    expect(() => placeholders('{a, foo}')).toThrow(/not a known kind/);
    expect(() => placeholders('{}')).toThrow(/no name/);
    expect(() => placeholders('{a')).toThrow();
    expect(() => placeholders('{a, select, x {1}}')).toThrow(/other/);
    expect(() => placeholders('a}')).toThrow();
    expect(() => say('{a}', {})).toThrow(/no value/);
  });
});
