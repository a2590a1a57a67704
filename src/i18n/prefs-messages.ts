// The words of the standing preferences (`wxhelp config`, and the errors of a broken config.yaml),
// in each language, as data: src/i18n/prefs-messages/<lang>.json (messages as in src/wording/format.ts).
// Kept apart from the main table: they are needed only when there is a preferences file or
// `config` runs, and are read then, with that part (src/prefs/parse.ts), not by every run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../catalog/types.js';
import { type Args, format } from '../wording/format.js';
import { perLanguage } from '../wording/per-language.js';

/** A language's table as its file holds it: en.json's shape, which every language matches. */
export type PrefsMessageTable = typeof import('./prefs-messages/en.json', { with: { type: 'json' }});

function makePrefsMessages(d: PrefsMessageTable, lang: Lang) {
  const say = (message: string, args: Args): string => format(message, args, { lists: {} }, lang);
  return {
    problem: {
      unreadable: (reason: string) => say(d.problem.unreadable, { reason }),
      denied: d.problem.denied,
      unwritable: (reason: string) => say(d.problem.unwritable, { reason }),
      notAFile: d.problem.notAFile,
      tooLarge: (kib: number) => say(d.problem.tooLarge, { kib }),
      syntax: (detail: string) => say(d.problem.syntax, { detail }),
      notAMap: d.problem.notAMap,
      unknownKey: (key: string, keys: string) => say(d.problem.unknownKey, { key, keys }),
      badValue: (key: string, value: string, choices: string | null) => say(d.problem.badValue, { key, value, choices }),
      unknownNeed: (value: string, valid: string) => say(d.problem.unknownNeed, { value, valid }),
    },
    example: (line: string) => say(d.example, { line }),
    noPlace: d.noPlace,
    noPlaceHint: d.noPlaceHint,
    badAction: (action: string) => say(d.badAction, { action }),
    needsKey: (action: string) => say(d.needsKey, { action }),
    needsValue: (key: string) => say(d.needsValue, { key }),
    tooMany: (action: string) => say(d.tooMany, { action }),
    notSet: (file: string) => say(d.notSet, { file }),
    saved: (file: string, line: string) => say(d.saved, { file, line }),
    removed: (file: string, key: string) => say(d.removed, { file, key }),
  };
}

export type PrefsMessages = ReturnType<typeof makePrefsMessages>;

/** The table for `lang`: its file read when first asked for; zh-Hant's once loadLanguage has run. */
export const prefsMessages: (lang: Lang) => PrefsMessages = perLanguage(
  'prefsMessages',
  (lang): PrefsMessageTable => JSON.parse(readFileSync(join(import.meta.dirname, 'prefs-messages', `${lang}.json`), 'utf8')),
  makePrefsMessages,
);
