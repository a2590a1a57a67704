// The built binary under a faked process clock, summer and winter: a wall-clock --at in a gap
// or a repeated hour gives byte-identical JSON whatever the machine's date.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wxhelp } from './run-bin.js';

const PRELOAD = fileURLToPath(new URL('../support/fake-clock.cjs', import.meta.url));
const run = (now: string, args: string[]) => wxhelp(args, { NODE_OPTIONS: `--require ${PRELOAD}`, WXHELP_FAKE_NOW: now });

describe('the binary with a faked process clock', () => {
  it('the preload takes: without --at, "now" is the faked date', () => {
    const r = run('2026-07-15T12:00:00Z', ['channels', '--json', '--tz', 'UTC']);
    expect(JSON.parse(r.stdout).at).toBe('2026-07-15T12:00:00Z');
  });

  it.each([
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T01:30:00-04:00'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T03:30:00-04:00'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-05T01:45:00+11:00'],
    ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-27T04:00:00+13:45'],
  ])('%s %s: the same JSON in July and December (%s)', (zone, wall, shown) => {
    for (const command of ['channels', 'hours']) {
      const args = [command, '--json', '--at', wall, '--tz', zone];
      const summer = run('2026-07-15T12:00:00Z', args);
      const winter = run('2026-12-15T12:00:00Z', args);
      expect(summer.code, summer.stderr).toBe(0);
      expect(JSON.parse(summer.stdout).at).toBe(shown);
      expect(winter.stdout).toBe(summer.stdout);
    }
  });
});
