// One screen of an answer: required blocks always, optional ones in order while they fit, and an
// optional block given as a function laid out only if the screen gets that far.
import { describe, expect, it } from 'vitest';
import { fitScreen, type Block } from '../../src/render/layout/screen.js';

describe('fitScreen', () => {
  it('keeps the order, the required blocks, and stops at the first optional block that does not fit', () => {
    const blocks: Block[] = [{ lines: ['head'], required: true }, { lines: ['a', 'a'] }, { lines: ['b', 'b', 'b'] }, { lines: ['c'] }, { lines: ['foot'], required: true }];
    expect(fitScreen(blocks, 'more', 6)).toEqual(['head', 'a', 'a', 'foot', 'more']);
    expect(fitScreen(blocks, null, 20)).toEqual(['head', 'a', 'a', 'b', 'b', 'b', 'c', 'foot']);
  });

  it('lays out a lazy block only when the screen reaches it: 20,000 alternatives cost a screen, not 20,000 wraps', () => {
    let laidOut = 0;
    const lazy = (text: string): Block => ({
      lines: () => {
        laidOut++;
        return [text];
      },
    });
    const blocks: Block[] = [{ lines: ['head'], required: true }, ...Array.from({ length: 20_000 }, (_, i) => lazy(`alt ${i}`)), { lines: ['where'], required: true }];
    const screen = fitScreen(blocks, 'more', 24);
    expect(screen).toHaveLength(24);
    expect(screen.slice(0, 3)).toEqual(['head', 'alt 0', 'alt 1']);
    expect(screen.slice(-2)).toEqual(['where', 'more']);
    // The 21 that fit, and the one that did not.
    expect(laidOut).toBe(22);
  });
});
