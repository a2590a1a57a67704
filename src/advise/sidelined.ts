// Rule 5 with teeth, as the answer says it: when the only line where someone answers now is one
// public material calls historical or a line for another product, nothing confirmed can help by
// phone now. The answer says so, leads with what can act (self-service), and says when the soonest
// confirmed line opens.
import type { ContactAt } from './channel-state.js';
import { sidelined } from './ranking.js';

export interface SidelinedNow {
  /** The sidelined lines that answer now (each shown with what public material says it is). */
  lines: ContactAt[];
  /** The confirmed line that opens soonest, and when; null when none opens within the horizon. */
  next: { contact: ContactAt; at: number } | null;
}

/** Whether only sidelined lines answer now among these contacts, and what opens next if so. */
export function sidelinedNow(contacts: readonly ContactAt[]): SidelinedNow | null {
  const unique = [...new Map(contacts.map((c) => [c.channel.id, c])).values()];
  const lines = unique.filter((c) => sidelined(c.channel) && c.status.state === 'open');
  if (lines.length === 0) return null;
  if (unique.some((c) => !sidelined(c.channel) && c.status.state === 'open')) return null;
  // The confirmed line that opens soonest (a phone line before any other channel at the same time).
  let next: SidelinedNow['next'] = null;
  for (const contact of unique) {
    const at = contact.status.nextOpen;
    if (sidelined(contact.channel) || at === null) continue;
    const better =
      next === null || at < next.at || (at === next.at && contact.channel.kind === 'phone' && next.contact.channel.kind !== 'phone');
    if (better) next = { contact, at };
  }
  return { lines, next };
}
