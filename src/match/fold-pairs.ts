// The Traditional → Simplified table for matching, worked out from OpenCC's data (opencc-js): its
// Traditional → Simplified characters, and the Taiwan and Hong Kong variant forms (著, 裡, 綫, 衞 …)
// through the Traditional form they stand for; the first candidate where there are several; and a
// few characters of written Cantonese as the Mandarin ones they stand for.
// Run when wxhelp is built (bin/build.mjs stores the result in the bundle) and when running from
// source; never at run time of the bundle.
/// <reference path="../types/opencc-js.d.ts" />
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** "from to1 to2|…" → [from, first candidate], for single characters that change. */
function entries(dictionary: string): [string, string][] {
  const found: [string, string][] = [];
  for (const entry of dictionary.split('|')) {
    const space = entry.indexOf(' ');
    const from = entry.slice(0, space);
    const next = entry.indexOf(' ', space + 1);
    const to = entry.slice(space + 1, next < 0 ? undefined : next);
    if (from !== to && Array.from(from).length === 1 && Array.from(to).length === 1) found.push([from, to]);
  }
  return found;
}

/**
 * Written Cantonese, as people in Hong Kong type a problem, for the Mandarin word a phrase has: 唔 not
 * (收唔到 is 收不到), 咗 the done-marker (被盜咗 is 被盗了), 嘅 of, 冇 have not. Written Mandarin has
 * none of them in a problem (唔 is only an interjection there), so nothing else reads differently.
 */
const CANTONESE: readonly [string, string][] = [
  ['唔', '不'],
  ['咗', '了'],
  ['嘅', '的'],
  ['冇', '没'],
];

/**
 * Each character that folds, followed by its Simplified form, each pair ended by a newline:
 * "萬万\n與与\n…" (a character is looked up where it starts the string or follows a newline).
 */
export function foldPairs(): string {
  const table = new Map(entries(TSCharacters));
  for (const [regional, traditional] of [...entries(TWVariantsRev), ...entries(HKVariantsRev)]) {
    const simplified = table.get(traditional);
    if (!table.has(regional) && simplified !== undefined && simplified !== regional) table.set(regional, simplified);
  }
  for (const [cantonese, mandarin] of CANTONESE) table.set(cantonese, mandarin);
  return [...table].map(([from, to]) => `${from}${to}\n`).join('');
}
