// --at as a wall-clock time is read one way whatever the machine's date (a time in a gap moves
// later by the gap, a repeated time is its first occurrence), impossible offsets and
// inconsistent [time zone] annotations are refused, and the hours timeline always holds now.
import { Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.js';
import { runCli } from '../support/fake-io.js';

const WINTER = Date.UTC(2026, 11, 15, 12); // the December machine
const SUMMER = Date.UTC(2026, 6, 15, 12); // and its July one
const originalNow = Settings.now;
afterEach(() => {
  Settings.now = originalNow;
});

/** Runs the CLI in-process as if the process clock read `now` (io.now and luxon's clock). */
async function at(now: number, args: string[]) {
  Settings.now = () => now;
  return runCli(args, { now: () => now });
}

// Wall-clock times in gaps and repeated hours, and the instant each names (worked out by hand
// from the zones' rules for 2026, and Samoa's skipped day in 2011).
const WALL: [zone: string, wall: string, instant: string, why: string][] = [
  ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00Z', 'repeated hour: EDT, the first'],
  ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00Z', 'gap: 03:30 EDT'],
  ['Europe/London', '2026-10-25T01:30', '2026-10-25T00:30:00Z', 'repeated hour: BST'],
  ['Europe/London', '2026-03-29T01:30', '2026-03-29T01:30:00Z', 'gap: 02:30 BST'],
  ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00Z', 'repeated half hour: +11:00'],
  ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00Z', 'half-hour gap: 02:45 +11:00'],
  ['Pacific/Chatham', '2026-04-05T03:00', '2026-04-04T13:15:00Z', 'repeated hour: +13:45'],
  ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:15:00Z', 'gap: 04:00 +13:45'],
  ['America/Santiago', '2026-04-04T23:30', '2026-04-05T02:30:00Z', 'repeated hour before midnight: -03:00'],
  ['America/Santiago', '2026-09-06T00:30', '2026-09-06T04:30:00Z', 'gap at midnight: 01:30 -03:00'],
  ['Africa/Casablanca', '2026-02-15T02:30', '2026-02-15T01:30:00Z', 'repeated hour (Ramadan): +01:00'],
  ['Africa/Casablanca', '2026-03-22T02:30', '2026-03-22T02:30:00Z', 'gap: 03:30 +01:00'],
  ['Pacific/Apia', '2011-12-30T12:00', '2011-12-30T22:00:00Z', 'skipped day: 31 December 12:00 +14:00'],
  ['Asia/Kathmandu', '2026-11-28T21:30', '2026-11-28T15:45:00Z', 'no change: +05:45'],
];

describe('a wall-clock --at', () => {
  it('the issue: 01:30 on New York’s fall-back night is EDT in July and in December', async () => {
    for (const now of [SUMMER, WINTER]) {
      const r = await at(now, ['channels', '--json', '--at', '2026-11-01T01:30', '--tz', 'America/New_York']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).at).toBe('2026-11-01T01:30:00-04:00');
    }
  });

  it.each(WALL)('%s %s is %s (%s); `channels --json` is byte-identical under both clocks', async (zone, wall, instant) => {
    const args = ['channels', '--json', '--at', wall, '--tz', zone];
    const summer = await at(SUMMER, args);
    const winter = await at(WINTER, args);
    expect(Date.parse(JSON.parse(summer.stdout).at)).toBe(Date.parse(instant));
    expect(winter.stdout).toBe(summer.stdout);
  });

  it.each(['hours', 'phone'])('`%s --json` is byte-identical under a summer and a winter process clock', async (command) => {
    for (const [zone, wall] of WALL) {
      const args = [command, '--json', '--at', wall, '--tz', zone];
      const summer = await at(SUMMER, args);
      const winter = await at(WINTER, args);
      expect(summer.code, summer.stderr).toBe(0);
      expect(winter.stdout, `${args.join(' ')}`).toBe(summer.stdout);
    }
  });

  it('a bracketed zone reads the wall time in that zone', async () => {
    const r = await at(SUMMER, ['channels', '--json', '--at', '2026-11-01T01:30[America/New_York]', '--tz', 'Asia/Shanghai']);
    expect(Date.parse(JSON.parse(r.stdout).at)).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });
});

