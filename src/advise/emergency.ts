// An emergency procedure as one plan: its steps in order, each with the channels it uses where
// the user is (best first, with their state now), and every such channel among the contacts.
// The first step's channel is what recommend ranks first (rule 2).
import type { Capability, Catalog, Emergency, Step } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ContactAt } from './channel-state.js';
import { personAnswers, rankChannels, type RankInput } from './ranking.js';
import { sidelinedNow, type SidelinedNow } from './sidelined.js';
import { channelsInRegion, diallingIn, type RegionalChannel, type RegionView } from './region.js';

export interface PlanStep {
  step: Step;
  /** The step's channels usable from the user's region, best first; empty for a step without one. */
  channels: ContactAt[];
  /** The capability of the step's channel it uses (its `how` is where to tap). */
  capability?: Capability;
}

export interface EmergencyPlan {
  emergency: Emergency;
  steps: PlanStep[];
  /** Every channel a step uses, then the procedure's other contacts, each once, best first. */
  contacts: ContactAt[];
  /** When the only line answering now is one public material calls historical or another product's. */
  sidelinedNow: SidelinedNow | null;
  /**
   * The first step where a person answers now (its index), or null: the way to a person is what an
   * urgent user must not lose, so a short screen keeps the steps up to it before anything else asked.
   */
  personStep: number | null;
}

export function findEmergency(catalog: Catalog, kind: string): Emergency | undefined {
  return indexOf(catalog).emergency.get(kind);
}

/** The channel ids a step names (`channel` and `channels`), in order, each once. */
export function stepChannelIds(step: Step): string[] {
  return [...new Set([...(step.channel === undefined ? [] : [step.channel]), ...(step.channels ?? [])])];
}

/** Channels by id as used from the region (alternatives swapped in), each once. */
export function regionalChannels(catalog: Catalog, ids: readonly string[], region: RegionView): RegionalChannel[] {
  const out = new Map<string, RegionalChannel>();
  for (const id of ids) {
    for (const found of channelsInRegion(catalog, id, region)) if (!out.has(found.channel.id)) out.set(found.channel.id, found);
  }
  return [...out.values()];
}

type ContactInput = RankInput & { region: RegionView };

function contactInputs(found: readonly RegionalChannel[], region: RegionView, at: number, firstStep: ReadonlySet<string>): ContactInput[] {
  return found.map(({ channel, reach }) => ({
    ...channelAt(channel, at, region),
    reach,
    routes: [],
    firstStep: firstStep.has(channel.id),
    region,
  }));
}

/** Ranked inputs → contacts (urgent: a person before self-service among what can act now). */
function ranked(catalog: Catalog, inputs: ContactInput[], at: number): ContactAt[] {
  return rankChannels(catalog, inputs, at, { urgent: true }).map(({ item, canActNow, actsAt }) => ({
    channel: item.channel,
    hours: item.hours,
    status: item.status,
    ...diallingIn(item.channel, item.region, item.reach),
    canActNow,
    actsAt,
  }));
}

export function emergencyPlan(catalog: Catalog, emergency: Emergency, at: number, region: RegionView): EmergencyPlan {
  const first = emergency.steps[0];
  const firstIds = new Set(first ? regionalChannels(catalog, stepChannelIds(first), region).map((c) => c.channel.id) : []);
  const steps = emergency.steps.map((stepAsWritten): PlanStep => {
    // Outside mainland China a step may say it otherwise (the user's own identity document).
    const step =
      region === 'overseas' && stepAsWritten.overseasText ? { ...stepAsWritten, text: stepAsWritten.overseasText } : stepAsWritten;
    const channels = ranked(catalog, contactInputs(regionalChannels(catalog, stepChannelIds(step), region), region, at, firstIds), at);
    const plan: PlanStep = { step, channels };
    const capability = step.capability === undefined ? undefined : channels[0]?.channel.capabilities.find((c) => c.id === step.capability);
    if (capability) plan.capability = capability;
    return plan;
  });
  const ids = [...emergency.steps.flatMap(stepChannelIds), ...emergency.contacts];
  const contacts = ranked(catalog, contactInputs(regionalChannels(catalog, ids, region), region, at, firstIds), at);
  const person = steps.findIndex((plan) => plan.channels.some((c) => personAnswers(c.channel, c.status)));
  return { emergency, steps, contacts, sidelinedNow: sidelinedNow(contacts), personStep: person === -1 ? null : person };
}

/** The emergency's contacts in the user's region, best first (see emergencyPlan). */
export function emergencyContacts(catalog: Catalog, emergency: Emergency, at: number, overseas = false): ContactAt[] {
  return emergencyPlan(catalog, emergency, at, overseas ? 'overseas' : 'mainland').contacts;
}
