// Errors the CLI turns into one line on stderr and a documented exit code.

export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  catalog: 3,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem the user can fix; carries the exit code and a hint showing a valid form. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: ExitCode,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function usageError(code: string, message: string, hint?: string): CliError {
  return new CliError(code, message, EXIT.usage, hint);
}

export function catalogError(code: string, message: string, hint?: string): CliError {
  return new CliError(code, message, EXIT.catalog, hint);
}
