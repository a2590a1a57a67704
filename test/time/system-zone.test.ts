import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { resolveSystemZone } from '../../src/time/system-zone.js';
import { fakeIO } from '../support/fake-io.js';

describe('the system zone when --tz is absent', () => {
  // What ICU gives for these on Node 20: undefined, or "UTC" for values it does not understand.
  it.each([
    ['CST-8', undefined, -480, 'UTC+8'],
    ['UTC+8', undefined, 480, 'UTC-8'], // POSIX: the offset is west of UTC, as the C library reads it
    ['IST-5:30', 'UTC', 0, 'UTC+5:30'],
    ['<+0545>-5:45', undefined, 0, 'UTC+5:45'],
    ['/usr/share/zoneinfo/Asia/Shanghai', undefined, -480, 'Asia/Shanghai'],
    ['/usr/share/zoneinfo/posix/Europe/Paris', undefined, 0, 'Europe/Paris'],
    ['Asia/Shanghai ', undefined, 0, 'Asia/Shanghai'],
    [':Asia/Tokyo', 'Asia/Tokyo', -540, 'Asia/Tokyo'],
    ['', undefined, 0, 'UTC'],
    [undefined, 'Europe/Berlin', 60, 'Europe/Berlin'],
  ])('TZ=%j (ICU: %j) is %s, without a note', (tzEnv, icuZone, offset, zone) => {
    expect(resolveSystemZone({ tzEnv, icuZone: () => icuZone, offsetMinutes: () => -(offset as number) })).toEqual({ zone });
  });

  it('asks ICU and the offset only when TZ does not name a zone', () => {
    const asked: string[] = [];
    const input = (tzEnv: string | undefined) => ({
      tzEnv,
      icuZone: () => {
        asked.push('icu');
        return 'Europe/Berlin';
      },
      offsetMinutes: () => {
        asked.push('offset');
        return 60;
      },
    });
    expect(resolveSystemZone(input('Asia/Shanghai'))).toEqual({ zone: 'Asia/Shanghai' });
    expect(resolveSystemZone(input('CST-8'))).toEqual({ zone: 'UTC+8' });
    expect(asked).toEqual([]);
    expect(resolveSystemZone(input(undefined))).toEqual({ zone: 'Europe/Berlin' });
    expect(asked).toEqual(['icu']);
  });

  it('a TZ path is read from its file (its link followed), without asking ICU, which takes a path for a name', () => {
    const asked: string[] = [];
    const input = (tzEnv: string, file: string | undefined) => ({
      tzEnv,
      icuZone: () => {
        asked.push('icu');
        return 'UTC';
      },
      offsetMinutes: () => {
        asked.push('offset');
        return 0;
      },
      zoneOfFile: (path: string) => {
        asked.push(path);
        return file;
      },
    });
    expect(resolveSystemZone(input(':/etc/localtime', 'Asia/Shanghai'))).toEqual({ zone: 'Asia/Shanghai' });
    expect(resolveSystemZone(input('/etc/localtime', 'asia/tokyo'))).toEqual({ zone: 'Asia/Tokyo' });
    // A zoneinfo path names its zone itself: the file is not read.
    expect(resolveSystemZone(input(':/usr/share/zoneinfo/Europe/Paris', undefined))).toEqual({ zone: 'Europe/Paris' });
    expect(asked).toEqual(['/etc/localtime', '/etc/localtime']);
    // A file that says nothing (a copy, no such file): the offset, with a note.
    expect(resolveSystemZone(input(':/etc/localtime', undefined))).toEqual({ zone: 'UTC', fallback: { tzEnv: ':/etc/localtime' } });
    expect(asked.slice(2)).toEqual(['/etc/localtime', 'offset']);
  });

  it.each([
    [':/etc/passwd', undefined, 0, 'UTC'],
    ['Foo/Bar', undefined, 0, 'UTC'],
    ['ABC-3DEF,M3.5.0,M10.5.0', 'UTC', 180, 'UTC+3'], // DST rules are not read: the offset the system reports
    ['\u001b]0;x\u0007', undefined, undefined, 'UTC'],
    [undefined, undefined, 120, 'UTC+2'],
  ])('TZ=%j (ICU: %j) falls back to %s, with a note', (tzEnv, icuZone, offsetMinutes, zone) => {
    const result = resolveSystemZone({ tzEnv, icuZone: () => icuZone, offsetMinutes: () => offsetMinutes });
    expect(result.zone).toBe(zone);
    expect(result.fallback).toEqual({ tzEnv: tzEnv ?? null });
  });
});

async function runWithTz(args: string[], tzEnv: string, icuZone: string | undefined, offsetMinutes?: number) {
  const captured = fakeIO({ env: { TZ: tzEnv } });
  captured.io.systemZone = () => icuZone;
  if (offsetMinutes !== undefined) captured.io.systemOffset = () => offsetMinutes;
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('hostile TZ values end to end (in-process)', () => {
  const AT = ['--at', '2026-11-28T12:00Z'];
  it.each(['CST-8', 'UTC+8', '/usr/share/zoneinfo/Asia/Shanghai', 'Asia/Shanghai ', ':/nonexistent/zone'])(
    'TZ=%j never crashes phone, channels or completion',
    async (tz) => {
      // A wall-clock --at is read in the system zone, fixed offsets included.
      const WALL = ['--at', '2026-11-28T21:30'];
      for (const args of [
        ['phone', '--json', ...AT],
        ['channels', ...AT],
        ['__complete', 'zones', ...AT],
        ['__complete', 'topics', ...AT],
        ['phone', '--payment', ...WALL],
        ['recommend', '--topic', 'payment', '--urgent', ...WALL],
        ['hours', ...WALL],
        ['emergency', 'stolen', ...WALL],
        ['remind', 'wxpay-95017', ...WALL],
      ]) {
        const r = await runWithTz(args, tz, undefined, 0);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stderr).not.toMatch(/unexpected|trim/);
      }
    },
  );

  it('a TZ that cannot be read: one line on stderr, the system offset, and --tz overrides it', async () => {
    const r = await runWithTz(['phone', '--json', ...AT], ':/etc/passwd', undefined, 480);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).timeZone).toBe('UTC+8');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stderr).warning.code).toBe('TZ_FALLBACK');

    const text = await runWithTz(['channels', ...AT], 'Foo/Bar', undefined);
    expect(text.stderr).toMatch(/^wxhelp: TZ="Foo\/Bar" is not a time zone wxhelp understands; using UTC — --tz overrides it/);
    expect(text.stderr.trim().split('\n')).toHaveLength(1);

    const overridden = await runWithTz(['phone', '--json', '--tz', 'Asia/Shanghai', ...AT], 'Foo/Bar', undefined);
    expect(overridden.stderr).toBe('');
    expect(JSON.parse(overridden.stdout).timeZone).toBe('Asia/Shanghai');
  });

  it('the echoed TZ value is terminal-safe', async () => {
    const r = await runWithTz(['channels', ...AT], '\u001b]0;PWNED\u0007', undefined);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('\\u001b]0;PWNED\\u0007');
  });
});
