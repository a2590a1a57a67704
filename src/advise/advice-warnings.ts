// Structured warnings attached to advice. The engine only states facts (kind, channel, instants,
// numbers); renderers turn them into zh/en text.
import type { Hours, Note, Standing } from '../catalog/types.js';
import type { RegionView } from './region.js';
import { segments } from '../hours/index.js';
import type { ChannelAt, ContactAt } from './channel-state.js';

export type AdviceWarning =
  /** In a peak now: a person takes about waitMinutes; the peak ends at `until` (null: not within a day). */
  | { kind: 'peak'; channel: string; waitMinutes: number; until: number | null }
  /** Automated now, people later: allow extra time; people answer again at `until`. */
  | { kind: 'overnight'; channel: string; until: number | null }
  /** Closed now; opens at `opensAt` (null: not within the hours engine's horizon). */
  | { kind: 'closed'; channel: string; opensAt: number | null }
  /** The catalog publishes no hours for this channel now: it may or may not answer. */
  | { kind: 'hours-unknown'; channel: string }
  /** A mainland line offered abroad: nothing says whether it takes calls from abroad. */
  | { kind: 'abroad-unknown'; channel: string }
  /** Overseas cases take about `factor` times as long (catalog.overseas.processingFactor). */
  | { kind: 'overseas-slower'; factor: number }
  /** Sources disagree about this channel. */
  | { kind: 'dispute'; channel: string; note: Note }
  /** Public material calls the line historical or another product's: shown, never leading. */
  | { kind: 'standing'; channel: string; standing: Standing }
  /** A route was skipped: neither the channel nor an alternative serves the user's region. */
  | { kind: 'unavailable-in-region'; channel: string; region: RegionView };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether people ever answer on this schedule (weekly windows or dated exceptions). */
export function hasOpenWindows(hours: Hours): boolean {
  return hours.windows.some((w) => w.state === 'open') || hours.exceptions.some((e) => e.windows.some((w) => w.state === 'open'));
}

/** When the peak running at `at` ends, looking up to a day ahead; null when it does not end by then. */
export function peakEnd(hours: Hours, at: number): number | null {
  for (const segment of segments(hours, at, at + DAY_MS)) {
    if (!segment.peak) return segment.start;
  }
  return null;
}

/** The warnings for one channel at one instant: its state now, reach from abroad, then any disputes. */
export function channelWarnings(entry: ChannelAt | ContactAt, at: number): AdviceWarning[] {
  const { channel, status, hours } = entry;
  const warnings: AdviceWarning[] = [];
  if (channel.standing) warnings.push({ kind: 'standing', channel: channel.id, standing: channel.standing });
  if (status.state === 'closed') {
    warnings.push({ kind: 'closed', channel: channel.id, opensAt: status.nextOpen });
  } else if (status.state === 'unknown') {
    warnings.push({ kind: 'hours-unknown', channel: channel.id });
  } else if (status.state === 'automated' && hasOpenWindows(hours)) {
    warnings.push({ kind: 'overnight', channel: channel.id, until: status.nextOpen });
  }
  if (status.peak) {
    warnings.push({
      kind: 'peak',
      channel: channel.id,
      waitMinutes: status.expectedWaitMinutes ?? 0,
      until: peakEnd(hours, at),
    });
  }
  if ('reach' in entry && entry.reach === 'unknown') warnings.push({ kind: 'abroad-unknown', channel: channel.id });
  for (const note of channel.disputes) warnings.push({ kind: 'dispute', channel: channel.id, note });
  return warnings;
}
