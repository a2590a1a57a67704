// One screen of an answer: required blocks always, what was asked for before the extras, nothing
// left out without being counted, and an optional block given as a function laid out only if the
// screen gets that far.
import { describe, expect, it } from 'vitest';
import { fitScreen, RANK, type Block, type Counts } from '../../src/render/layout/screen.js';

const more = (omitted: Counts) => (Object.keys(omitted).length === 0 ? [] : [`more ${JSON.stringify(omitted)}`]);

describe('fitScreen', () => {
  it('keeps the order and the required blocks; what is left out is counted on the last line', () => {
    const blocks: Block[] = [
      { lines: ['head'], required: true },
      { lines: ['a', 'a'] },
      { lines: ['b', 'b', 'b'] },
      { lines: ['c'] },
      { lines: ['foot'], required: true },
    ];
    expect(fitScreen(blocks, { more, maxLines: 6 })).toEqual(['head', 'a', 'a', 'foot', 'more {"note":2}']);
    expect(fitScreen(blocks, { more, maxLines: 20 })).toEqual(['head', 'a', 'a', 'b', 'b', 'b', 'c', 'foot']);
  });

  it('a need and the steps outrank the extras; steps stop at the first that does not fit, and so do the extras', () => {
    const blocks: Block[] = [
      { lines: ['1. step'], required: true, rank: RANK.step, counts: 'step' },
      { lines: ['2. step', '   x'], rank: RANK.step, counts: 'step' },
      { lines: ['3. step', '   x', '   x'], rank: RANK.step, counts: 'step' },
      { lines: ['4. channel'], counts: 'channel' },
      { lines: ['need'], rank: RANK.need, counts: 'need' },
      { lines: ['where'], required: true },
    ];
    expect(fitScreen(blocks, { more, maxLines: 7 })).toEqual([
      '1. step',
      '2. step',
      '   x',
      'need',
      'where',
      'more {"step":1,"channel":1}',
    ]);
  });

  it('the legend when a marked block is shown', () => {
    const blocks: Block[] = [{ lines: ['a *'], required: true, marked: true }];
    expect(fitScreen(blocks, { more, legend: ['* legend'] })).toEqual(['a *', '* legend']);
  });

  it('lays out a lazy block only when the screen reaches it: 20,000 alternatives cost a screen, not 20,000 wraps', () => {
    let laidOut = 0;
    const lazy = (text: string): Block => ({
      lines: () => {
        laidOut++;
        return [text];
      },
      counts: 'channel',
    });
    const blocks: Block[] = [
      { lines: ['head'], required: true },
      ...Array.from({ length: 20_000 }, (_, i) => lazy(`alt ${i}`)),
      { lines: ['where'], required: true },
    ];
    const screen = fitScreen(blocks, { more: (o) => [`${o.channel ?? 0} more channels`] });
    expect(screen).toHaveLength(24);
    expect(screen.slice(0, 3)).toEqual(['head', 'alt 0', 'alt 1']);
    expect(screen.slice(-2)).toEqual(['where', '19979 more channels']);
    // The 21 that fit, and the one that did not.
    expect(laidOut).toBe(22);
  });
});
