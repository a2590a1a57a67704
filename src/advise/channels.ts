// Every channel on its own (no topic), as the user where they are would dial it: the form from
// abroad for a user abroad, both forms when that is not known.
import type { Catalog } from '../catalog/types.js';
import type { ContactAt } from './channel-state.js';
import { contactOnItsOwn } from './ranking.js';
import type { RegionView } from './region.js';

export function everyChannel(catalog: Catalog, at: number, region: RegionView = 'mainland'): ContactAt[] {
  return catalog.channels.map((channel) => contactOnItsOwn(channel, at, region));
}
