import { userRegion, type UserRegion } from '../../advise/region.js';
import type { GlobalOptions } from '../runtime/context.js';

/** Where the user is: --overseas / --mainland, else the preferences' region, else the zone. */
export function regionFor(
  options: Pick<GlobalOptions, 'tz' | 'preferences'>,
  flags: { overseas?: boolean; mainland?: boolean },
): UserRegion {
  const { region, file } = options.preferences;
  return userRegion(flags, options.tz, region === undefined ? undefined : { region, file });
}
