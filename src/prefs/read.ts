// Reading the preferences file. An absent file costs one failed open(); a present one is parsed
// with the yaml library (parse.ts), imported only then. Every problem is a PreferencesError naming
// the line: a broken file is never ignored.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseLang } from '../i18n/lang.js';
import { CHOICES, PreferencesError, type PreferenceKey, type Preferences } from './types.js';

/** Far more than four keys need; a bigger file is refused before it is read. */
export const MAX_PREFERENCES_BYTES = 64 * 1024;

/** A need id as the catalog writes them. */
export const NEED_ID = /^[a-z0-9][a-z0-9-]*$/;

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

/** The preferences at `file`: none set when there is no file. */
export async function readPreferences(file: string): Promise<Preferences> {
  const text = readPreferencesText(file);
  if (text === null) return { file, lines: {} };
  // The YAML parser is loaded only for a file that exists (a part of its own in the built CLI).
  const { parsePreferences } = await import('./parse.js');
  return parsePreferences(text, file);
}
