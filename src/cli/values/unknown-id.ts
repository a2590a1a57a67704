// The usage error for an id the catalog does not have — a topic, a need, an emergency kind or a
// channel — with the nearest one ("did you mean …?") in the message and in the hint, in the
// user's language. The matcher is loaded here, on the error path only.
import type { Catalog, Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { shown, usageError, type CliError } from '../runtime/errors.js';

export type IdKind = 'topic' | 'need' | 'emergency' | 'channel';

export interface UnknownId {
  kind: IdKind;
  value: string;
  /** The command for the message ("hours", "remind"); for channels. */
  command?: string;
  /** The command line that uses an id, e.g. (id) => `wxhelp hours ${id}`. */
  example: (id: string) => string;
}

/** The nearest known id to `value`, by spelling or by what the words mean; undefined when none is near. */
export async function suggestId(catalog: Catalog, kind: IdKind, value: string): Promise<string | undefined> {
  const match = await import('../../match/index.js');
  if (match.mayNeedFolding(value)) await match.loadFolding();
  switch (kind) {
    case 'topic':
      return match.suggestTopic(catalog, value);
    case 'need':
      return match.suggestNeed(catalog, value);
    case 'emergency':
      return match.suggestEmergency(catalog, value);
    case 'channel':
      return match.suggestChannel(catalog, value);
  }
}

function idsOf(catalog: Catalog, kind: IdKind): string[] {
  const list = { topic: catalog.topics, need: catalog.needs, emergency: catalog.emergencies, channel: catalog.channels }[kind];
  return list.map((item) => item.id);
}

export async function unknownIdError(catalog: Catalog, lang: Lang, unknown: UnknownId): Promise<CliError> {
  const m = messages(lang).unknownId;
  const ids = idsOf(catalog, unknown.kind);
  const suggestion = await suggestId(catalog, unknown.kind, unknown.value);
  const value = shown(unknown.value);
  const valid = m.valid(suggestion, ids);
  const message = unknown.kind === 'channel' ? m.channel(unknown.command ?? 'hours', value, valid) : m[unknown.kind](value, valid);
  const code = ({ topic: 'UNKNOWN_TOPIC', need: 'UNKNOWN_NEED', emergency: 'UNKNOWN_EMERGENCY', channel: 'UNKNOWN_CHANNEL' } as const)[
    unknown.kind
  ];
  const command = unknown.example(suggestion ?? ids[0] ?? '');
  const shownCommand = unknown.kind === 'topic' ? m.seeTopics(command) : command;
  const hint = suggestion === undefined ? m.example(shownCommand) : m.tryIt(shownCommand);
  return usageError(code, message, hint, { suggestions: suggestion === undefined ? [] : [suggestion], valid: ids });
}
