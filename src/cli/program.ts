// The command tree, assembled from the commands' units (src/cli/commands/*.ts: each declares its
// flags, its options' type and its run). The one-shot commands are bundled with the entry: each
// extra module costs a one-shot run about a millisecond to load, more than their code does. What
// only some runs need is imported when needed: the prompt library (ask), the YAML parser
// (validate, and any catalog but the unmodified built-in one), the text renderers, completion.
import { Command, type CommandUnknownOpts, type OptionValues } from '@commander-js/extra-typings';
import { DamagedCacheEntry } from '../catalog/cache.js';
import type { Lang } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';
import type { IO } from '../io/types.js';
import { hyperlinksEnabled } from '../render/terminal/hyperlink-support.js';
import { askCommand } from './commands/ask.js';
import { catalogCommand, schemaCommand } from './commands/catalog.js';
import { channelsCommand } from './commands/channels.js';
import { configCommand } from './commands/config.js';
import { completeCommand, completionCommand } from './commands/completion.js';
import { emergencyCommand } from './commands/emergency.js';
import { environmentCommand, exitCodesCommand } from './commands/exit-codes.js';
import { hoursCommand } from './commands/hours.js';
import { phoneCommand } from './commands/phone.js';
import { recommendCommand } from './commands/recommend.js';
import { remindCommand } from './commands/remind.js';
import { topicsCommand } from './commands/topics.js';
import { validateCommand } from './commands/validate.js';
import { examples, type AnyCommandUnit, type CommandUnit, type Factory, type HelpText, type Runner } from './runtime/command.js';
import { createContext, resolveGlobalOptions, terminalColumns } from './runtime/context.js';
import { preferencesError, type LoadedPreferences } from './runtime/preferences.js';
import { wrap } from '../render/layout/wrap.js';
import { displayWidth } from '../render/terminal/width.js';

/** Every command, in the order help lists them. */
export const COMMANDS: readonly AnyCommandUnit[] = [
  askCommand,
  recommendCommand,
  phoneCommand,
  channelsCommand,
  hoursCommand,
  remindCommand,
  emergencyCommand,
  topicsCommand,
  validateCommand,
  completionCommand,
  configCommand,
  catalogCommand,
  schemaCommand,
  exitCodesCommand,
  environmentCommand,
  completeCommand,
];

export interface ProgramResult {
  exitCode: number;
}

/**
 * Given the program with its global options only, the one command this run can use, if that is
 * all it can use (a run of `phone` shows nothing of the other commands but their names).
 */
export type OnlyCommand = (globals: CommandUnknownOpts) => string | undefined;

/**
 * The program with its global options, help settings and help text (no command yet). Help in the
 * user's language: commander's section titles too; every command's help lists the global options
 * (settings are copied to the commands created on it).
 */
function programWithGlobals(h: HelpText, version: string) {
  const program = new Command('wxhelp');
  // An argument's description already names its choices (commander would add "(choices: …)" in English).
  program.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title) => h.titles[title] ?? title,
    argumentDescription: (argument) => argument.description,
  });
  return program
    .description(h.program)
    .version(`wxhelp ${version}`, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .option('--json', h.global.json)
    .option('--at <datetime>', h.global.at)
    .option('--tz <zone>', h.global.tz)
    .option('--lang <zh|en>', h.global.lang)
    .option('--channels <file>', h.global.channels)
    .option('--accessible', h.global.accessible)
    .option('--no-color', h.global.noColor)
    .option('--no-cache', h.global.noCache)
    .showSuggestionAfterError(true)
    .helpCommand('help [command]', h.helpCommand)
    .addHelpText(
      'after',
      () =>
        `${examples(h.examples, [
          ['wxhelp ask', h.notes.askExample],
          'wxhelp recommend --topic account-security --urgent',
          ['wxhelp phone --overseas', h.notes.phoneOverseas],
          ['wxhelp channels --tz Europe/Berlin', h.notes.channels],
          ['wxhelp hours app-help --days 3', h.notes.hours],
          ['wxhelp remind hotline --tz Europe/London > next.ics', h.notes.remind],
          ['wxhelp emergency stolen', h.notes.emergency],
          "wxhelp --json phone --payment | jq -r '.line.dial // .line.number'",
          ['eval "$(wxhelp completion bash)"', h.notes.completion],
        ])}

${h.catalogOrder.join('\n')}

${h.exitCodesShort}`,
    );
}

