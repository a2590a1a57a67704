// Errors the CLI turns into one line on stderr and a documented exit code.
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { EXIT, type ErrorCode, type ExitCode } from './error-codes.js';

export { EXIT, type ExitCode, type ErrorCode } from './error-codes.js';

/** What a script can act on besides the message: the nearest ids, and every value accepted. */
export interface ErrorDetails {
  suggestions?: readonly string[];
  valid?: readonly string[];
}

/** A problem the user can fix; carries the exit code and a hint showing a valid form. */
export class CliError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly exitCode: ExitCode,
    readonly hint?: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * Whether an error is a CliError. The built CLI loads some parts from separate files, each with
 * its own copy of this class, so an error from one of them is recognised by its shape too.
 */
export function isCliError(error: unknown): error is CliError {
  if (error instanceof CliError) return true;
  if (!(error instanceof Error) || error.name !== 'CliError') return false;
  const candidate = error as Partial<CliError>;
  return typeof candidate.code === 'string' && typeof candidate.exitCode === 'number';
}

export function usageError(code: ErrorCode, message: string, hint?: string, details?: ErrorDetails): CliError {
  return new CliError(code, message, EXIT.usage, hint, details);
}

export function catalogError(code: ErrorCode, message: string, hint?: string): CliError {
  return new CliError(code, message, EXIT.catalog, hint);
}

/** A valid value for each option that takes one, in the user's language (the message table's). */
export function flagExample(lang: Lang, flag: string): string | undefined {
  return messages(lang).flagExamples[flag];
}

/** A value as echoed in a message: at most `max` characters (a long one ends in "…"). */
export function shown(value: string, max = 60): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
