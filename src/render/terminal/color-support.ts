import type { OutStream } from '../../io/types.js';

/**
 * Whether to colour one stream. chalk alone ignores NO_COLOR, so the decision is made here:
 * --json and --no-color always win; FORCE_COLOR (other than 0/false) forces it on;
 * NO_COLOR (non-empty), TERM=dumb and a stream that is not a terminal turn it off.
 */
export function colorEnabled(
  stream: OutStream,
  env: Record<string, string | undefined>,
  flags: { json: boolean; noColor: boolean },
): boolean {
  if (flags.json || flags.noColor) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force.toLowerCase() === 'false') return false;
    return true;
  }
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
