// The zh-Hant tables, once loaded (src/i18n/load-language.ts), where every part of the program
// finds them. The CLI is several bundles — one for what every run needs and a file per lazy part
// (bin/build.mjs) — and each carries its own copy of the modules it uses, so a table kept in one
// copy's module state is missing from another's: ask, remind and config spoke Simplified in a
// zh-Hant run. The process has one global object; the loaded tables are kept there, under a
// registered symbol no other code uses.
const KEY = Symbol.for('wxhelp.zh-Hant.tables');

/**
 * Each table as its JSON text, parsed by the first wording that speaks zh-Hant (./per-language.ts):
 * a run uses the interface's, seldom the other two, and a text costs nothing until it is parsed.
 */
export interface HantTables {
  /** The interface wording (src/i18n/messages.ts). */
  messages?: string;
  /** The words for a catalog's problems (src/catalog/wording.ts). */
  catalogWords?: string;
  /** The preferences' words (src/i18n/prefs-messages.ts). */
  prefsMessages?: string;
}

export function hantTables(): HantTables {
  const holder = globalThis as { [KEY]?: HantTables };
  holder[KEY] ??= {};
  return holder[KEY];
}
