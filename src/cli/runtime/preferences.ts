// The standing preferences as the CLI reads them, once per run, before anything else: the file
// decides the language of help and errors too. A broken file is an exit-3 error for every command
// but `config` (which is how it gets fixed) and help; see src/prefs.
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { preferencesPath } from '../../prefs/locate.js';
import { readPreferences } from '../../prefs/read.js';
import { CHOICES, isPreferencesError, PREFERENCE_KEYS, PreferencesError, type Preferences } from '../../prefs/types.js';
import { CliError, EXIT, shown } from './errors.js';
import type { IO } from '../../io/types.js';

export interface LoadedPreferences {
  /** What the file sets (nothing, when it is absent or broken). */
  prefs: Preferences;
  /** Why the file could not be used. */
  error?: PreferencesError;
}

export async function loadPreferences(io: Pick<IO, 'env' | 'homeDir'>): Promise<LoadedPreferences> {
  const file = preferencesPath(io.env, io.homeDir);
  if (file === undefined) return { prefs: { file: '', lines: {} } };
  try {
    return { prefs: await readPreferences(file) };
  } catch (error) {
    if (isPreferencesError(error)) return { prefs: { file, lines: {} }, error };
    throw error;
  }
}

/**
 * A problem with the preferences as the one-line error (exit 3): file:line, what is wrong, a valid
 * example. Its words load with the preferences' part (a file is there, or `config` runs).
 */
export async function preferencesError(error: PreferencesError, lang: Lang, exitCode: 2 | 3 = EXIT.catalog): Promise<CliError> {
  const m = (await import('../../prefs/parse.js')).prefsMessages(lang);
  const p = m.problem;
  const problem = error.problem;
  let text: string;
  switch (problem.kind) {
    case 'unreadable':
      // Permission, as the catalog's read errors say it; other codes as the system gives them.
      text = problem.reason === 'EACCES' || problem.reason === 'EPERM' ? p.denied : p.unreadable(problem.reason);
      break;
    case 'unwritable':
      text = p.unwritable(problem.reason);
      break;
    case 'not-a-file':
      text = p.notAFile;
      break;
    case 'too-large':
      text = p.tooLarge(problem.limit / 1024);
      break;
    case 'syntax':
      text = p.syntax(problem.detail);
      break;
    case 'not-a-map':
      text = p.notAMap;
      break;
    case 'unknown-key':
      text = p.unknownKey(shown(problem.key), PREFERENCE_KEYS.join(messages(lang).listJoin));
      break;
    case 'bad-value': {
      const choices = CHOICES[problem.key];
      text = p.badValue(problem.key, shown(problem.value), choices === undefined ? null : choices.join(messages(lang).listJoin));
      break;
    }
    case 'unknown-need':
      text = p.unknownNeed(shown(problem.value), problem.valid.join(messages(lang).listJoin));
      break;
  }
  const where = error.file === '' ? '' : `${error.file}${error.line === undefined ? '' : `:${error.line}`}: `;
  const hint = error.example === undefined ? undefined : m.example(error.example);
  return new CliError(exitCode === EXIT.usage ? 'BAD_CONFIG_VALUE' : 'BAD_CONFIG', `${where}${text}`, exitCode, hint);
}

/** The preferences' needs, each a need of the catalog; else the exit-3 error naming the file's line. */
export async function checkPreferredNeeds(prefs: Preferences, catalog: Catalog, lang: Lang): Promise<string[]> {
  const needs = prefs.needs ?? [];
  const valid = catalog.needs.map((n) => n.id);
  const unknown = needs.find((id) => !valid.includes(id));
  if (unknown !== undefined) {
    const error = new PreferencesError(
      prefs.file,
      prefs.lines.needs,
      { kind: 'unknown-need', value: unknown, valid },
      `needs: [${valid[0] ?? 'elderly'}]`,
    );
    throw await preferencesError(error, lang);
  }
  return needs;
}
