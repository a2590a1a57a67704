// Emergency procedures (catalog-defined, e.g. stolen / funds / leak) and who to contact now.
import type { Catalog, Channel, Emergency } from '../catalog/types.js';
import { rankByAvailability } from './availability.js';
import { indexOf } from './catalog-index.js';
import { channelAt, type ChannelAt } from './channel-state.js';
import { channelForRegion, regionOf } from './region.js';

export function findEmergency(catalog: Catalog, kind: string): Emergency | undefined {
  return indexOf(catalog).emergency.get(kind);
}

/**
 * The emergency's contacts in the user's region (a mainland-only line becomes its overseas
 * alternative; one with none is left out), each with its status, a person-now line first;
 * ties keep the catalog's order. A channel reached twice is listed once.
 */
export function emergencyContacts(catalog: Catalog, emergency: Emergency, at: number, overseas = false): ChannelAt[] {
  const region = regionOf(overseas);
  const seen = new Set<string>();
  const channels: Channel[] = [];
  for (const id of emergency.contacts) {
    const channel = channelForRegion(catalog, id, region);
    if (channel && !seen.has(channel.id)) {
      seen.add(channel.id);
      channels.push(channel);
    }
  }
  return rankByAvailability(
    channels.map((c) => channelAt(c, at)),
    (c) => c.status.state,
    true,
  );
}
