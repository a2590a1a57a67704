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

/**
 * A zone name as the table may hold it: only letters, digits and _ + - /, so it stands in the
 * table's JSON as it is (by character codes, not a pattern a run would compile).
 */
function isZoneName(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (!letter && !(c >= 0x30 && c <= 0x39) && c !== 0x5f && c !== 0x2b && c !== 0x2d && c !== 0x2f) return false;
  }
  return true;
}

export function processZones(tablePath: string): ProcessZones {
  // The table's text, searched as it is (a run looks up two or three names: parsing 475 of them,
  // and making a set of their spellings, cost more than the rest of reading a zone).
  let text: string | null | undefined;
  /** Where the names begin (after the table's other keys). */
  let namesAt = 0;
  let lowerCased: Map<string, string> | undefined;
  const table = (): string | null => {
    if (text === undefined) {
      try {
        const read = readFileSync(tablePath, 'latin1');
        // Only the build's own table for this Node's ICU and zone data (bin/build.mjs writes these keys in this order).
        const head = `{"icu":${JSON.stringify(process.versions.icu)},"tz":${JSON.stringify(process.versions.tz)},"names":{`;
        text = read.startsWith(head) ? read : null;
        namesAt = head.length - 1;
      } catch {
        text = null; // no table (running from source) or an unreadable one: Intl answers
      }
    }
    return text;
  };
  // `"name":"` is a key of the names (a value is never followed by a colon, and a name holds no quote).
  const known = (name: string) => {
    const all = table();
    if (all === null || typeof name !== 'string' || !isZoneName(name)) return undefined;
    const key = `"${name}":"`;
    const at = all.indexOf(key, namesAt);
    return at < 0 ? undefined : all.slice(at + key.length, all.indexOf('"', at + key.length));
  };
  // Intl takes a name in any case ("asia/shanghai"), as --tz does.
  const anyCase = (name: string) => {
    const all = table();
    if (all === null) return undefined;
    if (lowerCased === undefined) {
      try {
        const names = (JSON.parse(all) as ZoneTable).names;
        lowerCased = new Map(Object.keys(names).map((key) => [key.toLowerCase(), names[key]!]));
      } catch {
        lowerCased = new Map(); // a damaged table: Intl answers
      }
    }
    return lowerCased.get(name.toLowerCase());
  };
  // A spelling is a value: `:"zone"` then a comma or the end of the names.
  const isSpelling = (zone: string) => {
    const all = table();
    return all !== null && isZoneName(zone) && (all.includes(`:"${zone}",`, namesAt) || all.includes(`:"${zone}"}`, namesAt));
  };
  return {
    known,
    resolve: (name) => known(name) ?? anyCase(name) ?? intlZones.resolve(name),
    offsets(zone) {
      // Only for a zone the build saw read right with TZ set (on this platform, with this ICU).
      if (!isSpelling(zone)) return intlZones.offsets(zone);
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
