// `wxhelp ask`: the guided flow. Its run, with the prompt library, is a file of its own, loaded
// only for ask.
import { defineCommand, examples } from '../runtime/command.js';

export const askCommand = defineCommand({
  name: 'ask',
  description: (h) => h.cmd.ask,
  flags: (cmd, h) => cmd.addHelpText('after', () => examples(h.example, ['wxhelp ask --tz Europe/London'])),
  load: () => import('./ask-run.js'),
});
