// Prints a command's result: the JSON envelope with --json, else the human rendering. The text
// side is imported only when chosen, so `--json` never loads the table and width code.
import { envelope, type Frame } from '../../render/json/envelope.js';
import type { Context } from './context.js';

export async function emit(
  ctx: Context,
  command: string,
  frame: Omit<Frame, 'at' | 'timeZone'>,
  json: () => Record<string, unknown>,
  text: () => Promise<string>,
): Promise<void> {
  if (ctx.options.json) {
    const payload = json();
    const catalog = ctx.catalogWarnings ?? [];
    // Catalog warnings join the envelope's `warnings` (before a payload's own, e.g. recommend's).
    const own = Array.isArray(payload.warnings) ? (payload.warnings as unknown[]) : [];
    const body = catalog.length > 0 ? { ...payload, warnings: [...catalog, ...own] } : payload;
    ctx.io.stdout.write(envelope(command, { at: ctx.options.at, timeZone: ctx.options.tz, ...frame }, body));
  } else {
    ctx.io.stdout.write(await text());
  }
}
