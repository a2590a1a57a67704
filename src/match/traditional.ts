// Traditional characters, as written in Hong Kong, Macao and Taiwan, → the Simplified ones the
// catalog's phrases are matched in: character by character, which is all matching needs (a phrase
// and a text are folded the same way). The table is OpenCC's (opencc-js): its Traditional →
// Simplified characters, and the Taiwan and Hong Kong variant forms (著, 裡, 綫, 衞 …) through the
// Traditional form they stand for. This module is a chunk of its own, loaded only for text that is
// not ASCII (src/match/folding.ts).
/// <reference path="../types/opencc-js.d.ts" />
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** "from to1 to2|…" → from → its first candidate. */
function entries(dictionary: string): [string, string][] {
  return dictionary.split('|').flatMap((entry) => {
    const [from, to] = entry.split(' ');
    return from && to && from !== to ? [[from, to] as [string, string]] : [];
  });
}

/** Each Traditional or regional-variant character → its Simplified form. */
export function traditionalToSimplified(): Map<string, string> {
  const table = new Map(entries(TSCharacters));
  for (const [regional, traditional] of [...entries(TWVariantsRev), ...entries(HKVariantsRev)]) {
    const simplified = table.get(traditional);
    if (!table.has(regional) && simplified !== undefined && simplified !== regional) table.set(regional, simplified);
  }
  return table;
}
