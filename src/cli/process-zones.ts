// The CLI's zone source (src/zone/zone-source.ts), which makes no Intl.DateTimeFormat when it can
// (the first one costs a process about 17 ms). Names are looked up in a table the build gathered
// from this Node's ICU (bin/dist/zones.json: each zone name ICU lists, with its spelling), used
// only when the running Node has the same ICU and zone data; offsets are read from the process's
// own clock with TZ set to the zone, which Node hands to ICU: the same zone data as Intl's (the
// tests compare the two over every change of offset from 2000 to 2040). The build keeps a name
// only when offsets read that way equal Intl's, so on a platform where TZ is not ICU's (Windows)
// the table is all but empty. A name the table does not have is asked of Intl, and so are its
// offsets. It changes the process's TZ, so it is for the CLI's process only:
// the system zone is read before any offset, and nothing in wxhelp reads local time.
import { readFileSync, realpathSync } from 'node:fs';
import { intlZones, type ZoneSource } from '../zone/zone-source.js';

/** What the build writes (bin/build.mjs). */
export interface ZoneTable {
  icu: string;
  tz: string;
  /** Each name as ICU takes it (exactly so, for TZ) → ICU's spelling of its zone (an Intl.DateTimeFormat's resolvedOptions). */
  names: Record<string, string>;
}

export interface ProcessZones extends ZoneSource {
  /** ICU's spelling of the zone `name` names exactly (its letters' case too), from the table alone: undefined when the table does not have it (or there is no table). */
  known(name: string): string | undefined;
}

export function processZones(tablePath: string): ProcessZones {
  let names: Record<string, string> | null | undefined;
  let lowerCased: Map<string, string> | undefined;
  let spellings: Set<string> | undefined;
  const table = (): Record<string, string> | null => {
    if (names === undefined) {
      try {
        const read = JSON.parse(readFileSync(tablePath, 'utf8')) as ZoneTable;
        const same = read.icu === process.versions.icu && read.tz === process.versions.tz && typeof read.names === 'object' && read.names !== null;
        names = same ? read.names : null;
      } catch {
        names = null; // no table (running from source) or an unreadable one: Intl answers
      }
    }
    return names;
  };
  const known = (name: string) => {
    const all = table();
    return all !== null && Object.hasOwn(all, name) ? all[name] : undefined;
  };
  // Intl takes a name in any case ("asia/shanghai"), as --tz does.
  const anyCase = (name: string) => {
    const all = table();
    if (all === null) return undefined;
    lowerCased ??= new Map(Object.keys(all).map((key) => [key.toLowerCase(), all[key]!]));
    return lowerCased.get(name.toLowerCase());
  };
  return {
    known,
    resolve: (name) => known(name) ?? anyCase(name) ?? intlZones.resolve(name),
    offsets(zone) {
      // Only for a zone the build saw read right with TZ set (on this platform, with this ICU).
      const all = table();
      spellings ??= new Set(all === null ? [] : Object.values(all));
      if (!spellings.has(zone)) return intlZones.offsets(zone);
      return (ms) => {
        if (process.env.TZ !== zone) process.env.TZ = zone;
        // getTimezoneOffset is minutes west of UTC; 0, not -0, for UTC.
        return -new Date(ms).getTimezoneOffset() || 0;
      };
    },
  };
}

/** What zoneOfFile reads (the tests' way in; the process takes the defaults). */
export interface ZoneFiles {
  /** The path with every link followed (fs.realpathSync.native; throws when there is no such file). */
  realpath: (path: string) => string;
  /** A file's text (throws when it cannot be read). */
  readText: (path: string) => string;
  /** Minutes east of UTC at `ms` as the process clock reads it with TZ set to `tz`, or unset (the system's own zone). */
  offsetAt: (tz: string | undefined, ms: number) => number;
  /** The system's zone file, and the file that names its zone where the first is a copy. */
  localtime: string;
  timezone: string;
  /** Two instants at which a named zone must give the system's offsets (defaults: mid-January and mid-July of this year). */
  instants?: readonly [number, number];
}

const processFiles: ZoneFiles = {
  realpath: (path) => realpathSync.native(path),
  readText: (path) => readFileSync(path, 'utf8'),
  offsetAt(tz, ms) {
    const was = process.env.TZ;
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
    try {
      return -new Date(ms).getTimezoneOffset() || 0;
    } finally {
      if (was === undefined) delete process.env.TZ;
      else process.env.TZ = was;
    }
  },
  localtime: '/etc/localtime',
  timezone: '/etc/timezone',
};

/**
 * The zone a zoneinfo file stands for — /etc/localtime with TZ unset, or the path TZ gives
 * (`TZ=:/etc/localtime`) — without a DateTimeFormat, or undefined (the caller then asks Intl, or
 * falls back). A link, followed to its end, names its zone after "zoneinfo/" when ICU would read
 * the name that way (letters, "_" and "/" only: ICU reads a name with a digit or a sign another
 * way) and the table knows it. The system's file may be a copy (many containers): then
 * /etc/timezone names the zone, taken when the process clock gives that zone's offsets and the
 * system's alike at two instants half a year apart.
 */
export function zoneOfFile(zones: Pick<ProcessZones, 'known'>, path: string, files: Partial<ZoneFiles> = {}): string | undefined {
  const fs = { ...processFiles, ...files };
  let target: string;
  try {
    target = fs.realpath(path);
  } catch {
    return undefined; // no such file
  }
  const at = target.lastIndexOf('/zoneinfo/');
  if (at >= 0) {
    const name = target.slice(at + '/zoneinfo/'.length).replace(/^(?:posix|right)\//, '');
    if (/^[A-Za-z_]+(?:\/[A-Za-z_]+)*$/.test(name)) return zones.known(name);
    return undefined;
  }
  let named: string | undefined;
  try {
    if (target !== fs.realpath(fs.localtime)) return undefined; // a copy elsewhere has no name beside it
    named = zones.known(fs.readText(fs.timezone).split('\n', 1)[0]!.trim());
  } catch {
    return undefined; // no /etc/timezone
  }
  if (named === undefined) return undefined;
  const year = new Date().getUTCFullYear();
  const instants = fs.instants ?? [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)];
  return instants.every((ms) => fs.offsetAt(undefined, ms) === fs.offsetAt(named, ms)) ? named : undefined;
}
