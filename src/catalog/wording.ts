// The catalog's words in each language, as the files hold them (src/catalog/words/<lang>.json):
// each message given the fields of the issue or problem it words. Read the first time a catalog
// problem is worded in a language (most runs report none); messages.ts words them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Arg, format, type ListStyle, placeholders, type Style } from '../wording/format.js';
import { perLanguage } from '../wording/per-language.js';
import type { CatalogIssue, Expected, Got, IssueDetail, Severity } from './issues.js';
import type { ReadProblem } from './read-problem.js';
import type { Lang } from './types.js';

/** A language's table as its file holds it: en.json's shape, which every language matches. */
export type CatalogWordsTable = typeof import('./words/en.json', { with: { type: 'json' }});

export interface CatalogWords {
  severity: Readonly<Record<Severity, string>>;
  /** `where` is file:line:col. */
  line: (where: string, severity: string, message: string, path: string) => string;
  expected: (e: Expected) => string;
  got: (g: Got) => string;
  issue: (detail: IssueDetail) => string;
  read: (problem: ReadProblem) => string;
  readHint: (problem: ReadProblem) => string;
}

function mib(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return `${v >= 10 ? Math.round(v) : Math.round(v * 10) / 10} MiB`;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** A table's named words, looked up by a name the data has (a phrase, a YAML error code). */
const named = (table: Readonly<Record<string, string>>): Readonly<Record<string, string>> => table;

function makeWords(d: CatalogWordsTable, lang: Lang): CatalogWords {
  const lists: Record<string, ListStyle> = { ...d.lists };
  const style: Style = { lists, spaceAroundCode: d.spaceAroundCode };
  const phrases = named(d.phrases);
  const yaml = named(d.yaml);
  /** The message with the values it names: each field as given, a value it names but lacks as null. */
  const say = (message: string, fields: Readonly<Record<string, Arg>>): string => {
    const args: Record<string, Arg> = {};
    for (const name of placeholders(message)) args[name] = fields[name] ?? null;
    return format(message, args, style, lang);
  };
  /** The plain fields of an issue or a problem (text, numbers, flags, lists). */
  const plain = (data: object): Record<string, Arg> => {
    const out: Record<string, Arg> = {};
    for (const [key, value] of Object.entries(data)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
      else if (Array.isArray(value)) out[key] = value.filter((v): v is string => typeof v === 'string');
    }
    return out;
  };
  const words: CatalogWords = {
    severity: d.severity,
    line: (where, severity, message, path) => say(d.line, { where, severity, message, path: path || null }),
    expected: (e) => {
      switch (e.id) {
        case 'phrase':
          return say(d.expected.phrase, { text: phrases[e.text] ?? e.text });
        case 'one-of':
          return say(d.expected['one-of'], { values: e.values.map((v) => JSON.stringify(v)) });
        default:
          return say(d.expected[e.id], plain(e));
      }
    },
    got: (g) => say(d.got[g.id], plain(g)),
    issue: (detail) => {
      const fields = plain(detail);
      if ('expected' in detail) fields.expected = words.expected(detail.expected);
      if ('got' in detail) fields.got = words.got(detail.got);
      if ('kind' in detail) fields.kind = d.kind[detail.kind];
      if ('code' in detail) fields.said = yaml[detail.code] ?? null;
      return say(d.issue[detail.id], fields);
    },
    read: (p) => say(d.read[p.id], problemFields(p)),
    readHint: (p) => say(d.readHint[p.id], problemFields(p)),
  };
  const problemFields = (p: ReadProblem): Record<string, Arg> => {
    const fields = plain(p);
    if ('limit' in p) fields.limit = mib(p.limit);
    if ('size' in p && p.size !== undefined) fields.size = mib(p.size);
    if ('waitedMs' in p && p.waitedMs !== undefined) fields.waitedMs = seconds(p.waitedMs);
    if ('first' in p && p.first !== undefined) fields.first = lineOf(words, p.path, p.first, words.issue(p.first.detail));
    return fields;
  };
  return words;
}

/** A language's file, read the first time a catalog problem is worded in it: most runs report none. */
export function readTable(lang: 'en' | 'zh'): CatalogWordsTable {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'words', `${lang}.json`), 'utf8'));
}

export const wordsOf: (lang: Lang) => CatalogWords = perLanguage('catalogWords', readTable, makeWords);

/** file:line:col: severity: message (at path), in the words given. */
export function lineOf(words: CatalogWords, file: string, issue: CatalogIssue, message: string): string {
  return words.line(`${file}:${issue.line}:${issue.column}`, words.severity[issue.severity], message, issue.path);
}
