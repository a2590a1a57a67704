// `wxhelp validate [file]`: every problem of a catalog with its position. The run is a file of
// its own, loaded only for validate.
import { defineCommand, examples } from '../runtime/command.js';

export const validateCommand = defineCommand({
  name: 'validate',
  description: (h) => h.cmd.validate,
  flags: (cmd, h) =>
    cmd
      .argument('[file]', h.arg.file)
      .addHelpText(
        'after',
        () =>
          `${examples(h.examples, ['wxhelp validate ~/.config/wxhelp/channels.yaml', 'wxhelp validate my.yaml --json'])}\n\n${h.catalogOrder.join('\n')}`,
      ),
  load: () => import('./validate-run.js'),
});
