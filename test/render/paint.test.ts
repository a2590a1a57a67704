// Without colour, renderers paint with plainPaint(), not chalk: it must give exactly what chalk
// gives at level 0 (the text unchanged) for every style and chain, and know all of chalk's styles.
import { backgroundColorNames, Chalk, foregroundColorNames, modifierNames } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { painter, plainPaint, STYLE_NAMES } from '../../src/render/terminal/paint.js';

const chalk0 = new Chalk({ level: 0 });

describe('the painter without colour', () => {
  it("knows exactly chalk's style names", () => {
    expect([...STYLE_NAMES].sort()).toEqual([...modifierNames, ...foregroundColorNames, ...backgroundColorNames].sort());
  });

  it('gives what chalk at level 0 gives, for every style, chained, with any arguments', () => {
    const plain = plainPaint() as unknown as Record<string, unknown>;
    const level0 = chalk0 as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...STYLE_NAMES), { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(undefined), fc.constant('')), { maxLength: 3 }),
        (chain, args) => {
          const styled = (root: Record<string, unknown>) =>
            chain.reduce((p, name) => p[name] as Record<string, unknown>, root) as unknown as (...a: unknown[]) => string;
          expect(styled(plain)(...args)).toBe(styled(level0)(...args));
        },
      ),
      { numRuns: 500 },
    );
    expect(plainPaint().level).toBe(0);
  });

  it('chalk is the painter only when colour is on', async () => {
    expect(await painter(false)).toBe(plainPaint());
    const colored = await painter(true);
    expect(colored.level).toBe(1);
    expect(colored.bold.red('x')).toBe('\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
  });
});
