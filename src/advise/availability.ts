// What counts as "can act now" (rule 1): a channel where people answer (open), or one in its
// automated state when self-service does the job (freezing an account, the AI for a how-to
// question, a web form). Closed and unknown never can.
import type { ChannelStatus } from '../hours/index.js';

export function canActNow(status: ChannelStatus, selfService: boolean): boolean {
  return status.state === 'open' || (status.state === 'automated' && selfService);
}

/**
 * When the channel can next act, looking as far as the hours engine does: now, the next opening,
 * or (for self-service) the next change into the automated state; null when not within the horizon.
 */
export function actsAt(status: ChannelStatus, selfService: boolean, at: number): number | null {
  if (canActNow(status, selfService)) return at;
  const candidates = [status.nextOpen];
  if (selfService && status.nextState === 'automated') candidates.push(status.nextChange);
  const times = candidates.filter((t): t is number => t !== null);
  return times.length === 0 ? null : Math.min(...times);
}
