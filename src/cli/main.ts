// argv in, exit code out. Every failure becomes one line on stderr (JSON with --json) and the
// documented exit code; a stack trace only with WXHELP_DEBUG=1.
import { CommanderError, type CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { messages } from '../i18n/messages.js';
import { resolveLang } from '../i18n/lang.js';
import { loadLanguage } from '../i18n/load-language.js';
import type { Lang } from '../catalog/types.js';
import { jsonSafe, visible } from '../render/terminal/sanitize.js';
import { CliError, EXIT, flagExample, isCliError, shown } from './runtime/errors.js';
import { errorLine, unexpected } from './runtime/report.js';
import { commanderCode } from './runtime/error-codes.js';
import type { IO, OutStream } from './io.js';
import { resolveGlobalOptions } from './runtime/context.js';
import { buildProgram, type ProgramResult } from './program.js';
import { loadPreferences } from './runtime/preferences.js';
import { HELP_TOPICS } from './commands/exit-codes.js';

declare const WXHELP_VERSION: string | undefined;
const VERSION = typeof WXHELP_VERSION === 'string' ? WXHELP_VERSION : '0.0.0-dev';

/**
 * How argv reads to commander, without running anything: whether --json is one of its options
 * (not the value of --tz, not a word after "--") and the command named, if any. Decides the mode
 * of every message, including errors found before or while commander parses.
 */
export function scanArgv(
  argv: readonly string[],
  program: Command,
): { json: boolean; command: string | undefined; operand: boolean; help: boolean; word: string | undefined; second: string | undefined } {
  const takesValue = (cmd: Command, arg: string) =>
    cmd.options.some((o) => (o.required || o.optional) && (o.long === arg || o.short === arg));
  let command: Command | undefined;
  let json = false;
  let help = false;
  let operand = false;
  let word: string | undefined;
  let second: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operand ||= i + 1 < argv.length;
      break;
    }
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version') help = true;
    else if (takesValue(program, arg) || (command !== undefined && takesValue(command, arg))) i++;
    else if (!arg.startsWith('-') && !operand) {
      // The first word names the command (an unknown one is reported by commander, in this mode).
      operand = true;
      word = arg;
      command = program.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    } else if (!arg.startsWith('-') && second === undefined) {
      second = arg; // the word after the command: `help <command>`'s command
    }
  }
  return { json, command: command?.name(), operand, help, word, second };
}

/**
 * The command a run names, when nothing but that command can be shown or run: not for help,
 * completion (they show every command), a run without a command, or `-h`/`-V` anywhere.
 * (An unknown word is named too: its error lists only command names.)
 */
function onlyCommandOf(argv: readonly string[], globals: Command): string | undefined {
  const { word, help } = scanArgv(argv, globals);
  return help || word === undefined || word === 'help' || word === 'completion' || word === '__complete' ? undefined : word;
}

/** `run`'s optional hook: told the output mode as soon as argv has been read (the process edge uses it). */
export interface RunHooks {
  onMode?: (json: boolean) => void;
}

