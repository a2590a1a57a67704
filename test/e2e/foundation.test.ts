// The built binary, end to end, against the built-in catalog: phone, channels, validate and the
// global options, with a fixed --at and --tz.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, wxhelp } from './run-bin.js';

const NIGHT = '2026-11-28T23:30+08:00'; // Beijing 23:30
const EVENING_PEAK = '2026-11-28T20:00+08:00';
const MORNING = '2026-11-28T10:00+08:00';

describe('wxhelp phone --overseas', () => {
  it('at night: the overseas line, closed, opening 09:00 Beijing, shown in both zones with a relative hint', () => {
    const r = wxhelp(['phone', '--overseas', '--at', NIGHT, '--tz', 'Europe/London']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('+86-755-83765566');
    expect(r.stdout).toMatch(/closed/);
    // 09:00 Beijing on Sunday is 01:00 in London (GMT), 9 h 30 min after 23:30 Beijing.
    expect(r.stdout).toMatch(/09:00 Beijing \(.*01:00 your time\)/);
    expect(r.stdout).toMatch(/your time, Europe\/London\)/);
    expect(r.stdout).toContain('in 9 h 30 min');
  });

  it('by day: open, closing at 22:00 Beijing', () => {
    const r = wxhelp(['phone', '--overseas', '--at', MORNING, '--tz', 'America/New_York']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/people answer now/);
    // 10:00 Beijing is 21:00 the evening before in New York; 22:00 Beijing is 09:00 the next New York morning.
    expect(r.stdout).toMatch(/until 22:00 Beijing \(Sat 28 Nov 09:00 your time\)/);
  });

  it('--json: the line with its status and source', () => {
    const out = json(wxhelp(['--json', 'phone', '--overseas', '--at', NIGHT, '--tz', 'Asia/Kolkata']));
    expect(out.schemaVersion).toBe(1);
    expect(out.command).toBe('phone');
    expect(out.timeZone).toBe('Asia/Kolkata');
    expect(out.serviceTimeZone).toBe('Asia/Shanghai');
    expect(out.at).toBe('2026-11-28T21:00:00+05:30');
    expect(out.line.kind).toBe('phone');
    expect(out.line.e164).toBe('+8675583765566');
    expect(out.line.status).toMatchObject({ state: 'closed', nextOpen: '2026-11-29T06:30:00+05:30', nextState: 'open' });
    expect(out.line.source.map((s: { id: string }) => s.id)).toContain('seed');
    expect(Array.isArray(out.alternatives)).toBe(true);
  });
});

describe('wxhelp channels --json', () => {
  const channelsAt = (at: string) => json(wxhelp(['channels', '--json', '--at', at, '--tz', 'UTC'])).channels as any[];
  const app = (list: any[]) => list.find((c) => c.kind === 'app' && c.id === 'app-help');

  it('lists every channel and line with a state and a source', () => {
    const list = channelsAt(MORNING);
    expect(list.length).toBeGreaterThanOrEqual(8);
    for (const c of list) {
      expect(['open', 'automated', 'closed', 'unknown']).toContain(c.status.state);
      expect(c.source.length).toBeGreaterThan(0);
      expect(typeof c.name).toBe('string');
      expect(typeof c.hours).toBe('string');
    }
    expect(new Set(list.map((c) => c.kind))).toEqual(new Set(['app', 'web', 'official-account', 'mini-program', 'phone']));
  });

  it('in-app help is open by day, automated overnight, and in peak 19:00–21:00 Beijing with its wait', () => {
    expect(app(channelsAt(MORNING)).status).toMatchObject({ state: 'open', peak: false, nextOpen: null });
    const night = app(channelsAt(NIGHT)).status;
    expect(night).toMatchObject({ state: 'automated', peak: false, nextState: 'open' });
    expect(night.nextOpen).toBe('2026-11-29T01:00:00Z');
    const peak = app(channelsAt(EVENING_PEAK)).status;
    expect(peak).toMatchObject({ state: 'open', peak: true, expectedWaitMinutes: 12 });
  });

  it('human output names the peak and the zones', () => {
    const r = wxhelp(['channels', '--at', EVENING_PEAK, '--tz', 'Asia/Tokyo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/peak/);
    expect(r.stdout).toMatch(/about 12\s+min/);
    expect(r.stdout).toMatch(/your time, Asia\/Tokyo/);
  });
});

describe('wxhelp validate', () => {
  it('the built-in catalog is valid', () => {
    const r = wxhelp(['validate', 'channels.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid/);
  });

  it('a broken catalog exits 3 with file:line:col', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxhelp-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'schemaVersion: 1\nserviceTimeZone: Mars/Base\nchannels: []\n');
    const r = wxhelp(['validate', file]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(`${file}:2:18`);
    const asJson = json(wxhelp(['validate', file, '--json']));
    expect(asJson.valid).toBe(false);
    expect(asJson.errors).toContainEqual(expect.objectContaining({ line: 2, column: 18, path: 'serviceTimeZone' }));
  });

  it('a command run with a broken catalog exits 3 with a one-line error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxhelp-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'schemaVersion: 1\nchannels: [\n');
    const r = wxhelp(['channels', '--channels', file]);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}:`);
  });
});

describe('bad global options', () => {
  it.each([
    [['--at', 'not-a-date', 'phone'], '--at'],
    [['phone', '--at', '2026-99-01T10:00'], '--at'],
    [['phone', '--tz', 'Mars/Olympus'], '--tz'],
    [['--lang', 'fr', 'channels'], '--lang'],
  ])('%j exits 2 naming %s, one line, no stack', (args, flag) => {
    const r = wxhelp(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(flag);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('with --json the error is the JSON error object', () => {
    const r = wxhelp(['--json', 'phone', '--tz', 'Nowhere/Town']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'BAD_TZ', message: expect.stringContaining('--tz') } });
  });
});
