// The binary reads zones without Intl (src/cli/process-zones.ts); in-process runs read them
// through Intl (src/zone/zone-source.ts). Both must give the same answers: every command's JSON
// and text, in zones with 30- and 45-minute offsets and daylight saving, at instants on and
// around changes of offset, with the zone given by --tz (in any case) or by TZ.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/fake-io.js';
import { wxhelp } from './run-bin.js';

const CASES: { args: string[]; env?: Record<string, string> }[] = [];
for (const [tz, at] of <[string, string][]>[
  ['America/Los_Angeles', '2026-03-08T01:59:30-08:00'], // the hour before spring forward
  ['America/Los_Angeles', '2026-11-01T01:30-07:00'], // the repeated hour, first time
  ['Pacific/Chatham', '2026-04-05T03:46+13:45'], // a 45-minute zone, on its change
  ['asia/kolkata', '2026-12-01T03:00+05:30'], // lower case; a name ICU spells otherwise
  ['Europe/London', '2026-03-29T00:59:59Z'],
  ['Etc/GMT+12', '2026-12-01T03:00-12:00'],
]) {
  CASES.push({ args: ['hours', '--json', '--tz', tz, '--at', at] });
  CASES.push({ args: ['phone', '--overseas', '--tz', tz, '--at', at] });
}
CASES.push({ args: ['recommend', '我的微信号被盗了', '--lang', 'zh', '--at', '2026-12-01T03:00+08:00'], env: { TZ: 'Asia/Shanghai' } });
CASES.push({ args: ['hours', '--at', '2026-11-30T23:00-08:00'], env: { TZ: 'America/Los_Angeles' } });

describe('the binary and an in-process run read zones alike', () => {
  it.each(CASES.map((c) => [c.args.join(' '), c] as const))('%s', async (_, { args, env = {} }) => {
    const bin = wxhelp(args, env);
    const inProcess = await runCli(args, { env: { LANG: 'en_US.UTF-8', TZ: 'UTC', ...env } });
    expect(bin.code).toBe(0);
    expect({ code: bin.code, stdout: bin.stdout, stderr: bin.stderr }).toEqual(inProcess);
  });
});