export async function run(argv: readonly string[], userIO: IO, hooks: RunHooks = {}): Promise<number> {
  const result: ProgramResult = { exitCode: EXIT.ok };
  // JSON output stays JSON, but with nothing a terminal could act on even inside its strings.
  // (The program reads io's streams when it writes, so they can be wrapped once argv is read.)
  const io = ioWith(userIO, {});
  // The standing preferences first: their `lang` is the language of help and errors too.
  const preferences = await loadPreferences(userIO);
  const lang = resolveLang(argv, userIO.env, preferences.prefs.lang);
  // Whatever this run says — help, an error, the answer — may be in Traditional: its tables load first.
  await loadLanguage(lang);
  const program = buildProgram(io, VERSION, result, lang, (globals) => onlyCommandOf(argv, globals), preferences);
  const scanned = scanArgv(argv, program);
  const json = scanned.json;
  if (json) {
    io.stdout = jsonSafeStream(userIO.stdout);
    io.stderr = jsonSafeStream(userIO.stderr);
  }
  hooks.onMode?.(json);
  let commanderMessage = '';
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // Asked of io, not of process.stdout (which would make Node's stream for a pipe); commander
    // takes undefined as "no terminal" (its own default does the same), though typed as a number.
    getOutHelpWidth: () => (io.stdout.isTTY === true ? io.stdout.columns : undefined) as number,
    getErrHelpWidth: () => (io.stderr.isTTY === true ? io.stderr.columns : undefined) as number,
    getOutHasColors: () => io.stdout.isTTY === true && (io.stdout as Partial<NodeJS.WriteStream>).hasColors?.() === true,
    getErrHasColors: () => io.stderr.isTTY === true && (io.stderr as Partial<NodeJS.WriteStream>).hasColors?.() === true,
    // Commander's own parse errors are reported by us, in our one-line format.
    outputError: (s) => {
      commanderMessage += s;
    },
  });
  // Every command, nested ones too (`catalog init`), reports through us rather than exiting.
  const all = [...program.commands];
  for (const sub of all) {
    sub.exitOverride();
    sub.configureOutput(program.configureOutput());
    all.push(...sub.commands);
  }

  // `wxhelp help <unknown>`: commander would print the whole help to stderr; say what is wrong instead.
  // (The word after `help`, with global options and their values anywhere: `wxhelp --lang zh help exit-codes`.)
  const helpFor = scanned.word === 'help' ? scanned.second : undefined;
  // `wxhelp help exit-codes`, `help environment`: the topic's text alone, not a command's usage and options.
  const topic = HELP_TOPICS.find((t) => t.name === helpFor);
  if (topic !== undefined) {
    topic.plain?.({ io, version: VERSION, program }, messages(lang).help);
    return EXIT.ok;
  }
  if (helpFor !== undefined && helpFor !== 'help' && !program.commands.some((c) => c.name() === helpFor)) {
    const names = program
      .createHelp()
      .visibleCommands(program)
      .map((c) => c.name());
    const text = messages(lang).usage.translate(`unknown command '${shown(helpFor, 60)}'`);
    return report(
      new CliError(
        'UNKNOWN_COMMAND',
        text,
        EXIT.usage,
        commanderHint('commander.unknownCommand', text, names, undefined, lang),
        commanderDetails('commander.unknownCommand', text, names),
      ),
      io,
      json,
      lang,
    );
  }

  try {
    // No command: the help, once any global option given is known to be good (a bad value is
    // a usage error with or without a command).
    const quietIO = ioWith(io, { now: () => 0, stderr: { write: () => true } });
    if (!scanned.operand && !scanned.help) {
      const { unknown } = program.parseOptions([...argv]);
      if (unknown.length === 0) {
        resolveGlobalOptions(program.opts(), quietIO, preferences.prefs);
        io.stdout.write(program.helpInformation());
        return EXIT.ok;
      }
    }
    // Help asked for (`help phone --at tomorrow`, `phone --help --lang fr`): commander would show
    // it without reading the other options, so a bad global value is checked first, the same way.
    if (scanned.help || scanned.word === 'help') {
      program.parseOptions([...argv]);
      resolveGlobalOptions(program.opts(), quietIO, preferences.prefs);
    }

    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return EXIT.ok;
      }
      const text = (commanderMessage || error.message)
        .replace(/^error:\s*/i, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim()
        .replace(/\.$/, '') // the hint follows: "… Expected 0 arguments but got 1 — see …"
        // "unknown command '<what was typed>'": a long word is shortened like any echoed value.
        .replace(/'([^']{61,})'/, (_m, value: string) => `'${shown(value, 60)}'`);
      const names = program
        .createHelp()
        .visibleCommands(program)
        .map((c) => c.name());
      const command = argv.find((a) => names.includes(a));
      const usage = new CliError(
        commanderCode(error.code),
        messages(lang).usage.translate(text),
        EXIT.usage,
        commanderHint(error.code, text, names, command, lang),
        commanderDetails(error.code, text, names),
      );
      return report(usage, io, json, lang);
    }
    if (isCliError(error)) return report(error, io, json, lang);
    return reportUnexpected(error, io, json, lang);
  }
}

/** A copy of io with some fields replaced, its getters kept as getters (stdin is made only when read). */
function ioWith(io: IO, fields: Partial<IO>): IO {
  return Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(io), ...Object.getOwnPropertyDescriptors(fields) }) as IO;
}

/** What to do about one of commander's parse errors: a valid example where one fits. */
function commanderHint(code: string, text: string, commands: readonly string[], command: string | undefined, lang: Lang): string {
  const u = messages(lang).usage;
  const help = command === undefined ? u.seeHelp : u.seeCommandHelp(command);
  if (code === 'commander.unknownCommand') return u.hintCommands(commands.join(messages(lang).listJoin), help);
  if (code === 'commander.optionMissingArgument') {
    // "option '--topic <id>' argument missing"
    const flag = /'(--[a-z-]+)/.exec(text)?.[1];
    const example = flag === undefined ? undefined : flagExample(lang, flag);
    if (example !== undefined) return u.example(example);
  }
  return help;
}

/** A stream whose writes are made JSON-safe (see jsonSafe); isTTY and columns are the original's. */
function jsonSafeStream(stream: OutStream): OutStream {
  return {
    write: (chunk: string) => stream.write(jsonSafe(chunk)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/** Longest message printed: a huge value echoed back is cut rather than flooding the terminal. */
const MAX_MESSAGE = 1000;

/** For scripts: the name commander suggests ("Did you mean …?"), and for an unknown command every command. */
function commanderDetails(code: string, text: string, commands: readonly string[]): { suggestions?: string[]; valid?: string[] } {
  const suggested = /Did you mean (?:one of )?([^?]+)\?/.exec(text)?.[1];
  const suggestions =
    suggested === undefined
      ? undefined
      : suggested
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
  if (code === 'commander.unknownCommand') return { suggestions: suggestions ?? [], valid: [...commands] };
  if (code === 'commander.unknownOption') return { suggestions: suggestions ?? [] };
  return {};
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * One line on stderr for a CliError (the JSON error object with --json); returns its exit code.
 * Control characters in the message (a bad value echoed back) are shown as visible escapes.
 */
export function report(error: CliError, io: IO, json: boolean, lang: Lang = 'en'): number {
  const message = clip(visible(error.message), MAX_MESSAGE);
  const hint = error.hint === undefined ? undefined : visible(error.hint);
  io.stderr.write(`${errorLine(json, lang, error.code, message, hint, error.details)}\n`);
  return error.exitCode;
}

function reportUnexpected(error: unknown, io: IO, json: boolean, lang: Lang): number {
  const { message, hint, stack } = unexpected(error, io.env, lang);
  if (stack !== undefined) io.stderr.write(`${stack}\n`);
  return report(new CliError('UNEXPECTED', message, EXIT.failure, hint), io, json, lang);
}
