// Accessible mode: the marks that carry meaning in the usual output (· between facts, ⚠ before an
// emergency, → for "read as") said in words or plain punctuation, for a screen reader or a braille
// line. The table of marks is the language's (src/i18n/messages.ts).
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';

export function inWords(text: string, lang: Lang): string {
  let out = text;
  for (const [mark, words] of messages(lang).inWords) {
    // A mark the wrapping left at the end of a line, then the mark inside a line.
    out = out.split(`${mark.trimEnd()}\n`).join(`${words.trimEnd()}\n`).split(mark).join(words);
  }
  return out;
}
