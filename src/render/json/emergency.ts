// An emergency plan as JSON: the SPEC's { kind, steps, contacts } plus each step's channels.
import type { EmergencyPlan } from '../../advise/emergency.js';
import type { Catalog } from '../../catalog/types.js';
import { pick } from '../localize.js';
import type { TimeView } from '../time-format.js';
import { channelJson, notesJson, sourcesJson } from './channel.js';

export function emergencyJson(plan: EmergencyPlan, catalog: Catalog, view: TimeView) {
  const { lang, userZone } = view;
  const { emergency } = plan;
  return {
    kind: emergency.id,
    name: pick(emergency.name, lang),
    trigger: pick(emergency.trigger, lang),
    response: pick(emergency.response, lang),
    agency: pick(emergency.agency, lang),
    // The steps as the plan says them where the user is (a step may read otherwise abroad).
    steps: plan.steps.map((s) => pick(s.step.text, lang)),
    stepDetails: plan.steps.map((s) => ({
      text: pick(s.step.text, lang),
      channels: s.channels.map((c) => c.channel.id),
      how: s.capability?.how ? pick(s.capability.how, lang) : null,
      canActNow: s.channels.some((c) => c.canActNow),
      source: sourcesJson(catalog, s.step, lang),
    })),
    contacts: plan.contacts.map((c) => channelJson(catalog, c, lang, userZone)),
    notes: notesJson(catalog, emergency.notes, lang),
    source: sourcesJson(catalog, emergency, lang),
  };
}
