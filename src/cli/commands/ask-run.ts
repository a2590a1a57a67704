// `wxhelp ask`: the guided flow. The prompt library is imported here, at run time, so no other
// command pays for loading it.
import { inquirerPrompts, type PromptStreams } from '../../ask/inquirer.js';
import { assertCanPrompt, runAskSession } from '../../ask/session.js';
import type { Context } from '../runtime/context.js';
import type { IO } from '../../io/types.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';

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
  const prompts = inquirerPrompts(library, ctx.paint, ctx.options.lang, promptStreams(ctx.io));
  return runAskSession(ctx, catalog, prompts);
}
