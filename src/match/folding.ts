// Whether text is read through the Traditional → Simplified table (src/match/traditional.ts). The
// table is a chunk of its own, loaded by loadFolding() only when some text to match is not ASCII
// (an English problem never loads it); until then, fold() leaves Chinese characters as they are.
import type { FoldTable } from './traditional.js';

let table: FoldTable | undefined;

/** The table when loaded. */
export function traditionalTable(): FoldTable | undefined {
  return table;
}

/** Whether any of these texts holds a character the table may fold (anything not ASCII). */
export function mayNeedFolding(...texts: readonly string[]): boolean {
  return texts.some((text) => /[^\x00-\x7f]/.test(text));
}

/** Loads the table (once). */
export async function loadFolding(): Promise<void> {
  if (table !== undefined) return;
  const { traditionalToSimplified } = await import('./traditional.js');
  table ??= traditionalToSimplified();
}
