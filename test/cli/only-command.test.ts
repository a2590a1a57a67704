// A one-shot run builds only the command it names, and nothing the run can show (its help, its
// errors, did-you-mean) differs from the whole tree; a run naming no known command has every
// command by name and description.
import { describe, expect, it } from 'vitest';
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIO, runCli } from '../support/fake-io.js';

const quiet = fakeIO().io;
const whole = buildProgram(quiet, '0.0.0', { exitCode: 0 });
const names = whole.commands.map((c) => c.name());
const shape = (c: Command) => ({
  options: c.options.map((o) => o.flags),
  args: c.registeredArguments.map((a) => a.name()),
  help: c.helpInformation(),
});

describe('a program built for one command', () => {
  it.each(names.filter((n) => n !== 'help'))('%s: that command alone, in full', (name) => {
    const only = buildProgram(quiet, '0.0.0', { exitCode: 0 }, 'en', () => name);
    expect(only.commands.map((c) => c.name())).toEqual([name]);
    expect(shape(only.commands[0]!)).toEqual(shape(whole.commands.find((c) => c.name() === name)!));
  });

  it('an unknown word: every command, by name and description only', () => {
    const only = buildProgram(quiet, '0.0.0', { exitCode: 0 }, 'en', () => 'fone');
    expect(only.commands.map((c) => [c.name(), c.description()])).toEqual(whole.commands.map((c) => [c.name(), c.description()]));
    for (const c of only.commands) expect(c.options).toEqual([]);
  });

  it("names every command in an unknown command's error", async () => {
    const r = await runCli(['fone', '--at', '2026-11-28T12:00+08:00', '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/phone/);
    for (const name of whole
      .createHelp()
      .visibleCommands(whole)
      .map((c) => c.name()))
      expect(r.stderr).toContain(name);
  });
});
