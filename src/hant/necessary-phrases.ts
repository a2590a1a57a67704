// OpenCC's phrases that say something its characters do not: those whose Traditional form is not
// the one character by character would give (发展 → 發展 but 头发 → 頭髮 …). About a fifth of them
// (80 kB of 400): the rest only repeat the character table, and would cost a run that converts a
// catalog their load and their place in the lookup tree. Worked out when wxhelp is built
// (bin/build.mjs stores the result in the bundle) and when running from source.
/// <reference path="../types/opencc-js.d.ts" />
import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';

export function necessaryPhrases(): string {
  const byCharacter = ConverterFactory([STCharacters]);
  const kept: string[] = [];
  for (const dictionary of [STPhrases, STPhrasesGenerated]) {
    for (const entry of dictionary.split('|')) {
      const space = entry.indexOf(' ');
      const next = entry.indexOf(' ', space + 1);
      if (byCharacter(entry.slice(0, space)) !== entry.slice(space + 1, next < 0 ? undefined : next)) kept.push(entry);
    }
  }
  return kept.join('|');
}
