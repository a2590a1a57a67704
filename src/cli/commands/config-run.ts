// `wxhelp config [list | get <key> | set <key> <value> | unset <key>]`, its run: the standing
// preferences in $XDG_CONFIG_HOME/wxhelp/config.yaml. Reading and checking live in src/prefs; this
// file is the command's words. It is a part of its own, loaded only for config: what it needs of
// the bundle (the catalog, printing, the CLI's errors) is handed to it (ConfigDeps), so the part
// carries no second copy of them. A broken file does not stop `config` (set and unset are how it
// is mended), but list and get report it like every other command.
import type { Lang } from '../../catalog/types.js';
import type { PrefsMessages } from '../../i18n/prefs-messages.js';
import { preferencesPath } from '../../prefs/locate.js';
import { readPreferences } from '../../prefs/read.js';
import { settingOf } from '../../prefs/values.js';
import {
  isPreferenceKey,
  isPreferencesError,
  PREFERENCE_KEYS,
  PreferencesError,
  type PreferenceKey,
  type Preferences,
} from '../../prefs/types.js';
import type { Context } from '../runtime/context.js';
import type { CliError, ErrorCode } from '../runtime/errors.js';

/** What config uses of the bundle. */
export interface ConfigDeps {
  /** The need ids of the catalog in use. */
  needIds(): Promise<string[]>;
  /** Prints the result: JSON with --json, else the text. */
  emit(json: () => Record<string, unknown>, text: () => string): Promise<void>;
  usageError(code: ErrorCode, message: string, hint?: string): CliError;
  catalogError(code: ErrorCode, message: string, hint?: string): CliError;
  preferencesError(error: PreferencesError, lang: Lang, exitCode?: 2 | 3): Promise<CliError>;
  /** A value as echoed in a message (a long one shortened). */
  shown(value: string): string;
  listJoin: string;
}

/** The preferences' words and YAML editing: the part config shares with every run that has a file. */
const prefsPart = () => import('../../prefs/parse.js');

/** A value for each key as typed after `wxhelp config set <key>`. */
const ARG_EXAMPLES: Record<PreferenceKey, string> = { lang: 'zh', region: 'mainland', needs: 'elderly', accessible: 'true' };

type Value = string | string[] | boolean | null;

/** A setting as a YAML line (as the file would hold it). */
function yamlLine(key: PreferenceKey, value: Exclude<Value, null>): string {
  return `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`;
}

function settingValue(prefs: Preferences, key: PreferenceKey): Value {
  return prefs[key] ?? null;
}

function keyError(m: PrefsMessages, deps: ConfigDeps, action: string, key: string | undefined): CliError {
  const example = m.example(`wxhelp config ${action} region${action === 'set' ? ' mainland' : ''}`);
  if (key === undefined) return deps.usageError('BAD_CONFIG_KEY', m.needsKey(action), example);
  return deps.usageError('BAD_CONFIG_KEY', m.problem.unknownKey(deps.shown(key), PREFERENCE_KEYS.join(deps.listJoin)), example);
}

/** The file's preferences, each checked (needs against the catalog in use); a problem is exit 3 naming file:line. */
async function readChecked(ctx: Context, deps: ConfigDeps, file: string): Promise<Preferences> {
  try {
    const prefs = await readPreferences(file);
    if (prefs.needs !== undefined) {
      const valid = await deps.needIds();
      const unknown = prefs.needs.find((id) => !valid.includes(id));
      if (unknown !== undefined)
        throw new PreferencesError(
          file,
          prefs.lines.needs,
          { kind: 'unknown-need', value: unknown, valid },
          `needs: [${valid[0] ?? 'elderly'}]`,
        );
    }
    return prefs;
  } catch (error) {
    if (isPreferencesError(error)) throw await deps.preferencesError(error, ctx.options.lang);
    throw error;
  }
}

