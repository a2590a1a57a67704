// `wxhelp config [list | get <key> | set <key> <value> | unset <key>]`, its run (loaded only for
// config): the standing preferences in $XDG_CONFIG_HOME/wxhelp/config.yaml. Reading and checking
// live in src/prefs; this file is the command's words. A broken file does not stop `config` (set and unset are how it is mended),
// but list and get report it like every other command.
import { parseDocument } from 'yaml';
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { preferencesPath } from '../../prefs/locate.js';
import { readPreferences, readPreferencesText, settingOf } from '../../prefs/read.js';
import { isPreferenceKey, isPreferencesError, PREFERENCE_KEYS, PreferencesError, type PreferenceKey, type Preferences } from '../../prefs/types.js';
import { editPreferences } from '../../prefs/write.js';
import type { Context } from '../runtime/context.js';
import { CliError, EXIT, shown, usageError } from '../runtime/errors.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { checkPreferredNeeds, preferencesError } from '../runtime/preferences.js';

/** A value for each key as typed after `wxhelp config set <key>`. */
const ARG_EXAMPLES: Record<PreferenceKey, string> = { lang: 'zh', region: 'mainland', needs: 'elderly', accessible: 'true' };

type Value = string | string[] | boolean | null;

/** A setting as a YAML line (as the file would hold it). */
function yamlLine(key: PreferenceKey, value: Exclude<Value, null>): string {
  return `${key}: ${Array.isArray(value) ? `[${value.join(', ')}]` : String(value)}`;
}

function valueOf(prefs: Preferences, key: PreferenceKey): Value {
  return prefs[key] ?? null;
}

function keyError(lang: Lang, action: string, key: string | undefined): CliError {
  const m = messages(lang).prefs;
  const example = m.example(`wxhelp config ${action} region${action === 'set' ? ' mainland' : ''}`);
  if (key === undefined) return usageError('BAD_CONFIG_KEY', m.needsKey(action), example);
  return usageError('BAD_CONFIG_KEY', m.problem.unknownKey(shown(key), PREFERENCE_KEYS.join(messages(lang).listJoin)), example);
}

/** The file's preferences, each checked (needs against the catalog in use); a problem is exit 3 naming file:line. */
async function readChecked(ctx: Context, file: string): Promise<{ prefs: Preferences; catalog: Catalog | null }> {
  let prefs: Preferences;
  try {
    prefs = await readPreferences(file);
  } catch (error) {
    if (isPreferencesError(error)) throw preferencesError(error, ctx.options.lang);
    throw error;
  }
  if (prefs.needs === undefined) return { prefs, catalog: null };
  const { catalog } = await loadCatalogFor(ctx);
  checkPreferredNeeds(prefs, catalog, ctx.options.lang);
  return { prefs, catalog };
}

export async function run(ctx: Context, _opts: object, [given, words]: [string | undefined, string[]]): Promise<number> {
  const { lang } = ctx.options;
  const m = messages(lang).prefs;
  const action = given ?? 'list';
  const file = preferencesPath(ctx.io.env, ctx.io.homeDir);
  if (!['list', 'get', 'set', 'unset'].includes(action)) throw usageError('BAD_CONFIG_ACTION', m.badAction(shown(action)), m.example('wxhelp config set region mainland'));
  if (file === undefined) throw new CliError('NO_CONFIG_PLACE', m.noPlace, EXIT.catalog, m.noPlaceHint);
  const [key, ...rest] = words;
  const frame = { serviceTimeZone: 'Asia/Shanghai' };

  if (action === 'list') {
    if (words.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example('wxhelp config list'));
    const { prefs } = await readChecked(ctx, file);
    const set = PREFERENCE_KEYS.filter((k) => valueOf(prefs, k) !== null);
    await emit(
      ctx,
      'config',
      frame,
      () => ({ file, preferences: Object.fromEntries(PREFERENCE_KEYS.map((k) => [k, valueOf(prefs, k)])) }),
      async () => `${[set.length === 0 ? m.notSet(file) : `# ${file}`, ...set.map((k) => yamlLine(k, valueOf(prefs, k)!))].join('\n')}\n`,
    );
    return EXIT.ok;
  }

  if (key === undefined || !isPreferenceKey(key)) {
    // `unset` also takes a key the file has but wxhelp does not know: that is how such a file is mended.
    if (action === 'unset' && key !== undefined && rest.length === 0 && fileHasKey(file, key)) {
      await edit(ctx, file, (doc) => doc.delete(key));
      await emit(ctx, 'config', frame, () => ({ file, key, value: null }), async () => `${m.removed(file, key)}\n`);
      return EXIT.ok;
    }
    throw keyError(lang, action, key);
  }

  if (action === 'get') {
    if (rest.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example(`wxhelp config get ${key}`));
    const { prefs } = await readChecked(ctx, file);
    const value = valueOf(prefs, key);
    await emit(ctx, 'config', frame, () => ({ file, key, value }), async () => (value === null ? '' : `${Array.isArray(value) ? value.join(',') : String(value)}\n`));
    return EXIT.ok;
  }

  if (action === 'unset') {
    if (rest.length > 0) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), m.example(`wxhelp config unset ${key}`));
    await edit(ctx, file, (doc) => doc.delete(key));
    await emit(ctx, 'config', frame, () => ({ file, key, value: null }), async () => `${m.removed(file, key)}\n`);
    return EXIT.ok;
  }

  // set: one value (needs: several ids, with spaces or commas between them).
  const example = m.example(`wxhelp config set ${key} ${ARG_EXAMPLES[key]}`);
  if (rest.length === 0) throw usageError('BAD_CONFIG_VALUE', m.needsValue(key), example);
  if (key !== 'needs' && rest.length > 1) throw usageError('BAD_CONFIG_ARGS', m.tooMany(action), example);
  const typed = rest.join(' ');
  const value = settingOf(key, typed);
  if (value === undefined) {
    throw preferencesError(new PreferencesError('', undefined, { kind: 'bad-value', key, value: typed }, `wxhelp config set ${key} ${ARG_EXAMPLES[key]}`), lang, EXIT.usage);
  }
  if (key === 'needs') {
    const { catalog } = await loadCatalogFor(ctx);
    const valid = catalog.needs.map((n) => n.id);
    const unknown = (value as string[]).find((id) => !valid.includes(id));
    if (unknown !== undefined) {
      throw preferencesError(new PreferencesError('', undefined, { kind: 'unknown-need', value: unknown, valid }, `wxhelp config set needs ${valid[0] ?? 'elderly'}`), lang, EXIT.usage);
    }
  }
  await edit(ctx, file, (doc) => doc.set(key, Array.isArray(value) ? doc.createNode(value, { flow: true }) : value));
  await emit(ctx, 'config', frame, () => ({ file, key, value }), async () => `${m.saved(file, yamlLine(key, value))}\n`);
  return EXIT.ok;
}

async function edit(ctx: Context, file: string, change: Parameters<typeof editPreferences>[1]): Promise<void> {
  try {
    editPreferences(file, change);
  } catch (error) {
    if (isPreferencesError(error)) throw preferencesError(error, ctx.options.lang);
    throw error;
  }
}

/** Whether the file's top level has this key (an unknown one, say), however the rest of it reads. */
function fileHasKey(file: string, key: string): boolean {
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
