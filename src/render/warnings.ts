// Structured engine warnings → one sentence each, in the chosen language, with times in both zones.
import type { AdviceWarning } from '../advise/recommend.js';
import { indexOf } from '../advise/catalog-index.js';
import type { Catalog } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';
import { pick } from './localize.js';
import { sourceText } from './sources.js';
import { formatRelative, formatWhen, type TimeView } from './time-format.js';

export function warningText(warning: AdviceWarning, catalog: Catalog, view: TimeView): string {
  const m = messages(view.lang).warn;
  const when = (ms: number | null) => (ms === null ? null : formatWhen(ms, view));
  const name = (id: string) => {
    const channel = indexOf(catalog).channel.get(id);
    return channel ? pick(channel.name, view.lang) : id;
  };
  switch (warning.kind) {
    case 'peak':
      return m.peak(warning.waitMinutes, when(warning.until));
    case 'overnight':
      return m.overnight(when(warning.until));
    case 'closed':
      return m.closed(when(warning.opensAt), warning.opensAt === null ? null : formatRelative(warning.opensAt, view));
    case 'hours-unknown':
      return m.hoursUnknown;
    case 'abroad-unknown':
      return m.abroadUnknown;
    case 'overseas-slower':
      return m.overseasSlower(warning.factor);
    case 'dispute':
      return m.dispute(pick(warning.note.text, view.lang), sourceText(catalog, warning.note, view.lang));
    case 'unavailable-in-region':
      return m.unavailable(name(warning.channel), warning.region);
  }
}
