// Smaller hostile inputs: a TZ naming a named pipe or a device (the C library would block reading
// it), a reminder past the last year a calendar file can hold, a catalog with CR-only line ends
// (an old Mac editor's), and an absurd wait in a catalog.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unsafeTzFile } from '../../src/time/tz-file.js';
import { BIN } from '../e2e/run-bin.js';
import { runCli } from '../support/fake-io.js';
import { tempDir } from './helpers.js';

const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
const tmp = tempDir('wxhelp-odd-');
afterAll(tmp.cleanup);

describe('TZ naming something that is not a regular file', () => {
  it.each([
    [
      'a named pipe',
      () => {
        const fifo = join(tmp.dir, 'tz.fifo');
        expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
        return fifo;
      },
    ],
    ['a named pipe, with a colon', () => `:${join(tmp.dir, 'tz.fifo')}`],
    ['a device', () => '/dev/zero'],
    ['a pipe reached from the zoneinfo folder', () => `../../..${join(tmp.dir, 'tz.fifo')}`],
  ])('%s: no hang; UTC, said once on stderr, exit 0', (_name, make) => {
    const tz = make();
    const r = spawnSync(process.execPath, [BIN, 'phone', '--overseas', '--at', '2026-11-28T10:00+08:00'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TZ: tz },
      timeout: 15_000,
    });
    expect(r.signal, 'killed after 15 s: it hung').toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      `wxhelp: TZ="${tz}" is not a time zone wxhelp understands; using UTC — --tz overrides it, e.g. --tz Europe/London, --tz America/New_York, --tz Asia/Shanghai\n`,
    );
    expect(r.stdout).toContain('your time, UTC');
  });

  it('zone names and zoneinfo files are left alone', () => {
    for (const tz of ['Asia/Shanghai', ':Asia/Shanghai', '/usr/share/zoneinfo/Asia/Shanghai', 'CST-8', 'UTC', 'Nope/Nope', ''])
      expect(unsafeTzFile(tz, {}), tz).toBeUndefined();
    expect(unsafeTzFile(undefined, {})).toBeUndefined();
    expect(unsafeTzFile('/dev/null', {})).toBe('/dev/null');
    expect(unsafeTzFile('zero', { TZDIR: '/dev' })).toBe('/dev/zero');
  });
});

describe('remind past the year 9999', () => {
  it('refused: a calendar file (RFC 5545) writes four-digit years; exit 2, one line', async () => {
    const r = await runCli(['remind', 'app-help', '--at', '9999-12-31T23:59Z', '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'wxhelp: --at: the next opening falls in the year 10000, which a calendar file cannot hold (years up to 9999) — give an earlier --at, e.g. --at 2026-11-28T21:30\n',
    );
    const zh = await runCli(['remind', 'app-help', '--at', '9999-12-31T23:59Z', '--tz', 'UTC', '--lang', 'zh', '--json']);
    expect(JSON.parse(zh.stderr).error).toMatchObject({
      code: 'BAD_AT',
      message: '--at：下次开放在 10000 年，日历文件无法表示（年份最多到 9999）',
    });
  });

  it('the last day that fits is still written, with a four-digit year', async () => {
    const r = await runCli(['remind', 'app-help', '--at', '9999-12-30T10:00Z', '--tz', 'UTC']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DTSTART:9999\d{4}T\d{6}Z\r?$/m);
    expect(r.stdout).not.toMatch(/^DT\w+:[+-]/m);
  });
});

describe('a catalog with CR-only line ends', () => {
  it('parses as the same catalog: the same answer', async () => {
    const cr = tmp.file('cr.yaml', original.replace(/\n/g, '\r'));
    const lf = tmp.file('lf.yaml', original);
    const a = await runCli(['phone', '--overseas', '--json', '--no-cache', '--channels', cr, ...AT]);
    const b = await runCli(['phone', '--overseas', '--json', '--no-cache', '--channels', lf, ...AT]);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('its errors point at the right line', async () => {
    const bad = tmp.file('cr-bad.yaml', 'schemaVersion: 1\rchannels: 5\r');
    const r = await runCli(['validate', bad, ...AT]);
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(/cr-bad\.yaml:2:11: error: expected a list of channels, got 5/);
    expect(r.stdout + r.stderr).not.toMatch(/empty/);
  });
});

describe('an absurd wait', () => {
  it.each(['99999999999999999999', '10081', '1e309', '-1'])(
    'waitMinutes: {open: %s} is refused by validation (exit 3), as the schema says',
    async (value) => {
      const file = tmp.file(
        `wait-${value}.yaml`,
        original.replace('waitMinutes: {open: 5, automated: 2}', `waitMinutes: {open: ${value}, automated: 2}`),
      );
      expect(readFileSync(file, 'utf8')).toContain(`open: ${value}`);
      const r = await runCli(['validate', file, ...AT]);
      expect(r.code).toBe(3);
      expect(r.stdout + r.stderr).toMatch(/expected a number of minutes from 0 to 10080 \(a week\)/);
      const schema = JSON.parse(readFileSync(new URL('../../src/catalog/channels.schema.json', import.meta.url), 'utf8')) as {
        $defs: { Minutes: { maximum: number } };
      };
      expect(schema.$defs.Minutes.maximum).toBe(10080);
    },
  );
});
