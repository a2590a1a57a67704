import type { ChannelAt } from '../../advise/channel-state.js';
import type { Catalog, Lang } from '../../catalog/types.js';
import type { Segment } from '../../hours/index.js';
import { isoInZone } from '../time-format.js';
import { channelJson } from './channel.js';

export function hoursJson(
  rows: readonly (ChannelAt & { segments: readonly Segment[] })[],
  range: { from: number; to: number; days: number },
  catalog: Catalog,
  lang: Lang,
  zone: string,
) {
  return {
    from: isoInZone(range.from, zone),
    to: isoInZone(range.to, zone),
    days: range.days,
    channels: rows.map((row) => ({
      ...channelJson(catalog, row, lang, zone),
      windows: row.segments.map((s) => ({ start: isoInZone(s.start, zone), end: isoInZone(s.end, zone), state: s.state, peak: s.peak })),
    })),
  };
}
