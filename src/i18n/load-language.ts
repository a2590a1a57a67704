// Makes a language's interface text available before anything is said in it: zh-Hant's tables are
// a chunk of their own (src/i18n/traditional.ts), loaded only when a run may speak Traditional.
import type { Lang } from '../catalog/types.js';
import { useTraditionalCatalogWords } from '../catalog/wording.js';
import { useTraditionalMessages } from './messages.js';

let loaded = false;

export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang !== 'zh-Hant' || loaded) return;
  const tables = await import('./traditional.js');
  useTraditionalMessages(tables.messagesTable);
  useTraditionalCatalogWords(tables.catalogWordsTable);
  loaded = true;
}
