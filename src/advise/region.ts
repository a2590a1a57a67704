// Channels serve regions; one that does not serve the user's region may name an alternative that does.
import type { Catalog, Channel, Region } from '../catalog/types.js';
import { indexOf } from './catalog-index.js';

export function regionOf(overseas: boolean): Region {
  return overseas ? 'overseas' : 'mainland';
}

/** The channel to use in the user's region for `id`: itself, its alternative, or null. */
export function channelForRegion(catalog: Catalog, id: string, region: Region): Channel | null {
  const index = indexOf(catalog);
  const channel = index.channel.get(id);
  if (!channel) return null;
  if (channel.regions.includes(region)) return channel;
  const alternative = channel.alternative === undefined ? undefined : index.channel.get(channel.alternative);
  return alternative && alternative.regions.includes(region) ? alternative : null;
}
