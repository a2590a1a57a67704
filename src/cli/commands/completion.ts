// `wxhelp completion <shell>` prints a completion script; the hidden `wxhelp __complete <kind>` is
// what those scripts call on Tab. Both runs are in a file of their own, loaded only for them.
import { Argument } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../runtime/command.js';

export const completionCommand = defineCommand({
  name: 'completion',
  description: (h) => h.cmd.completion,
  flags: (cmd, h) =>
    cmd.addArgument(new Argument('<shell>', h.arg.shell).choices(['bash', 'zsh', 'fish'] as const)).addHelpText(
      'after',
      () =>
        `${examples(h.examples, [
          `echo 'eval "$(wxhelp completion bash)"' >> ~/.bashrc`,
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a zsh command line, expanded by zsh
          'wxhelp completion zsh > "${fpath[1]}/_wxhelp"',
          'wxhelp completion fish > ~/.config/fish/completions/wxhelp.fish',
        ])}\n\n${h.notes.completionIds}`,
    ),
  load: () => import('./completion-run.js'),
});

// What the completion scripts call on Tab: the current ids of one kind, "id<TAB>name" per line.
export const completeCommand = defineCommand({
  name: '__complete',
  description: () => '',
  hidden: true,
  flags: (cmd) => cmd.argument('<kind>'),
  load: async () => ({ run: (await import('./completion-run.js')).runComplete }),
});
