// `wxhelp remind <channel-id>`: an iCalendar event for the channel's next opening. The run (and
// the .ics writer) is a file of its own, loaded only for remind.
import { Option } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../runtime/command.js';

export const remindCommand = defineCommand({
  name: 'remind',
  description: (h) => h.cmd.remind,
  flags: (cmd, h) =>
    cmd
      .argument('<channel-id>', h.arg.remindChannel)
      .option('--before <minutes>', h.opt.before)
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .addHelpText(
        'after',
        () =>
          `${examples(h.examples, [
            'wxhelp remind wxpay-95017 > next.ics',
            'wxhelp remind hotline --before 30 --tz Europe/London',
            'wxhelp remind wxpay-95017 --json | jq .event.start',
          ])}\n\n${h.notes.remindOpen}`,
      ),
  load: () => import('./remind-run.js'),
});
