// Makes a language's interface text available before anything is said in it: zh-Hant's tables are
// a chunk of their own (src/i18n/traditional.ts), loaded only when a run may speak Traditional, and
// kept where every bundle's copy of the wording modules finds them (src/wording/hant-tables.ts).
import type { Lang } from '../catalog/types.js';
import { hantTables } from '../wording/hant-tables.js';

export async function loadLanguage(lang: Lang): Promise<void> {
  const loaded = hantTables();
  if (lang !== 'zh-Hant' || loaded.messages !== undefined) return;
  const tables = await import('./traditional.js');
  loaded.messages = tables.messagesTable;
  loaded.catalogWords = tables.catalogWordsTable;
  loaded.prefsMessages = tables.prefsMessagesTable;
}
