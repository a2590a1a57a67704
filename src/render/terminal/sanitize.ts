// Text from a catalog must never drive the terminal: escape sequences, C0/C1 controls, DEL and
// bidi overrides are removed. Line breaks and tabs become spaces (catalog strings are one line).
// An ESC-introduced sequence is dropped whole so no "[31m" debris is left.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?|\u009b[0-?]*[ -/]*[@-~]/g;
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Anything sanitize would change (almost no catalog string has one: the common case is one test). */
const ANY = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function sanitize(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

// Everything a terminal could act on, or that would break a line: C0, DEL, C1, the Unicode line
// and paragraph separators, and the bidi marks, embeddings, overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const uEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text the user typed (or a file name), echoed in a message: every control character is shown
 * as a visible `\u001b`-style escape, so the message stays one printable line and says exactly
 * what was given, without letting it act on the terminal.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, uEscape);
}

// What JSON.stringify leaves raw inside strings (it escapes C0 itself; outside strings JSON
// only has space, tab, CR and LF).
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text made safe to print: DEL, C1 controls, U+2028/9 and bidi marks inside strings are
 * written as \u escapes. Such characters can only be inside strings, so the result parses to
 * the same value.
 */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, uEscape);
}

// For text that is several lines by nature (an .ics file, a completion script): the same, but
// line breaks and tabs stay.
const KEPT_LINES_CONTROLS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** sanitize, keeping \n, \r and \t. */
export function sanitizeKeepingLines(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(KEPT_LINES_CONTROLS, '');
}

// defineProperty: a key named __proto__ stays a plain key instead of replacing the prototype.
function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A JSON-like value with every string sanitized (keys too). `clean` chooses how
 * (sanitizeKeepingLines for JSON output, whose multi-line strings must stay as they are).
 * Only what changes is copied: an array or object none of whose strings needs cleaning is
 * returned as it is (a command's output is nearly always clean already, and copying every
 * object of it costs a one-shot run more than the check).
 */
export function sanitizeDeep<T>(value: T, clean: (text: string) => string = sanitize): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = sanitizeDeep(value[i], clean);
      if (out === undefined && v !== value[i]) out = value.slice(0, i);
      out?.push(v);
    }
    return (out ?? value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Not a plain object: always a plain copy, as JSON would read it.
    let out: Record<string, unknown> | undefined = Object.getPrototypeOf(value) === Object.prototype ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const key = clean(k);
      const item: unknown = sanitizeDeep(record[k], clean);
      if (out === undefined && (key !== k || item !== record[k])) {
        out = {};
        for (let j = 0; j < i; j++) define(out, keys[j]!, record[keys[j]!]);
      }
      if (out !== undefined) define(out, key, item);
    }
    return (out ?? value) as T;
  }
  return value;
}
