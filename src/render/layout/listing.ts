// A list of ids with a name and a description: a table where it fits the width, else the id and
// the name on one line and the description wrapped under them, so nothing runs past the terminal.
import { displayWidth, table } from '../terminal/table.js';
import { wrap } from './wrap.js';

export function listing(rows: readonly (readonly [string, string, string])[], columns: number, indent = '    '): string[] {
  const lines = table(rows);
  if (lines.every((line) => displayWidth(line) <= columns)) return lines;
  const heads = table(rows.map(([id, name]) => [id, name]));
  if (heads.every((line) => displayWidth(line) <= columns)) {
    return rows.flatMap(([, , description], i) => [heads[i] ?? '', ...(description === '' ? [] : wrap(description, columns, indent))]);
  }
  // Narrower still: the id alone, then the name and the description under it.
  return rows.flatMap(([id, name, description]) => [
    id,
    ...wrap(name, columns, indent),
    ...(description === '' ? [] : wrap(description, columns, indent)),
  ]);
}
