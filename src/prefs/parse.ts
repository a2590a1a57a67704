// The preferences file's text → Preferences, each key and value checked, with the line of each
// problem; and (for `wxhelp config`) its editing. What touches YAML is here, imported only when
// there is a file to read or to change.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { NEED_ID, settingOf } from './values.js';
import { EXAMPLES, isPreferenceKey, PreferencesError, type Preferences, type RegionSetting } from './types.js';

export { editPreferences, hasTopLevelKey } from './write.js';
// The preferences' words come with this part: only a run with a preferences file, or `config`, needs them.
export { prefsMessages } from '../i18n/prefs-messages.js';

/** The preferences a file's text sets; `file` names it in errors. */
export function parsePreferences(text: string, file: string): Preferences {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
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
    const bad = (shown: string) =>
      new PreferencesError(file, lineOf(value) ?? line, { kind: 'bad-value', key, value: shown }, EXAMPLES[key]);
    prefs.lines[key] = line;
    if (key === 'needs') {
      // A list of ids (a lone id is a list of one).
      const items = isSeq(value) ? value.items : [value];
      const ids: string[] = [];
      for (const item of items) {
        if (!isScalar(item) || typeof item.value !== 'string' || !NEED_ID.test(item.value))
          throw bad(isScalar(item) ? String(item.value) : String(item ?? ''));
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
