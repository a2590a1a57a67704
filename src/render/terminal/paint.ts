// What renderers colour with: chalk when colour is on, else a painter that leaves text as it is.
// Most runs have no colour (a pipe, --json, NO_COLOR); chalk builds its style tables when it loads
// (about half a millisecond of every start) and a new styler at each `paint.bold`, so it is loaded
// only for a run that colours.
import type { ChalkInstance } from 'chalk';

/** chalk's style names (test/render/paint.test.ts holds this list to chalk's own). */
export const STYLE_NAMES = [
  'reset',
  'bold',
  'dim',
  'italic',
  'underline',
  'overline',
  'inverse',
  'hidden',
  'strikethrough',
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
  'blackBright',
  'gray',
  'grey',
  'redBright',
  'greenBright',
  'yellowBright',
  'blueBright',
  'magentaBright',
  'cyanBright',
  'whiteBright',
  'bgBlack',
  'bgRed',
  'bgGreen',
  'bgYellow',
  'bgBlue',
  'bgMagenta',
  'bgCyan',
  'bgWhite',
  'bgBlackBright',
  'bgGray',
  'bgGrey',
  'bgRedBright',
  'bgGreenBright',
  'bgYellowBright',
  'bgBlueBright',
  'bgMagentaBright',
  'bgCyanBright',
  'bgWhiteBright',
] as const;

let plain: ChalkInstance | undefined;

/** A painter with chalk's styles (chained too) that returns the text unchanged, as chalk does at level 0. */
export function plainPaint(): ChalkInstance {
  if (plain === undefined) {
    const paint = (...text: unknown[]): string => (text.length === 1 ? `${text[0] as string}` : text.join(' '));
    const styles: PropertyDescriptorMap = { level: { value: 0, enumerable: true } };
    for (const name of STYLE_NAMES) styles[name] = { get: () => paint, enumerable: true };
    plain = Object.defineProperties(paint, styles) as unknown as ChalkInstance;
  }
  return plain;
}

/** The painter for a stream: chalk (loaded now) when `color`, else plainPaint(). */
export async function painter(color: boolean): Promise<ChalkInstance> {
  if (!color) return plainPaint();
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
