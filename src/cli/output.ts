// Prints a command's result: the JSON envelope with --json, else the human rendering. Each side
// is imported only when chosen, so `--json` never loads the table and width code and a human
// run never loads the JSON shapes.
import type { Frame } from '../render/json/envelope.js';
import type { Context } from './context.js';

export async function emit(
  ctx: Context,
  command: string,
  frame: Omit<Frame, 'at' | 'timeZone'>,
  json: () => Promise<Record<string, unknown>>,
  text: () => Promise<string>,
): Promise<void> {
  if (ctx.options.json) {
    const [{ envelope }, payload] = await Promise.all([import('../render/json/envelope.js'), json()]);
    ctx.io.stdout.write(envelope(command, { at: ctx.options.at, timeZone: ctx.options.tz, ...frame }, payload));
  } else {
    ctx.io.stdout.write(await text());
  }
}
