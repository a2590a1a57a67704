// The CLI's zone source (src/cli/process-zones.ts) against Intl's (src/zone/zone-source.ts) and
// Temporal: the same offsets at a seeded spread of instants and around every change of offset
// from 2000 to 2040, for zones with 30- and 45-minute offsets, changes at midnight and skipped
// days; the same spelling as Intl's for every name in the build's table, in any case; and the
// system zone read from /etc/localtime (a link, followed; a copy, named by /etc/timezone) as ICU
// reads it, and a TZ path the same way.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { processZones, zoneOfFile, type ZoneTable } from '../../src/cli/process-zones.js';
import { intlZones } from '../../src/zone/zone-source.js';
import { transitions } from '../hours/reference/temporal-hours.js';
import { mulberry32, ODD_ZONES } from '../support/seeded.js';

const tablePath = fileURLToPath(new URL('../../bin/dist/zones.json', import.meta.url));
const table = JSON.parse(readFileSync(tablePath, 'utf8')) as ZoneTable;
const zones = processZones(tablePath);

// The source sets the process's TZ: the worker's is put back.
const tzBefore = process.env.TZ;
afterAll(() => {
  if (tzBefore === undefined) delete process.env.TZ;
  else process.env.TZ = tzBefore;
});

const ZONES = [...ODD_ZONES, 'Asia/Kolkata', 'UTC'];

function spread(seed: number, n: number, from: number, to: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => from + Math.floor(next() * (to - from)));
}

describe('offsets read with TZ set', () => {
  it('the build’s table is this Node’s (the source uses it only then)', () => {
    expect(table.icu).toBe(process.versions.icu);
    expect(table.tz).toBe(process.versions.tz);
    expect(zones.known('Asia/Shanghai')).toBe('Asia/Shanghai');
  });

  for (const [i, zone] of ZONES.entries()) {
    it(`are Intl's and Temporal's in ${zone}`, () => {
      const spelled = zones.resolve(zone)!;
      expect(spelled).toBe(intlZones.resolve(zone));
      const fromTz = zones.offsets(spelled);
      const fromIntl = intlZones.offsets(spelled);
      const around = transitions(zone, Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1)).flatMap((t) => [
        t - 60_000,
        t - 1,
        t,
        t + 1,
        t + 60_000,
      ]);
      const wrong: string[] = [];
      for (const ms of [...spread(i + 1, 300, Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1)), ...around]) {
        const temporal = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 60e9;
        const got = fromTz(ms);
        if (got !== fromIntl(ms) || got !== temporal) wrong.push(`${new Date(ms).toISOString()}: ${got} / ${fromIntl(ms)} / ${temporal}`);
        if (wrong.length > 5) break;
      }
      expect(wrong).toEqual([]);
    });
  }

  it('are Intl’s, with TZ left alone, for a zone the table lacks or a table of another ICU', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxhelp-zones-'));
    try {
      const only = join(dir, 'only-shanghai.json');
      writeFileSync(only, JSON.stringify({ ...table, names: { 'Asia/Shanghai': 'Asia/Shanghai' } }));
      const other = join(dir, 'other-icu.json');
      writeFileSync(other, JSON.stringify({ ...table, icu: '0.0' }));
      for (const [path, zone] of [
        [only, 'America/Los_Angeles'],
        [other, 'Asia/Shanghai'],
        [join(dir, 'missing.json'), 'Asia/Shanghai'],
      ] as const) {
        process.env.TZ = 'Europe/Paris';
        const offset = processZones(path).offsets(zone);
        expect(offset(Date.UTC(2026, 6, 1))).toBe(intlZones.offsets(zone)(Date.UTC(2026, 6, 1)));
        expect(process.env.TZ).toBe('Europe/Paris');
      }
      process.env.TZ = 'Europe/Paris';
      expect(processZones(only).offsets('Asia/Shanghai')(Date.UTC(2026, 6, 1))).toBe(480);
      expect(process.env.TZ).toBe('Asia/Shanghai');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('still agree when the zone asked for keeps changing (TZ set back and forth)', () => {
    const la = zones.offsets('America/Los_Angeles');
    const shanghai = zones.offsets('Asia/Shanghai');
    for (const ms of spread(99, 200, Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))) {
      expect(la(ms)).toBe(intlZones.offsets('America/Los_Angeles')(ms));
      expect(shanghai(ms)).toBe(480);
    }
  });
});

