// Each command as a unit: argv → the options and arguments its run receives (the run replaced by
// one that records them, as GitHub CLI's NewCmdX(f, runF) tests do). The options' type is checked
// against the flags at compile time; this table checks what commander hands over at run time.
import { Command } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/messages.js';
import { COMMANDS, defineOn } from '../../src/cli/program.js';
import type { AnyCommandUnit } from '../../src/cli/runtime/command.js';

const h = messages('en').help;
const unit = (name: string): AnyCommandUnit => COMMANDS.find((c) => c.name === name)!;

/** What the command's run would get for `argv` (its name and the global options left out). */
async function received(name: string, argv: string[]): Promise<{ opts: unknown; args: unknown[]; command: string }> {
  const cmd = new Command(name).exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  let got: { opts: unknown; args: unknown[]; command: string } | undefined;
  defineOn(cmd, unit(name), h, (u, c) => {
    c.exitOverride();
    got = { opts: c.opts(), args: c.processedArgs, command: u.name };
  });
  for (const sub of cmd.commands) sub.exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  await cmd.parseAsync(argv, { from: 'user' });
  if (got === undefined) throw new Error(`${name} ${argv.join(' ')}: no run`);
  return got;
}

const TABLE = [
  ['ask', [], {}, []],
  ['recommend', [], {}, [[]]],
  ['recommend', ['my', 'account', 'was', 'stolen'], {}, [['my', 'account', 'was', 'stolen']]],
  ['recommend', ['--topic', 'general', '--urgent', '--overseas'], { topic: 'general', urgent: true, overseas: true }, [[]]],
  [
    'recommend',
    ['--topic=payment', '--not-urgent', '--mainland', '--limit', '2', '--verbose'],
    { topic: 'payment', notUrgent: true, mainland: true, limit: '2', verbose: true },
    [[]],
  ],
  ['recommend', ['--need', 'elderly', '--need', 'no-phone'], { need: ['elderly', 'no-phone'] }, [[]]],
  ['phone', [], {}, []],
  ['phone', ['--overseas', '--payment', '--verbose'], { overseas: true, payment: true, verbose: true }, []],
  ['phone', ['--mainland', '--topic', 'fraud'], { mainland: true, topic: 'fraud' }, []],
  ['channels', ['--verbose'], { verbose: true }, []],
  ['channels', ['--overseas'], { overseas: true }, []],
  ['config', [], {}, [undefined, []]],
  ['config', ['set', 'needs', 'elderly', 'enterprise'], {}, ['set', ['needs', 'elderly', 'enterprise']]],
  ['config', ['get', 'region'], {}, ['get', ['region']]],
  ['hours', [], {}, [undefined]],
  ['hours', ['hotline', '--days', '7'], { days: '7' }, ['hotline']],
  ['remind', ['wxpay-95017', '--before', '30'], { before: '30' }, ['wxpay-95017']],
  ['emergency', [], {}, [undefined]],
  ['emergency', ['stolen', '--overseas', '--verbose'], { overseas: true, verbose: true }, ['stolen']],
  ['topics', [], {}, []],
  ['validate', [], {}, [undefined]],
  ['validate', ['my.yaml'], {}, ['my.yaml']],
  ['completion', ['zsh'], {}, ['zsh']],
  ['catalog', ['init'], {}, [undefined]],
  ['catalog', ['init', './mine.yaml', '--force'], { force: true }, ['./mine.yaml']],
  ['schema', ['--path'], { path: true }, []],
  ['exit-codes', [], {}, []],
  ['environment', [], {}, []],
  ['__complete', ['topics'], {}, ['topics']],
] as const;

describe('argv → options, per command', () => {
  it.each(TABLE)('%s %j → %j %j', async (name, argv, opts, args) => {
    const got = await received(name, [...argv]);
    expect(got.opts).toEqual(opts);
    expect(got.args).toEqual(args);
  });

  it.each([
    ['recommend', ['--urgent', '--not-urgent'], 'commander.conflictingOption'],
    ['recommend', ['--overseas', '--mainland'], 'commander.conflictingOption'],
    ['phone', ['--payment', '--topic', 'fraud'], 'commander.conflictingOption'],
    ['phone', ['--overseas', '--mainland'], 'commander.conflictingOption'],
    ['emergency', ['--overseas', '--mainland'], 'commander.conflictingOption'],
    ['channels', ['--overseas', '--mainland'], 'commander.conflictingOption'],
    ['phone', ['--fast'], 'commander.unknownOption'],
    ['remind', [], 'commander.missingArgument'],
    ['completion', ['tcsh'], 'commander.invalidArgument'],
    ['hours', ['--days'], 'commander.optionMissingArgument'],
  ] as const)('%s %j: %s', async (name, argv, code) => {
    await expect(received(name, [...argv])).rejects.toMatchObject({ code });
  });

  it('every command is in the table', () => {
    expect(new Set(TABLE.map(([name]) => name))).toEqual(new Set(COMMANDS.map((c) => c.name)));
  });
});
