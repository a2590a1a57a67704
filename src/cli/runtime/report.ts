// How a failure is said: one line on stderr (the JSON error object with --json) — the one format
// of every error wxhelp prints, from a command, from the parser or from the process edge — and
// whether WXHELP_DEBUG asks for the stack trace too (read here only).
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';

/** WXHELP_DEBUG=1: an unexpected failure also prints its stack trace, and its line drops the hint to set it. */
export function debugging(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.WXHELP_DEBUG === '1';
}

/**
 * The line (without its newline) for an error: `wxhelp: message — hint`, or the JSON error object,
 * which also carries the nearest ids (`suggestions`) and every accepted value (`valid`) as data.
 */
export function errorLine(
  json: boolean,
  lang: Lang,
  code: string,
  message: string,
  hint?: string | null,
  details: { suggestions?: readonly string[]; valid?: readonly string[] } = {},
): string {
  if (json) {
    const { suggestions, valid } = details;
    return JSON.stringify({
      error: { code, message, hint: hint ?? null, ...(suggestions ? { suggestions } : {}), ...(valid ? { valid } : {}) },
    });
  }
  return `wxhelp: ${message}${hint ? `${messages(lang).hintSeparator}${hint}` : ''}`;
}

/** An unexpected failure as message and hint (the hint says how to see more), with the stack to print first when debugging. */
export function unexpected(
  error: unknown,
  env: Readonly<Record<string, string | undefined>>,
  lang: Lang,
): { message: string; hint: string | undefined; stack: string | undefined } {
  const m = messages(lang);
  const debug = debugging(env);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    message: `${m.unexpected}: ${detail}`,
    hint: debug ? undefined : m.debugHint,
    stack: debug && error instanceof Error && error.stack ? error.stack : undefined,
  };
}
