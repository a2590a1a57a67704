// A command as one unit (after GitHub CLI's NewCmdX(f, runF)): its name, its flags, arguments and
// help text, and its run. The options a run receives are the type commander infers from those very
// flags (@commander-js/extra-typings), so a flag and the option a run reads cannot drift apart.
// The program (src/cli/program.ts) only assembles units; tests give a unit another run (runF) to
// see the options an argv gives.
import type { Command, CommandUnknownOpts, OptionValues } from '@commander-js/extra-typings';
import type { IO } from '../../io/types.js';
import type { Messages } from '../../i18n/messages.js';
import type { Context } from './context.js';

/** The help wording, in the user's language. */
export type HelpText = Messages['help'];

/** What a run may use beyond its context: the program as built (completion describes it), the version. */
export interface Factory {
  io: IO;
  version: string;
  program: CommandUnknownOpts;
}

/** A command's run: the context, the options its flags give, its arguments; resolves to the exit code. */
export type Runner<Args extends unknown[], Opts extends OptionValues> = (
  ctx: Context,
  opts: Opts,
  args: Args,
  f: Factory,
) => Promise<number>;

export interface CommandUnit<Args extends unknown[], Opts extends OptionValues> {
  name: string;
  description: (h: HelpText) => string;
  /** Left out of help and completion (`exit-codes`, `__complete`). */
  hidden?: boolean;
  /** Declares the flags, arguments and help text on the command given. */
  flags: (cmd: Command, h: HelpText) => Command<Args, Opts>;
  /** The run, bundled with the program … */
  run?: Runner<Args, Opts>;
  /** … or in a file of its own, loaded only when the command runs. */
  load?: () => Promise<{ run: Runner<Args, Opts> }>;
  /** A run that needs no context (the global options are not read): `exit-codes`. */
  plain?: (f: Factory, h: HelpText) => void;
  /** Commands under this one (`catalog init`). */
  subcommands?: readonly AnyCommandUnit[];
}

/** A unit of any command (a list of them: each was checked against its own flags where defined). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: a list of units, each checked against its own flags where it is defined
export type AnyCommandUnit = CommandUnit<any, any>;

/** Declares a command: the run's options and arguments are checked against the flags' types. */
export function defineCommand<Args extends unknown[], Opts extends OptionValues>(unit: CommandUnit<Args, Opts>): CommandUnit<Args, Opts> {
  return unit;
}

/** The options a unit's flags give (for helpers that take them, e.g. phone's query). */
export type OptionsOf<F extends (cmd: Command, h: HelpText) => Command<unknown[], OptionValues>> = ReturnType<ReturnType<F>['opts']>;

/** Help text is laid out for this many columns, so it fits a 60-column terminal as well as an 80. */
export const HELP_TEXT_COLUMNS = 60;

/**
 * An "Examples:" section: one `$ command` per line, with a short note aligned after it, or on the
 * next line where the two do not fit in HELP_TEXT_COLUMNS (a long command alone may run past).
 * Commands give commander their help text as a function: a run that shows no help lays none out.
 */
export function examples(title: string, lines: readonly (string | readonly [string, string])[]): string {
  const width = Math.max(...lines.map((l) => (typeof l === 'string' ? 0 : l[0].length)));
  const columns = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const rows = lines.map((l) => {
    if (typeof l === 'string') return `  $ ${l}`;
    const row = `  $ ${l[0].padEnd(width)}   ${l[1]}`;
    return columns(row) <= HELP_TEXT_COLUMNS ? row : `  $ ${l[0]}\n      ${l[1]}`;
  });
  return `\n${title}\n${rows.join('\n')}`;
}

/** --need a --need b → ['a', 'b']. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
