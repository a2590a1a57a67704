// Whether a stream gets terminal hyperlinks (OSC 8). Decided once at the edge (program.ts) and
// handed to renderers as a boolean; renderers never look at the environment themselves. Kept
// apart from hyperlinks.ts so start-up loads only this.
import type { OutStream } from '../../io/types.js';

/** Asks the terminal library about a real stream (IO.hyperlinks: supports-hyperlinks, which reads the real process). */
export type HyperlinkDetector = (stream: OutStream) => Promise<boolean>;

/**
 * Whether to write hyperlinks to one stream. Never when its colour is off (which covers --json,
 * --no-color, NO_COLOR, TERM=dumb and pipes). FORCE_HYPERLINK=1 forces them on, =0 off; otherwise
 * a terminal (a TTY) is asked through `detect`; without a detector (tests, embedders) the answer is no.
 */
export async function hyperlinksEnabled(
  stream: OutStream,
  env: Readonly<Record<string, string | undefined>>,
  colour: boolean,
  detect?: HyperlinkDetector,
): Promise<boolean> {
  if (!colour) return false;
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return !(force === '0' || force.toLowerCase() === 'false');
  if (stream.isTTY !== true || detect === undefined) return false;
  try {
    return await detect(stream);
  } catch {
    return false;
  }
}
