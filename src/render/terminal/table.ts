// Columns that line up with Chinese text: widths are display columns (displayWidth), not
// string lengths, and ANSI colour codes take no room.
import { displayWidth, pieces, plainFit } from './width.js';

export { displayWidth };

export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

/** Rows of cells → lines, each column as wide as its widest cell, separated by two spaces. */
export function table(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0)))
      .join(gap)
      .trimEnd(),
  );
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Cut to at most `width` display columns, ending in "…" when cut. Linear in the text: each
 * grapheme (a CJK character, an emoji with its modifiers, a letter with its combining marks) is
 * measured once, and a cut never splits one.
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const room = width - 1; // the "…"
  // Only characters that stand alone (most names): cut without the segmenter.
  const plain = plainFit(text, room);
  if (plain !== undefined) return `${text.slice(0, plain)}…`;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let used = 0;
  let end = 0;
  for (const [start, stop] of pieces(text)) {
    const piece = text.slice(start, stop);
    const pieceWidth = displayWidth(piece);
    if (used + pieceWidth <= room) {
      used += pieceWidth;
      end = stop;
      continue;
    }
    // The cut falls in this piece: walk its graphemes.
    for (const { segment } of graphemes.segment(piece)) {
      used += displayWidth(segment);
      if (used > room) break;
      end += segment.length;
    }
    break;
  }
  return `${text.slice(0, end)}…`;
}
