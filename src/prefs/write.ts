// Changing the preferences file: the edit keeps the rest of the file (comments too), and the new
// text replaces the old atomically through the catalog's safe writer (src/catalog/write-file.ts:
// an exclusively created temporary file beside it, renamed over it; a link or anything else that
// is not a regular file at the path is refused, never followed).
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { WriteError, writeFileSafely } from '../catalog/write-file.js';
import { readPreferencesText } from './text.js';
import { PreferencesError } from './types.js';

/** Applies `change` to the file's YAML document (an empty one when there is no file) and writes the result; returns the new text. */
export function editPreferences(file: string, change: (doc: Document) => void): string {
  const text = readPreferencesText(file) ?? '';
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first)
    throw new PreferencesError(file, first.linePos?.[0].line, {
      kind: 'syntax',
      detail: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    });
  if (doc.contents !== null && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw new PreferencesError(file, 1, { kind: 'not-a-map' }, 'region: mainland');
  }
  change(doc);
  const out = doc.contents === null || (doc.contents as { items?: unknown[] }).items?.length === 0 ? '' : String(doc);
  try {
    // Web Crypto's random bytes: no node:crypto to load for a name.
    writeFileSafely(file, out, { replace: true, randomBytes: (size) => globalThis.crypto.getRandomValues(new Uint8Array(size)) });
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const p = error.problem;
    const reason =
      p.id === 'not-a-file'
        ? p.kind === 'link'
          ? `a link${p.target === undefined ? '' : ` to ${p.target}`}`
          : p.kind
        : p.id === 'cannot-write'
          ? p.code
          : p.id;
    throw new PreferencesError(file, undefined, { kind: 'unwritable', reason });
  }
  return out;
}

/** Whether the file's top level has this key (an unknown one, say), however the rest of it reads. */
export function hasTopLevelKey(file: string, key: string): boolean {
  let text: string | null;
  try {
    text = readPreferencesText(file);
  } catch {
    return false;
  }
  if (text === null) return false;
  const doc = parseDocument(text);
  return doc.errors.length === 0 && doc.has(key);
}