/** The program: its global options are typed. */
export type Program = ReturnType<typeof programWithGlobals>;

/** The options and arguments a command's action got, given to `act` (the program's run, or a test's). */
export type Act = <Args extends unknown[], Opts extends OptionValues>(
  unit: CommandUnit<Args, Opts>,
  cmd: Command<Args, Opts>,
) => void | Promise<void>;

/** Declares a unit on `cmd` (its flags, then its subcommands', each with `act` as its action). */
export function defineOn<Args extends unknown[], Opts extends OptionValues>(
  cmd: Command,
  unit: CommandUnit<Args, Opts>,
  h: HelpText,
  act: Act,
): void {
  const built = unit.flags(cmd, h);
  if (unit.run !== undefined || unit.load !== undefined || unit.plain !== undefined) built.action(() => act(unit, built));
  for (const sub of unit.subcommands ?? []) defineOn(built.command(sub.name).description(sub.description(h)), sub, h, act);
}

/**
 * The command tree. With `onlyCommand` naming a command, that command alone is built: a one-shot
 * run does not pay for commands it will not run (help, completion and the rest get the whole tree).
 */
export function buildProgram(
  io: IO,
  version: string,
  result: ProgramResult,
  lang: Lang = 'en',
  onlyCommand?: OnlyCommand,
  preferences: LoadedPreferences = { prefs: { file: '', lines: {} } },
): Program {
  const h = messages(lang).help;
  const program = programWithGlobals(h, version);
  // commander's own wrapping, to the terminal's width and in display columns (a Chinese character takes two).
  program.configureHelp({
    ...program.configureHelp(),
    helpWidth: terminalColumns(io),
    // Wrap in a narrow column rather than not at all (commander's default gives up below 40).
    minWidthToWrap: 12,
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) =>
      text
        .split('\n')
        .map((line) => wrap(line, width).join('\n'))
        .join('\n'),
  });
  const f: Factory = { io, version, program };

  const act: Act = async (unit, cmd) => {
    if (unit.plain !== undefined) return unit.plain(f, h);
    // A broken preferences file stops every command but `config`, which is how it is mended.
    if (preferences.error && unit.name !== 'config')
      throw await preferencesError(preferences.error, resolveGlobalOptions(program.opts(), io).lang);
    const ctx = await createContext(io, resolveGlobalOptions(program.opts(), io, preferences.prefs));
    // Hyperlinks only where colour is on (never with --json, --no-color or a pipe); the
    // terminal library is loaded only then.
    const [run, links] = await Promise.all([runOf(unit), hyperlinksEnabled(io.stdout, io.env, ctx.paint.level > 0, io.hyperlinks)]);
    ctx.hyperlinks = links;
    try {
      result.exitCode = await run(ctx, cmd.opts(), cmd.processedArgs, f);
    } catch (error) {
      // A part of the user's catalog, read from its cache entry as the run first needed it, was
      // damaged (src/catalog/cache.ts): the entry is put aside and the command runs again, on the
      // file. Nothing was printed yet: a command prints once it has its answer, and `ask` reads
      // its whole catalog before its first question.
      if (!(error instanceof DamagedCacheEntry)) throw error;
      error.discard();
      result.exitCode = await run(ctx, cmd.opts(), cmd.processedArgs, f);
    }
  };

  // A run that names a command builds that one alone: nothing it can show (its help, its errors,
  // did-you-mean for its options) involves another. Any other run (help, completion, an unknown
  // word, whose error lists every name) has every command, by name and description, and in full
  // when it may use them all.
  const only = onlyCommand?.(program);
  const named = COMMANDS.some((c) => c.name === only);
  for (const unit of COMMANDS) {
    if (named && unit.name !== only) continue;
    const cmd = program.command(unit.name, unit.hidden === true ? { hidden: true } : undefined).description(unit.description(h));
    if (only === undefined || only === unit.name) defineOn(cmd, unit, h, act);
  }
  return program;
}

/** A unit's run: bundled, or loaded from its own file now. */
async function runOf<Args extends unknown[], Opts extends OptionValues>(unit: CommandUnit<Args, Opts>): Promise<Runner<Args, Opts>> {
  if (unit.run !== undefined) return unit.run;
  return (await unit.load!()).run;
}
