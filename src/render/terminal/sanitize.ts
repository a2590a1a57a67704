// Text from a catalog must never drive the terminal: escape sequences, C0/C1 controls, DEL and
// bidi overrides are removed. Line breaks and tabs become spaces (catalog strings are one line).
// An ESC-introduced sequence is dropped whole so no "[31m" debris is left.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?|\u009b[0-?]*[ -/]*[@-~]/g;
const LINE_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

/** Returns a copy of a JSON-like value with every string sanitized (keys too). */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitize(value) as T;
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      // defineProperty: a key named __proto__ stays a plain key instead of replacing the prototype.
      Object.defineProperty(out, sanitize(k), { value: sanitizeDeep(v), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}
