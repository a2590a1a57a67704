// Where zone names and offsets come from. By default from Intl: an Intl.DateTimeFormat spells a
// name as ICU knows it, and luxon's IANAZone reads offsets through one. The first
// DateTimeFormat a process makes costs about 17 ms (ICU's date-format data), more than all the
// rest of a wxhelp run, so the CLI installs a source that makes none when it can
// (src/cli/process-zones.ts): the same ICU zone data, reached another way. The library and
// in-process runs keep this default; nothing here reads the clock.
import { IANAZone } from 'luxon';

export interface ZoneSource {
  /** ICU's spelling of the zone `name` names (as an Intl.DateTimeFormat's resolvedOptions gives it), or null when ICU knows no such zone. */
  resolve(name: string): string | null;
  /** The zone's UTC offset in minutes at an instant, for a zone as `resolve` spelled it. */
  offsets(zone: string): (ms: number) => number;
}

export const intlZones: ZoneSource = {
  resolve(name) {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      return null; // a RangeError: no such zone
    }
  },
  offsets(zone) {
    const iana = IANAZone.create(zone);
    return (ms) => iana.offset(ms);
  },
};

// Kept under a registered symbol, not in this module: each bundled part of the CLI (the one-shot
// bundle, `ask`, `remind`) has its own copy of this module, and all of them use the one source
// the process edge installed.
const INSTALLED = Symbol.for('wxhelp.zoneSource');
const installed = globalThis as { [INSTALLED]?: ZoneSource };

export function zoneSource(): ZoneSource {
  return installed[INSTALLED] ?? intlZones;
}

/** Makes `source` the one used from now on (the CLI's process edge does this once, before any time is read). */
export function useZoneSource(source: ZoneSource): void {
  installed[INSTALLED] = source;
}
