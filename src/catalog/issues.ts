// Problems found in a catalog, and the small helpers that word their values. An issue says what
// is wrong as data (`detail`: an id and its values); the words, in either language, come from the
// message table (src/catalog/messages.ts). `message` is the English wording, for library callers.

export type Severity = 'error' | 'warning';

/** What an entry of a catalog list is, in messages ("duplicate channel id …"). */
export type EntryKind = 'source' | 'channel' | 'mode' | 'material' | 'topic' | 'emergency' | 'need' | 'advice' | 'service' | 'capability';

/** What a value should have been: a phrase of the schema (by its English text), or a kind of value. */
export type Expected =
  | { id: 'phrase'; text: string }
  | { id: 'one-of'; values: readonly string[] }
  | { id: 'string' }
  | { id: 'number'; integer: boolean; min?: number; above?: number; max?: number }
  | { id: 'boolean' }
  | { id: 'list' }
  | { id: 'mapping' }
  | { id: 'forms' };

/** What the file has instead. `text` is already quoted or shortened for a message. */
export type Got =
  | { id: 'nothing' }
  | { id: 'empty' }
  | { id: 'text'; text: string }
  | { id: 'number'; text: string }
  | { id: 'boolean'; text: string }
  | { id: 'non-text' }
  | { id: 'mapping' }
  | { id: 'list' }
  | { id: 'pair' }
  | { id: 'other' };

/**
 * One problem, as data. Values that are code (keys, ids, paths, quoted values, numbers) are kept
 * as they are shown in either language: ids and keys already quoted (quote()), values JSON-quoted (show()).
 */
export type IssueDetail =
  // The file as a whole, and YAML itself.
  | { id: 'too-deep-indent'; max: number }
  | { id: 'too-deep-flow'; max: number }
  | { id: 'yaml-version'; version: string }
  | { id: 'yaml-error'; code: string; text: string }
  | { id: 'yaml-warning'; code: string; text: string }
  | { id: 'duplicate-key'; key: string }
  | { id: 'parser-failed'; file: string; text: string }
  | { id: 'empty-file' }
  | { id: 'too-many'; max: number }
  | { id: 'alias-bomb'; nodes: number }
  | { id: 'unknown-alias'; name: string }
  | { id: 'merge-self' }
  | { id: 'merge-not-mapping' }
  // Values against the schema.
  | { id: 'not-allowed'; expected: Expected; value: string; guess?: string }
  | { id: 'empty-string'; expected: Expected }
  | { id: 'wrong-value'; expected: Expected; example?: string; got: Got; quoteIt: boolean }
  | { id: 'not-a-date'; value: string; expected: Expected }
  | { id: 'out-of-range'; expected: Expected; value: string }
  | { id: 'too-few'; min: number; expected: Expected }
  | { id: 'plain-key' }
  | { id: 'missing-key'; key: string; expected: Expected }
  | { id: 'unknown-key'; key: string; guess?: string; allowed: readonly string[] }
  // The catalog as a whole.
  | { id: 'duplicate-id'; kind: EntryKind; value: string; line: number }
  | { id: 'unknown-id'; kind: EntryKind; value: string; guess?: string }
  | { id: 'unknown-zone'; zone: string }
  | { id: 'exception-order'; from: string; to: string }
  | { id: 'phone-without-number'; channel?: string }
  | { id: 'unreachable'; channel?: string }
  | { id: 'own-alternative' }
  | { id: 'not-a-member'; channel: string; kind: 'service' | 'capability'; value: string; known: readonly string[] }
  | { id: 'reason-names-other'; other: string; channel: string }
  | { id: 'step-names-unlisted'; other: string }
  | { id: 'wait-order'; min: number; max: number }
  | { id: 'empty-phrase'; phrase: string }
  | { id: 'duplicate-phrase'; phrase: string; first: string }
  // Phone numbers (validate only).
  | { id: 'e164-mismatch'; number: string; e164: string; reads: string }
  | { id: 'dial-not-international'; dial: string }
  | { id: 'dial-other-line'; dial: string; line: string; reads: string };

export type IssueId = IssueDetail['id'];

/** One problem in a catalog file; line and column are 1-based. */
export interface CatalogIssue {
  severity: Severity;
  line: number;
  column: number;
  /** Where in the catalog, e.g. "channels[3].hours.windows[0].from"; "" for the whole file. */
  path: string;
  /** The problem in English (the same words as `detail` in the English message table). */
  message: string;
  /** The problem as data, for wording it in another language. */
  detail: IssueDetail;
}

/** An issue before its offset is turned into line and column (done only for issues that are reported). */
export interface RawIssue {
  severity: Severity;
  offset: number;
  path: string;
  detail: IssueDetail;
}

export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][\w$-]*$/;

/** ['channels', 3, 'hours', 'from'] → "channels[3].hours.from". */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const seg of segments) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** 'text' in single quotes, with control characters and quotes escaped. */
export function quote(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/'/g, "\\'")}'`;
}

/** Control characters written as \u escapes, so that a message stays one printable line. */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value as it appears in a message: JSON-quoted, long strings shortened. */
export function show(text: string, max = 40): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text);
}

/** The closest of `options` to `word` when it is a plausible typo (edit distance ≤ 2), else undefined. */
export function closest(word: string, options: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.max(1, Math.floor(word.length / 2)) + 1);
  const lower = word.toLowerCase();
  let budget = 5000; // suggestions are a courtesy: bounded work even for huge catalogs
  for (const option of options) {
    if (--budget < 0) break;
    const d = distance(lower, option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
