import { describe, expect, it } from 'vitest';
import { resolveGlobalOptions } from '../../src/cli/runtime/context.js';
import { CliError } from '../../src/cli/runtime/errors.js';
import type { IO } from '../../src/cli/io.js';

const io = (env: Record<string, string> = {}, zone = 'Europe/London'): IO => ({
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: {},
  env,
  now: () => Date.UTC(2030, 0, 1),
  systemZone: () => zone,
  homeDir: '/nonexistent',
});

describe('--at', () => {
  it.each([
    ['2026-11-28T21:30+08:00', 'UTC', '2026-11-28T13:30:00.000Z'],
    ['2026-11-28T21:30Z', 'Asia/Tokyo', '2026-11-28T21:30:00.000Z'],
    // no offset: a wall-clock time in --tz
    ['2026-11-28T21:30', 'Asia/Shanghai', '2026-11-28T13:30:00.000Z'],
    ['2026-11-28T21:30', 'Asia/Kathmandu', '2026-11-28T15:45:00.000Z'],
    ['2026-07-01T09:00', 'Europe/London', '2026-07-01T08:00:00.000Z'],
    ['2026-11-28 21:30', 'UTC', '2026-11-28T21:30:00.000Z'],
  ])('%s in %s is %s', (at, tz, iso) => {
    expect(new Date(resolveGlobalOptions({ at, tz }, io()).at).toISOString()).toBe(iso);
  });

  it('defaults to the clock at the edge', () => {
    expect(resolveGlobalOptions({}, io()).at).toBe(Date.UTC(2030, 0, 1));
  });

  it.each(['not-a-date', '2026-13-01T10:00', '2026-11-28', '21:30', '', '2026-02-30T10:00'])(
    'rejects %j with a usage error naming --at',
    (at) => {
      const attempt = () => resolveGlobalOptions({ at, tz: 'UTC' }, io());
      expect(attempt).toThrow(CliError);
      try {
        attempt();
      } catch (error) {
        expect((error as CliError).exitCode).toBe(2);
        expect((error as CliError).message).toMatch(/^--at:/);
        expect((error as CliError).hint).toMatch(/--at 2026-/);
      }
    },
  );
});

describe('--tz', () => {
  it('uses the system zone when absent', () => {
    expect(resolveGlobalOptions({}, io({}, 'Asia/Kolkata')).tz).toBe('Asia/Kolkata');
  });
  it('falls back to UTC when the system zone is unusable', () => {
    expect(resolveGlobalOptions({}, io({}, 'Not/AZone')).tz).toBe('UTC');
  });
  it.each(['Mars/Olympus', 'Beijing', '+08:00', ''])('rejects %j naming --tz', (tz) => {
    expect(() => resolveGlobalOptions({ tz }, io())).toThrow(/^--tz:/);
  });
});

describe('--lang and the locale variables', () => {
  it.each([
    [{}, undefined, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, undefined, 'zh'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }, undefined, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW' }, undefined, 'zh-Hant'],
    [{ LC_ALL: '', LANG: 'zh_CN' }, undefined, 'zh'],
    [{ LANG: 'zh_CN' }, 'en', 'en'],
    [{}, 'zh', 'zh'],
  ] as const)('env %j with --lang %s → %s', (env, lang, expected) => {
    expect(resolveGlobalOptions({ lang }, io({ ...env })).lang).toBe(expected);
  });
  it('rejects an unsupported language', () => {
    expect(() => resolveGlobalOptions({ lang: 'fr' }, io())).toThrow(/--lang: "fr"/);
  });
});

describe('--tz spelling', () => {
  it.each([
    ['asia/shanghai', 'Asia/Shanghai'],
    ['EUROPE/LONDON', 'Europe/London'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['utc', 'UTC'],
  ])('%s is shown as %s', (tz, shown) => {
    expect(resolveGlobalOptions({ tz }, io()).tz).toBe(shown);
  });
});
