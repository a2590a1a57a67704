// Every code an error can carry, with the exit code it ends the run with: the one list scripts
// can rely on. An error is made only with a code from here (CliError's type says so), and the
// README's table of error codes is checked against it (test/ecosystem/error-codes.test.ts).
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  catalog: 3,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const ERROR_CODES = {
  // The command line (commander's own errors are named after its codes).
  UNKNOWN_COMMAND: EXIT.usage,
  UNKNOWN_OPTION: EXIT.usage,
  OPTION_MISSING_ARGUMENT: EXIT.usage,
  MISSING_ARGUMENT: EXIT.usage,
  EXCESS_ARGUMENTS: EXIT.usage,
  CONFLICTING_OPTION: EXIT.usage,
  INVALID_ARGUMENT: EXIT.usage,
  MISSING_MANDATORY_OPTION_VALUE: EXIT.usage,
  USAGE: EXIT.usage,
  // Option values.
  BAD_LANG: EXIT.usage,
  BAD_TZ: EXIT.usage,
  BAD_AT: EXIT.usage,
  BAD_CHANNELS: EXIT.usage,
  BAD_NUMBER: EXIT.usage,
  // Ids and words.
  UNKNOWN_TOPIC: EXIT.usage,
  UNKNOWN_NEED: EXIT.usage,
  UNKNOWN_EMERGENCY: EXIT.usage,
  UNKNOWN_CHANNEL: EXIT.usage,
  MISSING_TOPIC: EXIT.usage,
  NO_MATCH: EXIT.usage,
  // remind: nothing to remind of.
  ALWAYS_OPEN: EXIT.usage,
  HOURS_UNKNOWN: EXIT.usage,
  NO_OPENING: EXIT.usage,
  // Files wxhelp writes (catalog init).
  NO_CONFIG_DIR: EXIT.usage,
  FILE_EXISTS: EXIT.usage,
  NOT_A_FILE: EXIT.usage,
  WRITE_FAILED: EXIT.usage,
  // wxhelp config: what was typed after it.
  BAD_CONFIG_ACTION: EXIT.usage,
  BAD_CONFIG_KEY: EXIT.usage,
  BAD_CONFIG_VALUE: EXIT.usage,
  BAD_CONFIG_ARGS: EXIT.usage,
  // ask, completion.
  NOT_A_TERMINAL: EXIT.usage,
  BAD_COMPLETE_KIND: EXIT.usage,
  // The catalog.
  CATALOG_NOT_FOUND: EXIT.catalog,
  CATALOG_IS_DIRECTORY: EXIT.catalog,
  CATALOG_TOO_LARGE: EXIT.catalog,
  CATALOG_UNREADABLE: EXIT.catalog,
  CATALOG_NOT_UTF8: EXIT.catalog,
  CATALOG_INVALID: EXIT.catalog,
  // The preferences file (config.yaml): unreadable, or an unknown key or a bad value; nowhere to keep it.
  BAD_CONFIG: EXIT.catalog,
  NO_CONFIG_PLACE: EXIT.catalog,
  // The run itself.
  UNEXPECTED: EXIT.failure,
  OUTPUT_FAILED: EXIT.failure,
  INTERRUPTED: EXIT.interrupted,
} as const satisfies Record<string, ExitCode>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** commander's code ("commander.unknownOption") as one of ours ("UNKNOWN_OPTION"); USAGE for one it may add later. */
export function commanderCode(code: string): ErrorCode {
  const ours = code
    .replace(/^commander\./, '')
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();
  return ours in ERROR_CODES ? (ours as ErrorCode) : 'USAGE';
}
