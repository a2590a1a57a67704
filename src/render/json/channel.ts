// A channel and its status as the SPEC's JSON `channel` object.
import type { Catalog, Lang, Note, Sourced } from '../../catalog/types.js';
import type { ChannelAt, ContactAt } from '../../advise/channel-state.js';
import { indexOf } from '../../advise/catalog-index.js';
import type { ChannelStatus } from '../../hours/index.js';
import { pick } from '../localize.js';
import { isoInZone } from '../time-format.js';
import { sourceName } from '../source-name.js';

export function statusJson(status: ChannelStatus, zone: string) {
  const iso = (ms: number | null) => (ms === null ? null : isoInZone(ms, zone));
  return {
    state: status.state,
    peak: status.peak,
    expectedWaitMinutes: status.expectedWaitMinutes,
    nextChange: iso(status.nextChange),
    nextState: status.nextState,
    nextOpen: iso(status.nextOpen),
  };
}

/** Source ids expanded to what a reader needs to judge them. */
export function sourcesJson(catalog: Catalog, fact: Sourced, lang: Lang) {
  const index = indexOf(catalog);
  return fact.source.map((id) => {
    const source = index.source.get(id);
    return {
      id,
      // What the source is, in the reader's words ("a Tencent help page", "the web article").
      type: source ? sourceName(source, lang) : null,
      title: source ? pick(source.title, lang) : id,
      confidence: source?.confidence ?? null,
      checked: fact.checked ?? source?.checked ?? 'unknown',
    };
  });
}

export function notesJson(catalog: Catalog, notes: readonly Note[], lang: Lang) {
  return notes.map((note) => ({ text: pick(note.text, lang), source: sourcesJson(catalog, note, lang) }));
}

/**
 * A channel as the SPEC's JSON object. A contact (a channel offered where the user is) adds
 * `dial` for a user abroad, `callsFromAbroad` for a mainland line offered there, and whether it
 * can act now.
 */
export function channelJson(catalog: Catalog, entry: ChannelAt | ContactAt, lang: Lang, zone: string) {
  const { channel, status } = entry;
  const contact = 'reach' in entry ? entry : null;
  return {
    id: channel.id,
    kind: channel.kind,
    name: pick(channel.name, lang),
    ...(channel.number === undefined ? {} : { number: channel.number }),
    ...(channel.e164 === undefined ? {} : { e164: channel.e164 }),
    ...(contact?.dial === undefined ? {} : { dial: contact.dial }),
    ...(contact && contact.dial !== undefined ? { callsFromAbroad: contact.reach } : {}),
    ...(contact?.forms === undefined
      ? {}
      : { dialForms: { mainland: contact.forms.mainland ?? null, abroad: contact.forms.abroad ?? null } }),
    ...(channel.url === undefined ? {} : { url: channel.url }),
    ...(channel.path === undefined ? {} : { path: pick(channel.path, lang) }),
    hours: pick(entry.hours.text, lang),
    // One number, other hours from abroad: both, and every other account of them, with sources.
    ...(channel.hours.abroad === undefined
      ? {}
      : { hoursByRegion: { mainland: pick(channel.hours.text, lang), overseas: pick(channel.hours.abroad.text, lang) } }),
    hoursDisputed: notesJson(catalog, channel.hours.disputed ?? [], lang),
    ...(channel.standing === undefined
      ? {}
      : {
          standing: {
            is: channel.standing.is,
            text: pick(channel.standing.text, lang),
            source: sourcesJson(catalog, channel.standing, lang),
          },
        }),
    ...(channel.sharedNumber === undefined
      ? {}
      : {
          sharedNumber: {
            with: channel.sharedNumber.with,
            text: pick(channel.sharedNumber.text, lang),
            source: sourcesJson(catalog, channel.sharedNumber, lang),
          },
        }),
    regions: channel.regions,
    response: channel.response ? pick(channel.response, lang) : null,
    scope: channel.scope ? pick(channel.scope, lang) : null,
    strengths: channel.strengths.map((s) => pick(s, lang)),
    languages: channel.languages,
    modes: channel.modes,
    status: statusJson(status, zone),
    ...(contact ? { canActNow: contact.canActNow, actsAt: contact.actsAt === null ? null : isoInZone(contact.actsAt, zone) } : {}),
    source: sourcesJson(catalog, channel, lang),
    disputes: notesJson(catalog, channel.disputes, lang),
  };
}
