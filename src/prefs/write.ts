// Changing the preferences file: the edit keeps the rest of the file (comments too), and the new
// text replaces the old atomically — written to a temporary file created exclusively (never
// through a link someone planted) beside it, then renamed over it.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { readPreferencesText } from './read.js';
import { PreferencesError } from './types.js';

/** Applies `change` to the file's YAML document (an empty one when there is no file) and writes the result; returns the new text. */
export function editPreferences(file: string, change: (doc: Document) => void): string {
  const text = readPreferencesText(file) ?? '';
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const first = doc.errors[0];
  if (first) throw new PreferencesError(file, first.linePos?.[0].line, { kind: 'syntax', detail: first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') });
  if (doc.contents !== null && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    throw new PreferencesError(file, 1, { kind: 'not-a-map' }, 'region: mainland');
  }
  change(doc);
  const out = doc.contents === null || (doc.contents as { items?: unknown[] }).items?.length === 0 ? '' : String(doc);
  writeAtomically(file, out);
  return out;
}

export function writeAtomically(file: string, text: string): void {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    fd = openSync(temp, 'wx', 0o600); // O_CREAT | O_EXCL: fails on anything already there, a link included
    created = true;
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
    created = false;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // gone already
      }
    }
    throw new PreferencesError(file, undefined, { kind: 'unwritable', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
}
