// `wxhelp remind <channel-id>`: an iCalendar event for the channel's next opening. The run (and
// the .ics writer) is a file of its own, loaded only for remind.
import { defineCommand, examples } from '../runtime/command.js';

export const remindCommand = defineCommand({
  name: 'remind',
  description: (h) => h.cmd.remind,
  flags: (cmd, h) =>
    cmd
      .argument('<channel-id>', h.arg.remindChannel)
      .option('--before <minutes>', h.opt.before)
      .addHelpText(
        'after',
        `${examples(h.examples, [
          'wxhelp remind hotline-overseas > next.ics',
          'wxhelp remind hotline-overseas --before 30 --tz Europe/London',
          'wxhelp remind wxpay-95017 --json | jq .event.start',
        ])}\n\n${h.notes.remindOpen}`,
      ),
  load: () => import('./remind-run.js'),
});
