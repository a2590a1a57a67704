// Help shows examples for every command; a mistyped command or flag names the nearest one.
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIO, runCli } from '../support/fake-io.js';

const FIXED_CLOCK = { now: () => Date.UTC(2026, 10, 28, 12) };
const cli = (args: string[]) => runCli(args, FIXED_CLOCK);

const quiet = fakeIO().io;
const commands = buildProgram(quiet, '0.0.0', { exitCode: 0 })
  .commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden)
  .map((c) => c.name())
  .filter((name) => name !== 'help');

describe('--help', () => {
  it('of the program shows examples', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}\$ wxhelp /);
  });

  it.each(commands)('of `%s` shows an example of it', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples?:\n/);
    expect(r.stdout).toContain(`wxhelp ${name}`);
  });
});

describe('a mistyped command or flag', () => {
  it.each([
    [['recomend', '--topic', 'general'], "unknown command 'recomend'", 'recommend'],
    [['emergancy'], "unknown command 'emergancy'", 'emergency'],
    [['completoin', 'bash'], "unknown command 'completoin'", 'completion'],
    [['recommend', '--topc', 'general'], "unknown option '--topc'", '--topic'],
    [['hours', '--dayz', '3'], "unknown option '--dayz'", '--days'],
    [['--jsno', 'phone'], "unknown option '--jsno'", '--json'],
    [['phone', '--overseaz'], "unknown option '--overseaz'", '--overseas'],
  ])('%j: usage error naming the nearest', async (args, what, nearest) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(what);
    expect(r.stderr).toContain(`Did you mean ${nearest}?`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
