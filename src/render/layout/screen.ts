// One screen: the blocks of an answer in their order, the required ones always, then what the
// user asked for (a need's lines, the emergency's steps, what to have ready) before the extras,
// while they fit in `maxLines`. Nothing is left out silently: the last line counts what was
// ("2 more steps and 1 channel: --verbose"). An optional block may give its lines as a function:
// they are laid out only if the screen gets that far (a catalog of 20,000 channels has 20,000
// alternatives, and a screen shows a few).

/** What a left-out block counts as on the last line. */
export type Omitted = 'step' | 'channel' | 'need' | 'ready' | 'note';

export interface Block {
  lines: string[] | (() => string[]);
  /** Always shown (the answer itself, the region line). */
  required?: boolean;
  /** Which blocks go first when not all fit: lower first (default: an extra, after everything asked for). */
  rank?: number;
  /** What it counts as when left out (default: a note). */
  counts?: Omitted;
  /** It carries the unconfirmed mark, so the legend is shown when it is. */
  marked?: boolean;
}

/** Ranks for what the user asked for; extras take EXTRA. */
export const RANK = { need: 1, step: 2, ready: 3, extra: 10 } as const;

/** A block's lines, laid out now if they were left for later. */
export const blockLines = (block: Block): string[] => (typeof block.lines === 'function' ? block.lines() : block.lines);

/** Whether a block has anything to show (one left for later is taken to). */
const shows = (block: Block): boolean => typeof block.lines === 'function' || block.lines.length > 0;

export const SCREEN_LINES = 24;

export type Counts = Partial<Record<Omitted, number>>;

export interface Fit {
  /** The last lines, given what was left out (already wrapped); none when there is nothing to say. */
  more: (omitted: Counts) => string[];
  /** The legend's lines, shown after the kept blocks when one of them is marked. */
  legend?: string[];
  maxLines?: number;
}

/** The blocks that fit, in their order, then the legend (when used) and the line that counts the rest. */
export function fitScreen(blocks: readonly Block[], fit: Fit): string[] {
  const maxLines = fit.maxLines ?? SCREEN_LINES;
  const count = (counts: Counts, block: Block) => {
    const kind = block.counts ?? 'note';
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  const everything: Counts = {};
  for (const b of blocks) if (!b.required && shows(b)) count(everything, b);
  const legend = fit.legend ?? [];
  const laid = new Map<Block, string[]>();
  const linesOf = (b: Block) => laid.get(b) ?? laid.set(b, blockLines(b)).get(b)!;
  const required = blocks.filter((b) => b.required).reduce((n, b) => n + linesOf(b).length, 0);
  // Room for the counting line as long as it can be (every block left out), and for the legend
  // when anything could carry the mark.
  const marked = blocks.some((b) => b.marked);
  let room = maxLines - required - fit.more(everything).length - (marked ? legend.length : 0);
  const kept = new Set<Block>();
  const stopped = new Set<string>(); // a kind once left out stays out: numbering and order mean something
  const order = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => !block.required && shows(block))
    .sort((a, b) => (a.block.rank ?? RANK.extra) - (b.block.rank ?? RANK.extra) || a.index - b.index);
  for (const { block } of order) {
    const rank = block.rank ?? RANK.extra;
    const kind = rank >= RANK.extra ? 'extra' : (block.counts ?? 'note');
    // Extras only when everything asked for is shown: a channel numbered after step 3 when step 4 is
    // left out would read as step 4.
    if (kind === 'extra' && stopped.size > 0) stopped.add(kind);
    if (!stopped.has(kind) && linesOf(block).length <= room) {
      kept.add(block);
      room -= linesOf(block).length;
    } else stopped.add(kind);
  }
  const omitted: Counts = {};
  const out: string[] = [];
  for (const block of blocks) {
    if (block.required || kept.has(block)) out.push(...linesOf(block));
    else if (shows(block)) count(omitted, block);
  }
  if (blocks.some((b) => b.marked && (b.required || kept.has(b)))) out.push(...legend);
  out.push(...fit.more(omitted));
  return out;
}

/** Whether anything was left out. */
export const anyOmitted = (omitted: Counts): boolean => Object.values(omitted).some((n) => (n ?? 0) > 0);
