// Zone names as ICU knows them, checked at the edge (--tz, the catalog's zones).
import { zoneSource } from './zone-source.js';

/**
 * The zone's canonical IANA name (so `asia/shanghai` is shown as `Asia/Shanghai`), or null when
 * it is not a zone: luxon never throws on a bad zone, so this is checked at the edge.
 */
export function validZone(name: string): string | null {
  if (name.trim() === '') return null;
  if (name.toUpperCase() === 'UTC') return 'UTC';
  // ICU spells the name canonically, but may also swap a current name for an old alias
  // (Asia/Kolkata → Asia/Calcutta): take its spelling only when it is the same name.
  const resolved = zoneSource().resolve(name);
  if (resolved === null) return null;
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}
