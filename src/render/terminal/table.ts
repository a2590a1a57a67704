// Columns that line up with Chinese text: widths are display columns (string-width), not
// string lengths, and ANSI colour codes take no room.
import stringWidth from 'string-width';

// Intl.Segmenter (inside string-width too) takes time quadratic in the length of the string it
// walks on Node 20, so long text is measured in pieces cut where a grapheme boundary is certain.
const PIECE = 256;

/** Whether a grapheme always ends before code unit i: both neighbours are ASCII printables, CJK ideographs or U+200B. */
function plainBoundary(text: string, i: number): boolean {
  const plain = (c: number) => (c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || c === 0x200b;
  return plain(text.charCodeAt(i - 1)) && plain(text.charCodeAt(i));
}

/** [start, end) pieces of text, each short, cut only at certain grapheme boundaries where there is one. */
function* pieces(text: string): Generator<[number, number]> {
  let start = 0;
  while (text.length - start > PIECE) {
    let end = start + PIECE;
    const limit = Math.min(text.length, end + PIECE);
    while (end < limit && !plainBoundary(text, end)) end++;
    // No certain boundary nearby (thousands of combining marks): cut between code points.
    if (end === limit && end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    yield [start, end];
    start = end;
  }
  if (start < text.length) yield [start, text.length];
}

/** Display columns of text (string-width), in time linear in its length. */
export function displayWidth(text: string): number {
  if (text.length <= PIECE) return stringWidth(text);
  let total = 0;
  for (const [start, end] of pieces(text)) total += stringWidth(text.slice(start, end));
  return total;
}

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
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const room = width - 1; // the "…"
  let used = 0;
  let end = 0;
  for (const [start, stop] of pieces(text)) {
    const piece = text.slice(start, stop);
    const pieceWidth = stringWidth(piece);
    if (used + pieceWidth <= room) {
      used += pieceWidth;
      end = stop;
      continue;
    }
    // The cut falls in this piece: walk its graphemes.
    for (const { segment } of graphemes.segment(piece)) {
      used += stringWidth(segment);
      if (used > room) break;
      end += segment.length;
    }
    break;
  }
  return `${text.slice(0, end)}…`;
}
