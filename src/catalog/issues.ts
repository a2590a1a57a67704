// Problems found in a catalog, and the small helpers that word them.

export type Severity = 'error' | 'warning';

/** One problem in a catalog file; line and column are 1-based. */
export interface CatalogIssue {
  severity: Severity;
  line: number;
  column: number;
  /** Where in the catalog, e.g. "channels[3].hours.windows[0].from"; "" for the whole file. */
  path: string;
  message: string;
}

/** An issue before its offset is turned into line and column (done only for issues that are reported). */
export interface RawIssue {
  severity: Severity;
  offset: number;
  path: string;
  message: string;
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

/** An issue as one line: file:line:col: severity: message (at path). */
export function formatIssue(file: string, issue: CatalogIssue): string {
  const at = issue.path ? ` (at ${issue.path})` : '';
  return `${file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}${at}`;
}
