// Reading the preferences file. An absent file costs one failed open(); a present one is parsed
// with the yaml library (parse.ts, a part of its own), imported only then. Every problem is a
// PreferencesError naming the line: a broken file is never ignored.
import { readPreferencesText } from './text.js';
import type { Preferences } from './types.js';

/** The preferences at `file`: none set when there is no file. */
export async function readPreferences(file: string): Promise<Preferences> {
  const text = readPreferencesText(file);
  if (text === null) return { file, lines: {} };
  // The YAML parser is loaded only for a file that exists (a part of its own in the built CLI).
  const { parsePreferences } = await import('./parse.js');
  return parsePreferences(text, file);
}
