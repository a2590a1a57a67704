// `wxhelp help exit-codes` (and `wxhelp exit-codes`): what each exit code means. It reads no
// option and no catalog.
import { defineCommand, type HelpText } from '../runtime/command.js';

const exitCodes = (h: HelpText) => [h.exitCodesTitle, ...h.exitCodes.map(([code, meaning]) => `  ${code.padEnd(4)} ${meaning}`)].join('\n');

export const exitCodesCommand = defineCommand({
  name: 'exit-codes',
  description: (h) => h.exitCodesCommand,
  hidden: true,
  flags: (cmd, h) => cmd.addHelpText('after', `\n${exitCodes(h)}`),
  plain: ({ io }, h) => {
    io.stdout.write(`${exitCodes(h)}\n`);
  },
});
