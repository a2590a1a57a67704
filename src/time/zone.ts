import { IANAZone } from 'luxon';

/** The zone name as given when luxon knows it, else null (luxon never throws on a bad zone). */
export function validZone(name: string): string | null {
  if (name.trim() === '') return null;
  if (name === 'UTC' || name === 'utc') return 'UTC';
  return IANAZone.isValidZone(name) ? name : null;
}