export async function runConfig(ctx: Context, [given, words]: [string | undefined, string[]], deps: ConfigDeps): Promise<number> {
  const { lang } = ctx.options;
  const part = await prefsPart();
  const m = part.prefsMessages(lang);
  const { usageError, shown } = deps;
  const action = given ?? 'list';
  const file = preferencesPath(ctx.io.env, ctx.io.homeDir);
  if (!['list', 'get', 'set', 'unset'].includes(action))
    throw usageError('BAD_CONFIG_ACTION', m.badAction(shown(action)), m.example('wxhelp config set region mainland'));
  if (file === undefined) throw deps.catalogError('NO_CONFIG_PLACE', m.noPlace, m.noPlaceHint);
  const [key, ...rest] = words;
  const emit = deps.emit;
  const edit = async (change: Parameters<typeof part.editPreferences>[1]) => {
    try {
      part.editPreferences(file, change);
    } catch (error) {
      if (isPreferencesError(error)) throw await deps.preferencesError(error, lang);
      throw error;
    }
  };

  if (action === 'list') {
    if (words.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example('wxhelp config list'));
    const prefs = await readChecked(ctx, deps, file);
    const set = PREFERENCE_KEYS.filter((k) => settingValue(prefs, k) !== null);
    await emit(
      () => ({ file, preferences: Object.fromEntries(PREFERENCE_KEYS.map((k) => [k, settingValue(prefs, k)])) }),
      () => `${[set.length === 0 ? m.notSet(file) : `# ${file}`, ...set.map((k) => yamlLine(k, settingValue(prefs, k)!))].join('\n')}\n`,
    );
    return 0;
  }

  if (key === undefined || !isPreferenceKey(key)) {
    // `unset` also takes a key the file has but wxhelp does not know: that is how such a file is mended.
    if (action === 'unset' && key !== undefined && rest.length === 0 && part.hasTopLevelKey(file, key)) {
      await edit((doc) => doc.delete(key));
      await emit(
        () => ({ file, key, value: null }),
        () => `${m.removed(file, key)}\n`,
      );
      return 0;
    }
    throw keyError(m, deps, action, key);
  }

  if (action === 'get') {
    if (rest.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example(`wxhelp config get ${key}`));
    const prefs = await readChecked(ctx, deps, file);
    const value = settingValue(prefs, key);
    await emit(
      () => ({ file, key, value }),
      () => (value === null ? '' : `${Array.isArray(value) ? value.join(',') : String(value)}\n`),
    );
    return 0;
  }

  if (action === 'unset') {
    if (rest.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example(`wxhelp config unset ${key}`));
    await edit((doc) => doc.delete(key));
    await emit(
      () => ({ file, key, value: null }),
      () => `${m.removed(file, key)}\n`,
    );
    return 0;
  }

  // set: one value (needs: several ids, with spaces or commas between them).
  const example = m.example(`wxhelp config set ${key} ${ARG_EXAMPLES[key]}`);
  if (rest.length === 0) throw usageError('BAD_CONFIG_VALUE', m.needsValue(key), example);
  if (key !== 'needs' && rest.length > 1) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), example);
  const typed = rest.join(' ');
  const value = settingOf(key, typed);
  if (value === undefined) {
    throw await deps.preferencesError(
      new PreferencesError('', undefined, { kind: 'bad-value', key, value: typed }, `wxhelp config set ${key} ${ARG_EXAMPLES[key]}`),
      lang,
      2,
    );
  }
  if (key === 'needs') {
    const valid = await deps.needIds();
    const unknown = (value as string[]).find((id) => !valid.includes(id));
    if (unknown !== undefined) {
      throw await deps.preferencesError(
        new PreferencesError(
          '',
          undefined,
          { kind: 'unknown-need', value: unknown, valid },
          `wxhelp config set needs ${valid[0] ?? 'elderly'}`,
        ),
        lang,
        2,
      );
    }
  }
  await edit((doc) => doc.set(key, Array.isArray(value) ? doc.createNode(value, { flow: true }) : value));
  await emit(
    () => ({ file, key, value }),
    () => `${m.saved(file, yamlLine(key, value))}\n`,
  );
  return 0;
}
