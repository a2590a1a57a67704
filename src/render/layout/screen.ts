// One screen: the blocks of an answer in order, the required ones always, the others while they
// fit in `maxLines` (a line kept for the hint that says how to see the rest).
export interface Block {
  lines: string[];
  /** Always shown (the answer itself). */
  required?: boolean;
}

export const SCREEN_LINES = 24;

/** The blocks that fit, in order; `more` is the line added when something was left out. */
export function fitScreen(blocks: readonly Block[], more: string | null, maxLines = SCREEN_LINES): string[] {
  const required = blocks.filter((b) => b.required).reduce((n, b) => n + b.lines.length, 0);
  let room = maxLines - required - (more === null ? 0 : 1);
  const out: string[] = [];
  let omitted = false; // once a block is left out, the later ones are too: the order means something
  for (const block of blocks) {
    if (block.required) out.push(...block.lines);
    else if (!omitted && block.lines.length <= room) {
      out.push(...block.lines);
      room -= block.lines.length;
    } else if (block.lines.length > 0) omitted = true;
  }
  if (more !== null) out.push(more);
  return out;
}
