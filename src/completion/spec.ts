// What a completion script knows, read from the commander program itself so the scripts never
// drift from the real command tree: every command, its options and its positional argument, the
// global options, and which kind of value each one takes. The ids a value can be (topics,
// channels, …) are looked up when the user presses Tab (`wxhelp __complete <kind>`); the ones
// from the catalog in use when the script was generated are baked in as a fallback.
import type { CommandUnknownOpts as Command, Option } from '@commander-js/extra-typings';

/** Values the scripts can complete. Catalog kinds come from `wxhelp __complete <kind>`. */
export type ValueKind = 'topics' | 'needs' | 'channels' | 'emergencies' | 'zones' | 'langs' | 'shells' | 'files' | 'none';

/** The kinds `wxhelp __complete` answers. */
export const LIVE_KINDS = ['topics', 'needs', 'channels', 'emergencies', 'zones'] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

/** Kinds whose values come from the catalog, baked into a script as its fallback. */
export const CATALOG_KINDS = ['topics', 'needs', 'channels', 'emergencies'] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export interface FlagSpec {
  /** "--topic" */
  long: string;
  /** "-V", when there is one. */
  short?: string;
  description: string;
  /** The option is followed by a value... */
  takesValue: boolean;
  /** ...named like this in the help ("datetime" for "--at <datetime>"); "" when none. */
  valueName: string;
  value: ValueKind;
  /** May be given more than once (--need). */
  repeatable: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  flags: FlagSpec[];
  /** The first positional argument's value kind; null when the command takes none. */
  argument: { name: string; value: ValueKind; choices: string[] } | null;
}

export interface CompletionSpec {
  program: string;
  globals: FlagSpec[];
  commands: CommandSpec[];
  /** Fixed value lists. */
  langs: string[];
  shells: string[];
  /** Catalog ids at generation time (the scripts' fallback when `wxhelp __complete` fails). */
  ids: Record<CatalogKind, string[]>;
}

/** Which values an option takes, by long flag. Options not listed take none or free text. */
const OPTION_VALUES: Readonly<Record<string, ValueKind>> = {
  '--topic': 'topics',
  '--need': 'needs',
  '--tz': 'zones',
  '--lang': 'langs',
  '--channels': 'files',
};
const REPEATABLE = new Set(['--need']);

/** Which values a command's positional argument takes, by command name. */
const ARGUMENT_VALUES: Readonly<Record<string, ValueKind>> = {
  hours: 'channels',
  remind: 'channels',
  emergency: 'emergencies',
  validate: 'files',
  completion: 'shells',
};

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Commands whose names start with "__" are internal (the scripts' own `__complete`). */
export const isInternal = (command: Command) => command.name().startsWith('__');

function flagOf(option: Option): FlagSpec | null {
  if (option.hidden || option.long === undefined) return null;
  const takesValue = option.required || option.optional;
  const flag: FlagSpec = {
    long: option.long,
    description: option.description,
    takesValue,
    valueName: /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1] ?? '',
    value: takesValue ? (OPTION_VALUES[option.long] ?? 'none') : 'none',
    repeatable: REPEATABLE.has(option.long),
  };
  if (option.short !== undefined) flag.short = option.short;
  return flag;
}

const HELP: FlagSpec = {
  long: '--help',
  short: '-h',
  description: 'show help',
  takesValue: false,
  valueName: '',
  value: 'none',
  repeatable: false,
};

export function completionSpec(program: Command, ids: Record<CatalogKind, string[]>): CompletionSpec {
  const flags = (command: Command) => command.options.map(flagOf).filter((f): f is FlagSpec => f !== null);
  const commands = program.commands
    .filter((c) => !isInternal(c))
    .map((command): CommandSpec => {
      const arg = command.registeredArguments[0];
      return {
        name: command.name(),
        description: command.description(),
        flags: [...flags(command), HELP],
        argument: arg ? { name: arg.name(), value: ARGUMENT_VALUES[command.name()] ?? 'none', choices: [...(arg.argChoices ?? [])] } : null,
      };
    });
  // The version flag belongs to the program only; --help to every command.
  return {
    program: program.name(),
    globals: [...flags(program), HELP],
    commands,
    langs: ['zh', 'zh-Hant', 'en'],
    shells: [...SHELLS],
    ids: {
      topics: ids.topics.filter(safeWord),
      needs: ids.needs.filter(safeWord),
      channels: ids.channels.filter(safeWord),
      emergencies: ids.emergencies.filter(safeWord),
    },
  };
}

/**
 * Ids baked into a script must be plain words in every shell's syntax. Catalog ids already are
 * (the validator requires lower-case letters, digits and "-"); anything else is left out.
 */
export function safeWord(word: string): boolean {
  return /^[a-z0-9][a-z0-9-]*$/.test(word);
}

/** Options that take a value, for the scripts' scan of what the user typed so far. */
export function valueFlags(spec: CompletionSpec): string[] {
  const all = [...spec.globals, ...spec.commands.flatMap((c) => c.flags)];
  return [...new Set(all.filter((f) => f.takesValue).map((f) => f.long))];
}