describe('names', () => {
  it('only the names the table lists, as whole keys (not its other keys, a spelling’s tail or a quoted injection)', () => {
    for (const name of ['icu', 'tz', 'names', 'Shanghai', 'Asia/Shanghai":"Europe/Paris', 'Asia/Shanghai"', '', 'Asia', '78.2'])
      expect(zones.known(name)).toBeUndefined();
    expect(zones.known('Asia/Calcutta')).toBe(table.names['Asia/Calcutta']);
    expect(Object.keys(table.names).filter((name) => zones.known(name) !== table.names[name])).toEqual([]);
  });

  it('every name in the table is spelled as Intl spells it, in any case; unknown names are unknown', () => {
    for (const name of Object.keys(table.names)) {
      expect(zones.resolve(name), name).toBe(intlZones.resolve(name));
      expect(zones.resolve(name.toLowerCase()), name).toBe(intlZones.resolve(name.toLowerCase()));
      expect(zones.resolve(name.toUpperCase()), name).toBe(intlZones.resolve(name.toUpperCase()));
    }
    for (const name of ['Mars/Olympus_Mons', 'Asia', '', 'Etc/GMT+15', 'Asia/Shanghai ', 'toString', '__proto__']) {
      expect(zones.known(name), name).toBeUndefined();
      expect(zones.resolve(name), name).toBe(intlZones.resolve(name));
    }
  });

  it('a name the table lacks is asked of Intl', () => {
    fc.assert(
      fc.property(fc.constantFrom('US/Pacific', 'PRC', 'Japan', 'Europe/Kiev', 'America/Fort_Wayne', 'ROK', 'Cuba'), (name) => {
        expect(zones.resolve(name)).toBe(intlZones.resolve(name));
      }),
    );
  });
});

