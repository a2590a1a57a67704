import type { ChannelAt } from '../../advise/channel-state.js';
import type { Catalog, Emergency } from '../../catalog/types.js';
import { pick } from '../localize.js';
import type { TimeView } from '../time-format.js';
import { channelJson, notesJson, sourcesJson } from './channel.js';

export function emergencyJson(emergency: Emergency, catalog: Catalog, contacts: readonly ChannelAt[], view: TimeView) {
  const { lang, userZone } = view;
  return {
    kind: emergency.id,
    name: pick(emergency.name, lang),
    trigger: pick(emergency.trigger, lang),
    response: pick(emergency.response, lang),
    agency: pick(emergency.agency, lang),
    steps: emergency.steps.map((step) => pick(step.text, lang)),
    stepDetails: emergency.steps.map((step) => ({ text: pick(step.text, lang), channel: step.channel ?? null, source: sourcesJson(catalog, step, lang) })),
    contacts: contacts.map((c) => channelJson(catalog, c, lang, userZone)),
    notes: notesJson(catalog, emergency.notes, lang),
    source: sourcesJson(catalog, emergency, lang),
  };
}
