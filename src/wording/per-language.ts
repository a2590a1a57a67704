// A table of wording per language, made the first time a run speaks in it: en and zh from their
// JSON file (a run reads only its own), zh-Hant from the Traditional tables' JSON text once loaded
// (./hant-tables.ts; the Simplified one stands in before that, which the CLI never lets happen).
import { type HantTables, hantTables } from './hant-tables.js';

type Lang = 'zh' | 'zh-Hant' | 'en';

export function perLanguage<Table, Words>(
  hant: keyof HantTables,
  read: (lang: 'en' | 'zh') => Table,
  make: (table: Table, lang: Lang) => Words,
): (lang: Lang) => Words {
  const made: Partial<Record<Lang, Words>> = {};
  const wordsIn = (lang: Lang): Words => {
    if (made[lang] !== undefined) return made[lang];
    const text = lang === 'zh-Hant' ? hantTables()[hant] : undefined;
    if (lang === 'zh-Hant' && text === undefined) return wordsIn('zh');
    made[lang] = make(text === undefined ? read(lang === 'zh-Hant' ? 'zh' : lang) : (JSON.parse(text) as Table), lang);
    return made[lang];
  };
  return wordsIn;
}