describe('the zone a zoneinfo file stands for (/etc/localtime, or a TZ path)', () => {
  const followed = (target: string) => ({ realpath: () => target });
  it.each([
    ['/usr/share/zoneinfo/Asia/Shanghai', 'Asia/Shanghai'],
    ['/var/db/timezone/zoneinfo/Europe/Paris', 'Europe/Paris'],
    ['/usr/share/zoneinfo/posix/Asia/Tokyo', 'Asia/Tokyo'],
    ['/usr/share/zoneinfo/Etc/UTC', 'UTC'],
    ['/usr/share/zoneinfo/Asia/Kolkata', 'Asia/Calcutta'],
  ])('a link to %s → %s', (target, zone) => {
    expect(zoneOfFile(zones, '/etc/localtime', followed(target))).toBe(zone);
  });

  it.each([
    '/usr/share/zoneinfo/Etc/GMT+8', // ICU reads a name with a digit or a sign another way
    '/usr/share/zoneinfo/America/Port-au-Prince',
    '/usr/share/zoneinfo/asia/shanghai', // ICU takes a link's name as written
    '/usr/share/zoneinfo/Mars/Base',
    '/etc/Asia/Shanghai',
    '/usr/share/zoneinfo/',
  ])('a link to %s → undefined (Intl is asked)', (target) => {
    expect(zoneOfFile(zones, '/etc/localtime', { ...followed(target), readText: () => 'Asia/Shanghai\n' })).toBeUndefined();
  });

  it('no such file: undefined', () => {
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(zoneOfFile(zones, '/etc/localtime', { realpath: missing })).toBeUndefined();
  });

  describe('fixture files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxhelp-zonefiles-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const shanghai = join(dir, 'zoneinfo/Asia/Shanghai');
    mkdirSync(join(dir, 'zoneinfo/Asia'), { recursive: true });
    writeFileSync(shanghai, 'TZif2 (a stand-in: only its place is read)');
    const etc = join(dir, 'etc');
    mkdirSync(etc);
    // /etc/localtime → a relative link → a link to the zone (links are followed to the end).
    symlinkSync(shanghai, join(dir, 'current'));
    symlinkSync('../current', join(etc, 'localtime'));
    // A copy, and the file naming its zone.
    const copyDir = join(dir, 'copied');
    mkdirSync(copyDir);
    writeFileSync(join(copyDir, 'localtime'), 'TZif2 (a copy)');
    writeFileSync(join(copyDir, 'timezone'), 'Asia/Shanghai\n');
    const jan = Date.UTC(2026, 0, 15);
    const jul = Date.UTC(2026, 6, 15);
    /** The copy and its /etc/timezone, on a system whose own zone gives `system` (minutes east) at the two instants. */
    const copied = (system: [number, number], timezone = 'timezone') => ({
      localtime: join(copyDir, 'localtime'),
      timezone: join(copyDir, timezone),
      instants: [jan, jul] as const,
      offsetAt: (tz: string | undefined, ms: number) => {
        if (tz === undefined) return system[ms === jan ? 0 : 1]!;
        process.env.TZ = tz;
        return -new Date(ms).getTimezoneOffset() || 0;
      },
    });

    it('a chain of links, relative ones too, is followed to the zone', () => {
      expect(zoneOfFile(zones, join(etc, 'localtime'))).toBe('Asia/Shanghai');
      expect(zoneOfFile(zones, join(dir, 'current'))).toBe('Asia/Shanghai');
      expect(zoneOfFile(zones, shanghai)).toBe('Asia/Shanghai');
    });

    it('a copy: the zone /etc/timezone names, when it gives the system’s offsets at both instants', () => {
      expect(zoneOfFile(zones, join(copyDir, 'localtime'), copied([480, 480]))).toBe('Asia/Shanghai');
      // The system reads the copy otherwise (say, it is Tokyo's): not taken.
      expect(zoneOfFile(zones, join(copyDir, 'localtime'), copied([540, 540]))).toBeUndefined();
      expect(zoneOfFile(zones, join(copyDir, 'localtime'), copied([480, 540]))).toBeUndefined();
      // No /etc/timezone: undefined (Intl is asked).
      expect(zoneOfFile(zones, join(copyDir, 'localtime'), copied([480, 480], 'missing'))).toBeUndefined();
    });

    it('a copy anywhere else has no name beside it: undefined', () => {
      writeFileSync(join(dir, 'other-copy'), 'TZif2 (a copy)');
      expect(zoneOfFile(zones, join(dir, 'other-copy'), copied([480, 480]))).toBeUndefined();
    });

    it('/etc/timezone naming no zone the table knows: undefined', () => {
      writeFileSync(join(copyDir, 'bad-timezone'), 'Mars/Base\n');
      expect(zoneOfFile(zones, join(copyDir, 'localtime'), copied([0, 0], 'bad-timezone'))).toBeUndefined();
    });
  });

  it.runIf(tzBefore === undefined)('on this machine, what Intl says with TZ unset', () => {
    delete process.env.TZ; // the tests above set it
    const fromFile = zoneOfFile(zones, '/etc/localtime');
    let target = '';
    try {
      target = realpathSync('/etc/localtime');
    } catch {
      // no file: Intl is asked
    }
    // A link named the way ICU reads it gives a zone, and it is Intl's.
    if (/\/zoneinfo\/(?:(?:posix|right)\/)?[A-Za-z_]+(?:\/[A-Za-z_]+)*$/.test(target)) expect(fromFile).toBeDefined();
    delete process.env.TZ;
    if (fromFile !== undefined) expect(fromFile).toBe(new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone);
  });
});
