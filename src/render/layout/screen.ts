// One screen: the blocks of an answer in order, the required ones always, the others while they
// fit in `maxLines` (a line kept for the hint that says how to see the rest). An optional block may
// give its lines as a function: they are laid out only if the screen gets that far (a catalog of
// 20,000 channels has 20,000 alternatives, and a screen shows a few).
export interface Block {
  lines: string[] | (() => string[]);
  /** Always shown (the answer itself). */
  required?: boolean;
}

/** A block's lines, laid out now if they were left for later. */
export const blockLines = (block: Block): string[] => (typeof block.lines === 'function' ? block.lines() : block.lines);

export const SCREEN_LINES = 24;

/** The blocks that fit, in order; `more` is the line added when something was left out. */
export function fitScreen(blocks: readonly Block[], more: string | null, maxLines = SCREEN_LINES): string[] {
  const required = blocks.filter((b) => b.required).reduce((n, b) => n + blockLines(b).length, 0);
  let room = maxLines - required - (more === null ? 0 : 1);
  const out: string[] = [];
  let omitted = false; // once a block is left out, the later ones are too: the order means something
  for (const block of blocks) {
    if (block.required) {
      out.push(...blockLines(block));
      continue;
    }
    if (omitted) continue; // not laid out at all
    const lines = blockLines(block);
    if (lines.length <= room) {
      out.push(...lines);
      room -= lines.length;
    } else if (lines.length > 0) omitted = true;
  }
  if (more !== null) out.push(more);
  return out;
}
