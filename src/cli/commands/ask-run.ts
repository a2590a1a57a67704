// `wxhelp ask`: the guided flow. The prompt library is imported here, at run time, so no other
// command pays for loading it.
import { inquirerPrompts, type PromptStreams } from '../../ask/inquirer.js';
import { assertCanPrompt, runAskSession } from '../../ask/session.js';
import type { Context } from '../runtime/context.js';
import type { IO } from '../../io/types.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { guardTerminal } from '../stop-signals.js';

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
  const { catalog } = await loadCatalogFor(ctx);
  const library = await import('@inquirer/prompts');
  // TERM, HUP or QUIT while a question is shown: the prompt is aborted (it tidies its drawing),
  // then the terminal restored whatever state it was left in (src/cli/stop-signals.ts).
  const abort = new AbortController();
  const release = guardTerminal({ stop: () => abort.abort(), restore: () => restoreTerminal(ctx.io) });
  const prompts = inquirerPrompts(library, ctx.paint, ctx.options.lang, { ...promptStreams(ctx.io), signal: abort.signal });
  try {
    return await runAskSession(ctx, catalog, prompts);
  } finally {
    release();
  }
}
