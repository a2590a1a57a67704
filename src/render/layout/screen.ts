// One screen: the blocks of an answer in their order, the required ones always, then what the
// user asked for (a need's lines, the emergency's steps, what to have ready) before the extras,
// while they fit in `maxLines`. Nothing is left out silently: the last line counts what was
// ("2 more steps and 1 channel: --verbose").

/** What a left-out block counts as on the last line. */
export type Omitted = 'step' | 'channel' | 'need' | 'ready' | 'note';

export interface Block {
  lines: string[];
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
  const everything: Counts = {};
  for (const b of blocks) if (!b.required && b.lines.length > 0) everything[b.counts ?? 'note'] = (everything[b.counts ?? 'note'] ?? 0) + 1;
  const legend = fit.legend ?? [];
  const required = blocks.filter((b) => b.required).reduce((n, b) => n + b.lines.length, 0);
  // Room for the counting line as long as it can be (every block left out), and for the legend
  // when anything could carry the mark.
  const marked = blocks.some((b) => b.marked);
  let room = maxLines - required - fit.more(everything).length - (marked ? legend.length : 0);
  const kept = new Set<Block>();
  const stopped = new Set<string>(); // a kind once left out stays out: numbering and order mean something
  const order = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block }) => !block.required && block.lines.length > 0)
    .sort((a, b) => (a.block.rank ?? RANK.extra) - (b.block.rank ?? RANK.extra) || a.index - b.index);
  for (const { block } of order) {
    const rank = block.rank ?? RANK.extra;
    const kind = rank >= RANK.extra ? 'extra' : (block.counts ?? 'note');
    // Extras only when everything asked for is shown: a channel numbered after step 3 when step 4 is
    // left out would read as step 4.
    if (kind === 'extra' && stopped.size > 0) stopped.add(kind);
    if (!stopped.has(kind) && block.lines.length <= room) {
      kept.add(block);
      room -= block.lines.length;
    } else stopped.add(kind);
  }
  const omitted: Counts = {};
  const out: string[] = [];
  for (const block of blocks) {
    if (block.required || kept.has(block)) out.push(...block.lines);
    else if (block.lines.length > 0) omitted[block.counts ?? 'note'] = (omitted[block.counts ?? 'note'] ?? 0) + 1;
  }
  if (blocks.some((b) => b.marked && (b.required || kept.has(b)))) out.push(...legend);
  out.push(...fit.more(omitted));
  return out;
}

/** Whether anything was left out. */
export const anyOmitted = (omitted: Counts): boolean => Object.values(omitted).some((n) => (n ?? 0) > 0);
