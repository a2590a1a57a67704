// The launcher picks a run's code cache from argv before the program exists (bin/wxhelp.js): the
// options it steps over as taking a value must be the program's, and each cache it may name must
// be a command's. (Only speed rests on its choice; the build makes a cache for each name.)
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIO } from '../support/fake-io.js';

const launcher = createRequire(import.meta.url)('../../bin/wxhelp.js') as {
  OWN_CACHE: Set<string>;
  TAKES_VALUE: Set<string>;
  RECOMMEND_TAKES_VALUE: Set<string>;
  ownCacheName: (argv: readonly string[]) => string | undefined;
};
const program = buildProgram(fakeIO().io, '0.0.0', { exitCode: 0 });
const takingValue = (c: Command) => c.options.filter((o) => o.required || o.optional).map((o) => o.long ?? o.short);

describe("the launcher's choice of code cache", () => {
  it('steps over exactly the global options that take a value, and every option of recommend that does', () => {
    expect(new Set(takingValue(program))).toEqual(launcher.TAKES_VALUE);
    const recommend = program.commands.find((c) => c.name() === 'recommend')!;
    expect(new Set(takingValue(recommend))).toEqual(launcher.RECOMMEND_TAKES_VALUE);
  });

  it('names only caches of commands the program has', () => {
    const commands = new Set(program.commands.map((c) => c.name()));
    for (const name of launcher.OWN_CACHE) expect(commands).toContain(name.replace(/-words$/, ''));
  });

  it('finds the command and its words whatever options come first', () => {
    expect(launcher.ownCacheName(['--lang', 'zh', '--tz', 'Asia/Shanghai', 'recommend', '--limit', '2', '--topic', 'payment'])).toBe(
      'recommend',
    );
    expect(launcher.ownCacheName(['recommend', '--need', 'elderly', '被盗了', '--json'])).toBe('recommend-words-json');
    expect(launcher.ownCacheName(['--channels', 'phone', 'hours', 'hotline'])).toBe('hours');
  });
});
