// Help topics: `wxhelp help exit-codes` and `wxhelp help environment` (also `wxhelp exit-codes`,
// `wxhelp environment`) print their text and nothing else — no usage line, no options. They read
// no option and no catalog.
import { wrap } from '../../render/layout/wrap.js';
import { displayWidth } from '../../render/terminal/width.js';
import { defineCommand, type HelpText } from '../runtime/command.js';
import { terminalColumns } from '../runtime/context.js';

/**
 * A title, then one row per entry: the name in a column as wide as the widest, its meaning after
 * it, wrapped to the terminal; where the name column leaves too little room, the meaning goes on
 * the lines below the name.
 */
function table(title: string, rows: readonly (readonly [string, string])[], columns: number): string {
  const nameWidth = Math.max(...rows.map(([name]) => displayWidth(name)));
  const beside = columns - 2 - nameWidth - 2 >= 30;
  const lines = [title];
  for (const [name, meaning] of rows) {
    if (beside) {
      const first = `  ${name}${' '.repeat(nameWidth - displayWidth(name))}  `;
      lines.push(...wrap(meaning, columns, first, ' '.repeat(2 + nameWidth + 2)));
    } else {
      lines.push(`  ${name}`, ...wrap(meaning, columns, '      '));
    }
  }
  return lines.join('\n');
}

const exitCodes = (h: HelpText, columns = 80) => table(h.exitCodesTitle, h.exitCodes, columns);
const environment = (h: HelpText, columns = 80) => table(h.environmentTitle, h.environment, columns);

export const exitCodesCommand = defineCommand({
  name: 'exit-codes',
  description: (h) => h.exitCodesCommand,
  hidden: true,
  flags: (cmd, h) => cmd.addHelpText('after', () => `\n${exitCodes(h)}`),
  plain: ({ io }, h) => {
    io.stdout.write(`${exitCodes(h, terminalColumns(io))}\n`);
  },
});

export const environmentCommand = defineCommand({
  name: 'environment',
  description: (h) => h.environmentCommand,
  hidden: true,
  flags: (cmd, h) => cmd.addHelpText('after', () => `\n${environment(h)}`),
  plain: ({ io }, h) => {
    io.stdout.write(`${environment(h, terminalColumns(io))}\n`);
  },
});

/** The help topics: `wxhelp help <topic>` prints the topic's text alone. */
export const HELP_TOPICS = [exitCodesCommand, environmentCommand] as const;
