// Who can help now: a channel with people (open) or self-service (automated) beats a closed one;
// when a person is needed, open beats automated. Ties keep the catalog's order (stable sort).
import type { State } from '../catalog/types.js';

export function availabilityTier(state: State, needPerson: boolean): number {
  if (state === 'closed') return 2;
  if (state === 'automated' && needPerson) return 1;
  return 0;
}

export function rankByAvailability<T>(items: readonly T[], stateOf: (item: T) => State, needPerson: boolean): T[] {
  return items
    .map((item, order) => ({ item, order, tier: availabilityTier(stateOf(item), needPerson) }))
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .map((entry) => entry.item);
}
