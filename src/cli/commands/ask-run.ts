// `wxhelp ask`, its run (loaded only for ask): the guided flow of src/ask on a terminal. The
// prompt library is imported here, at run time, so no other command pays for loading it.
import type { RepeatedGlobals } from '../../ask/command-line.js';
import type { Prompts } from '../../ask/flow.js';
import { inquirerPrompts, type PromptStreams } from '../../ask/inquirer.js';
import { plainPrompts, streamLines } from '../../ask/plain-prompts.js';
import { askSession } from '../../ask/session.js';
import type { Catalog } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import type { IO } from '../../io/types.js';
import { isoInZone } from '../../render/time-format.js';
import type { Context } from '../runtime/context.js';
import { EXIT, usageError } from '../runtime/errors.js';
import { loadWholeCatalogFor } from '../runtime/load-catalog.js';
import { printRecommendation } from '../runtime/print-recommendation.js';
import { checkPreferredNeeds } from '../runtime/preferences.js';
import { regionFor } from '../values/region.js';
import { guardTerminal } from '../runtime/stop-signals.js';

/** ask prompts only on a terminal (stdin and stdout) and never with --json; otherwise a usage error. */
export function assertCanPrompt(ctx: Context): void {
  const m = messages(ctx.options.lang).ask;
  if (ctx.options.json) throw usageError('NOT_A_TERMINAL', m.noJson, m.useRecommend);
  if (ctx.io.stdin.isTTY !== true || ctx.io.stdout.isTTY !== true) {
    throw usageError('NOT_A_TERMINAL', m.needsTerminal, m.useRecommend);
  }
}

/**
 * The global options that shape this answer, so the line gives it again on another machine: the
 * zone and the language always (another machine has its own), the moment when --at chose it.
 */
export function repeatedGlobals(ctx: Context): RepeatedGlobals {
  const { at, atGiven, tz, lang, channels, accessible } = ctx.options;
  const globals: RepeatedGlobals = { tz, lang };
  // An answer for another moment is repeated for that moment (as an instant with its offset).
  if (atGiven === true) globals.at = isoInZone(at, tz);
  if (channels !== undefined) globals.channels = channels;
  if (accessible) globals.accessible = true;
  return globals;
}

/**
 * The questions and the answer with these prompts. Ctrl-C at a question: "interrupted" and exit
 * 130; a question aborted by a stop signal: exit 130 here too (the process edge exits with its own code).
 */
export async function runAskSession(ctx: Context, catalog: Catalog, prompts: Prompts): Promise<number> {
  const outcome = await askSession(
    {
      lang: ctx.options.lang,
      tz: ctx.options.tz,
      region: regionFor(ctx.options, {}),
      needs: await checkPreferredNeeds(ctx.options.preferences, catalog, ctx.options.lang),
      columns: ctx.io.stdout.columns,
      paint: ctx.paint,
      out: ctx.out,
      repeatedGlobals: () => repeatedGlobals(ctx),
      printRecommendation: (query) => printRecommendation(ctx, catalog, query),
    },
    catalog,
    prompts,
  );
  if (outcome === 'interrupted') ctx.io.stderr.write(`wxhelp: ${messages(ctx.options.lang).interrupted}\n`);
  return outcome === 'answered' ? EXIT.ok : EXIT.interrupted;
}

/** Shows the cursor (a prompt hides it while it draws a list). */
const SHOW_CURSOR = '\u001b[?25h';

/** Puts the terminal back as a prompt found it: line mode with echo, cursor shown. Never throws. */
function restoreTerminal(io: IO): void {
  try {
    const input = io.stdin as Partial<NodeJS.ReadStream>;
    if (input.isTTY === true && input.isRaw === true) input.setRawMode?.(false);
  } catch {
    // not a terminal any more (hung up): nothing to restore
  }
  try {
    if (io.stdout.isTTY === true) io.stdout.write(SHOW_CURSOR);
  } catch {
    // the same
  }
}

/** The IO's terminal streams as Node streams (they are process.stdin / process.stdout at run time). */
function promptStreams(io: IO): PromptStreams {
  const streams: PromptStreams = {};
  if (typeof (io.stdin as Partial<NodeJS.ReadableStream>).on === 'function') streams.input = io.stdin as NodeJS.ReadableStream;
  if (typeof (io.stdout as Partial<NodeJS.WritableStream>).on === 'function') streams.output = io.stdout as NodeJS.WritableStream;
  return streams;
}

export async function run(ctx: Context): Promise<number> {
  assertCanPrompt(ctx);
  // Whole before the first question: a damaged cache entry found mid-session would start it again.
  const { catalog } = await loadWholeCatalogFor(ctx);
  if (ctx.options.accessible) {
    // Numbered questions read as lines in the terminal's own line mode: no raw mode, no drawing,
    // so the prompt library is not loaded and there is nothing to restore.
    const streams = promptStreams(ctx.io);
    const lines = await streamLines(streams.input ?? process.stdin, streams.output ?? process.stdout);
    try {
      return await runAskSession(ctx, catalog, plainPrompts(lines, ctx.options.lang));
    } finally {
      lines.close();
    }
  }
  const library = await import('@inquirer/prompts');
  // TERM, HUP or QUIT while a question is shown: the prompt is aborted (it tidies its drawing),
  // then the terminal restored whatever state it was left in (src/cli/runtime/stop-signals.ts).
  const abort = new AbortController();
  const release = guardTerminal({ stop: () => abort.abort(), restore: () => restoreTerminal(ctx.io) });
  const prompts = inquirerPrompts(library, ctx.paint, ctx.options.lang, { ...promptStreams(ctx.io), signal: abort.signal });
  try {
    return await runAskSession(ctx, catalog, prompts);
  } finally {
    release();
  }
}
