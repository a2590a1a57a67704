/**
 * The zone's canonical IANA name (so `asia/shanghai` is shown as `Asia/Shanghai`), or null when
 * it is not a zone: luxon never throws on a bad zone, so this is checked at the edge.
 */
export function validZone(name: string): string | null {
  if (name.trim() === '') return null;
  if (name.toUpperCase() === 'UTC') return 'UTC';
  // ICU spells the name canonically, but may also swap a current name for an old alias
  // (Asia/Kolkata → Asia/Calcutta): take its spelling only when it is the same name. A name ICU
  // does not know is a RangeError here (what luxon's isValidZone tests, with one more formatter).
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}
