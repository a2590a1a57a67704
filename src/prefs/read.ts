// Reading the preferences file. An absent file costs one failed open(); a present one is parsed
// with the yaml library, imported only then. Every problem is a PreferencesError naming the line:
// a broken file is never ignored.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Node } from 'yaml';
import { parseLang } from '../i18n/lang.js';
import { CHOICES, EXAMPLES, isPreferenceKey, PreferencesError, type PreferenceKey, type Preferences, type RegionSetting } from './types.js';

/** Far more than four keys need; a bigger file is refused before it is read. */
export const MAX_PREFERENCES_BYTES = 64 * 1024;

/** A need id as the catalog writes them. */
const NEED_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The file's text, or null when there is none (no such file, or a folder on the way is missing).
 * Opened without blocking, so a FIFO planted at the path is refused rather than waited on.
 */
export function readPreferencesText(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new PreferencesError(file, undefined, { kind: 'unreadable', reason: code ?? String(error) });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new PreferencesError(file, undefined, { kind: 'not-a-file' });
    if (stat.size > MAX_PREFERENCES_BYTES) throw new PreferencesError(file, undefined, { kind: 'too-large', limit: MAX_PREFERENCES_BYTES });
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_PREFERENCES_BYTES) throw new PreferencesError(file, undefined, { kind: 'too-large', limit: MAX_PREFERENCES_BYTES });
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof PreferencesError) throw error;
    throw new PreferencesError(file, undefined, { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
}

/** A value given for a key (on the command line, or a scalar in the file) as the setting, or undefined when it is not valid. */
export function settingOf(key: PreferenceKey, value: string): string | string[] | boolean | undefined {
  switch (key) {
    case 'lang':
      return parseLang(value) === null ? undefined : value;
    case 'region':
      return CHOICES.region!.includes(value) ? value : undefined;
    case 'accessible':
      return value === 'true' ? true : value === 'false' ? false : undefined;
    case 'needs': {
      const ids = value.split(/[\s,]+/).filter((id) => id !== '');
      return ids.every((id) => NEED_ID.test(id)) ? [...new Set(ids)] : undefined;
    }
  }
}

/** The preferences a file's text sets; `file` names it in errors. */
export async function parsePreferences(text: string, file: string): Promise<Preferences> {
  const { LineCounter, parseDocument, isMap, isScalar, isSeq } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const first = doc.errors[0];
  if (first) {
    const detail = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new PreferencesError(file, first.linePos?.[0].line, { kind: 'syntax', detail });
  }
  const prefs: Preferences = { file, lines: {} };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return prefs; // empty, or comments only
  if (!isMap(contents)) throw new PreferencesError(file, lineOf(contents) ?? 1, { kind: 'not-a-map' }, EXAMPLES.region);
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(keyNode) ?? lineOf(pair.value as Node | null);
    if (!isPreferenceKey(key)) throw new PreferencesError(file, line, { kind: 'unknown-key', key }, EXAMPLES.region);
    const value = pair.value as Node | null;
    const bad = (shown: string) => new PreferencesError(file, lineOf(value) ?? line, { kind: 'bad-value', key, value: shown }, EXAMPLES[key]);
    prefs.lines[key] = line;
    if (key === 'needs') {
      // A list of ids (a lone id is a list of one).
      const items = isSeq(value) ? value.items : [value];
      const ids: string[] = [];
      for (const item of items) {
        if (!isScalar(item) || typeof item.value !== 'string' || !NEED_ID.test(item.value)) throw bad(isScalar(item) ? String(item.value) : String(item ?? ''));
        ids.push(item.value);
      }
      prefs.needs = [...new Set(ids)];
      continue;
    }
    if (!isScalar(value) || value.value === null) throw bad(value === null ? '' : String(isScalar(value) ? '' : value));
    const raw = value.value;
    if (key === 'accessible') {
      if (typeof raw !== 'boolean') throw bad(String(raw));
      prefs.accessible = raw;
    } else {
      const setting = typeof raw === 'string' ? settingOf(key, raw) : undefined;
      if (setting === undefined) throw bad(String(raw));
      if (key === 'lang') prefs.lang = setting as string;
      else prefs.region = setting as RegionSetting;
    }
  }
  return prefs;
}

/** The preferences at `file`: none set when there is no file. */
export async function readPreferences(file: string): Promise<Preferences> {
  const text = readPreferencesText(file);
  return text === null ? { file, lines: {} } : parsePreferences(text, file);
}
