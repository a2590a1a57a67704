// `wxhelp config [list | get <key> | set <key> <value> | unset <key>]`: the standing preferences
// (lang, region, needs, accessible). The run, with the writer of the file, is loaded only for config.
import { defineCommand, examples } from '../runtime/command.js';

export const configCommand = defineCommand({
  name: 'config',
  description: (h) => h.cmd.config,
  flags: (cmd, h) =>
    cmd
      .argument('[action]', h.arg.configAction)
      .argument('[words...]', h.arg.configWords)
      .addHelpText(
        'after',
        `${examples(h.examples, [
          'wxhelp config set region mainland',
          'wxhelp config set needs elderly',
          'wxhelp config set lang zh',
          'wxhelp config get region',
          'wxhelp config unset region',
          'wxhelp config list',
        ])}\n\n${h.notes.config}`,
      ),
  load: () => import('./config-run.js'),
});
