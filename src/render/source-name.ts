// A source named for what it is ("a Tencent help page", "a news report", "the web article"):
// shared by the text and JSON renderers.
import type { Lang, Source } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';

/** What a source is, in the reader's words: its type, else the web article / public material. */
export function sourceName(source: Source, lang: Lang): string {
  const names = messages(lang).sourceType;
  return (source.type !== undefined && source.kind !== 'seed' ? names[source.type] : undefined) ?? names[source.kind] ?? source.kind;
}