describe('--at offsets and RFC 9557 time-zone annotations', () => {
  it.each([
    ['2026-11-28T21:30Z[Asia/Shanghai]', '2026-11-28T21:30:00Z'],
    ['2026-11-28T21:30+08:00[Asia/Shanghai]', '2026-11-28T13:30:00Z'],
    ['2026-11-28T21:30+08:00[!Asia/Shanghai]', '2026-11-28T13:30:00Z'],
    ['2026-11-28T21:30+08:00[+08:00]', '2026-11-28T13:30:00Z'],
    ['2026-11-01T01:30-05:00[America/New_York]', '2026-11-01T06:30:00Z'], // the second 01:30, as written
    ['2026-11-28T21:30[Asia/Shanghai]', '2026-11-28T13:30:00Z'],
    ['2026-11-28T21:30+0800', '2026-11-28T13:30:00Z'],
    ['2026-11-28T21:30-00:00', '2026-11-28T21:30:00Z'],
    ['2026-11-28T21:30:15.250+23:59', '2026-11-27T21:31:15.250Z'],
  ])('%s is the instant %s', async (value, instant) => {
    const r = await at(SUMMER, ['channels', '--json', '--at', value, '--tz', 'UTC']);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.parse(JSON.parse(r.stdout).at)).toBe(Date.parse(instant));
  });

  it.each([
    ['2026-11-28T21:30+99:99', /impossible UTC offset/],
    ['2026-11-28T21:30+24:00', /impossible UTC offset/],
    ['2026-11-28T21:30-25:30', /impossible UTC offset/],
    ['2026-11-28T21:30+08:60', /impossible UTC offset/],
    ['2026-11-28T21:30+01:00[Asia/Shanghai]', /offset \+01:00, but its \[time zone\] is at \+08:00/],
    ['2026-11-01T01:30-03:00[America/New_York]', /offset -03:00, but its \[time zone\] is at -04:00/],
    ['2026-11-28T21:30+08:00[+09:00]', /offset \+08:00, but its \[time zone\] is at \+09:00/],
    ['2026-11-28T21:30[Mars/Olympus]', /not an IANA time zone/],
    ['2026-11-28T21:30[u-ca=gregory]', /annotation other than a \[time zone\]/],
    ['2026-11-28T21:30[Asia/Shanghai][u-ca=iso8601]', /not an ISO 8601 date-time/],
    ['2026-11-28T24:00', /not an ISO 8601 date-time/],
    ['2026-11-28T21:30:60', /not an ISO 8601 date-time/],
  ])('%s is refused: exit 2, one line naming --at with an example', async (value, why) => {
    const r = await at(SUMMER, ['channels', '--at', value, '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--at: /);
    expect(lines[0]).toMatch(why);
    expect(lines[0]).toMatch(/e\.g\. --at 2026-/);
  });
});

describe('the hours timeline holds now', () => {
  it('the issue: Chatham, one minute after its spring-forward gap (02:45–03:45)', async () => {
    const r = await at(SUMMER, ['hours', '--json', '--at', '2026-09-26T14:01Z', '--tz', 'Pacific/Chatham']);
    const out = JSON.parse(r.stdout);
    expect(out.at).toBe('2026-09-27T03:46:00+13:45');
    // The hour holding now began at 02:00 +12:45 (03:00 does not exist that day).
    expect(out.from).toBe('2026-09-27T02:00:00+12:45');
    for (const ch of out.channels) expect(Date.parse(ch.windows[0].start)).toBeLessThanOrEqual(Date.parse(out.at));
    const text = await at(SUMMER, ['hours', '--no-color', '--at', '2026-09-26T14:01Z', '--tz', 'Pacific/Chatham']);
    expect(text.stdout).toContain(messages('en').timeline.now);
  });

  it.each([
    ['Pacific/Chatham', '2026-09-26T14:14Z', '2026-09-27T02:00:00+12:45'],
    ['Australia/Lord_Howe', '2026-10-03T15:50Z', '2026-10-04T01:00:00+10:30'], // 02:00 does not exist
    ['America/New_York', '2026-11-01T06:30Z', '2026-11-01T01:00:00-05:00'], // the second 01:00
    ['America/New_York', '2026-11-01T05:59Z', '2026-11-01T01:00:00-04:00'], // the first
    ['Pacific/Chatham', '2026-04-04T14:07Z', '2026-04-05T03:00:00+13:45'], // 02:52 +12:45, after 03:00 +13:45
    ['Asia/Kathmandu', '2026-11-28T15:59Z', '2026-11-28T21:00:00+05:45'],
  ])('in %s at %s it starts at %s', async (zone, instant, from) => {
    const out = JSON.parse((await at(SUMMER, ['hours', '--json', '--at', instant, '--tz', zone])).stdout);
    expect(out.from).toBe(from);
  });
});
