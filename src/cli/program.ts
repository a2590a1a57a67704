// The command tree. The one-shot commands are thin files bundled with the entry: each extra
// module costs a one-shot run about a millisecond to load, more than their code does. What only
// some runs need is imported when needed: the prompt library (ask), the YAML parser (validate, and
// any catalog but the unmodified built-in one), the text renderers, completion.
import { Argument, Command, Option } from 'commander';
import { hyperlinksEnabled } from '../render/terminal/hyperlink-support.js';
import * as channels from './commands/channels.js';
import * as emergency from './commands/emergency.js';
import * as hours from './commands/hours.js';
import * as phone from './commands/phone.js';
import * as recommend from './commands/recommend.js';
import * as topics from './commands/topics.js';
import { createContext, resolveGlobalOptions, type Context, type RawGlobalOptions } from './context.js';
import type { IO } from './io.js';

export type CommandRunner = (ctx: Context, opts: Record<string, unknown>, args: unknown[]) => Promise<number>;

/** The command's module: bundled in (returned as is) or imported on first use (a promise). */
type Loader = () => Promise<{ run: CommandRunner }> | { run: CommandRunner };

export interface ProgramResult {
  exitCode: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(io: IO, version: string, result: ProgramResult): Command {
  const program = new Command('wxhelp');

  const runs = (load: Loader) =>
    async function action(this: Command, ...args: unknown[]) {
      const raw = this.optsWithGlobals<RawGlobalOptions>();
      const ctx = createContext(io, resolveGlobalOptions(raw, io));
      // Hyperlinks only where colour is on (never with --json, --no-color or a pipe); the
      // terminal library is loaded only then.
      const [mod, links] = await Promise.all([load(), hyperlinksEnabled(io.stdout, io.env, ctx.paint.level > 0, io.hyperlinks)]);
      ctx.hyperlinks = links;
      result.exitCode = await mod.run(ctx, this.opts(), args.slice(0, -2));
    };

  program
    .description('Which WeChat support channel to use for your problem, right now.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--json', 'print one JSON object on stdout (no colour, never a prompt)')
    .option('--at <datetime>', 'evaluate as if now were this ISO 8601 time (default: now)')
    .option('--tz <zone>', 'your IANA time zone (default: the system zone)')
    .option('--lang <zh|en>', 'output language (default from LC_ALL, LC_MESSAGES, LANG)')
    .option('--channels <file>', 'use this catalog instead of the built-in channels.yaml')
    .option('--no-color', 'no colour (also off with NO_COLOR, TERM=dumb, or when not a terminal)')
    .option('--no-cache', 'parse the catalog afresh, without the cache of validated catalogs (also WXHELP_NO_CACHE=1)')
    .showSuggestionAfterError(true)
    .helpCommand(false)
    .addHelpText(
      'after',
      `
Examples:
  $ wxhelp ask                                 guided: answer a few questions
  $ wxhelp recommend --topic account-security --urgent
  $ wxhelp phone --overseas                    the line to call from abroad, open or not
  $ wxhelp channels --tz Europe/Berlin         every channel and its state now
  $ wxhelp hours app-help --days 3             when people answer, as a timeline
  $ wxhelp emergency stolen                    what to do first if your account is stolen
  $ wxhelp --json phone --payment | jq .line.number
  $ eval "$(wxhelp completion bash)"            Tab-completion for commands, flags and ids`,
    );

  program
    .command('ask')
    .description('interactive guidance (needs a terminal)')
    .addHelpText('after', '\nExample:\n  $ wxhelp ask --tz Europe/London')
    .action(runs(() => import('./commands/ask.js')));

  program
    .command('recommend')
    .description('one-shot recommendation for a problem')
    .argument('[problem...]', 'the problem in your own words, Chinese or English')
    .option('--topic <id>', 'the problem as a topic id (see `wxhelp topics`); wins over the words')
    .addOption(new Option('--urgent', 'it is urgent (money or account at risk now)').conflicts('notUrgent'))
    .addOption(new Option('--not-urgent', 'it is not urgent, even for a topic that usually is'))
    .addOption(new Option('--overseas', 'you are outside mainland China (default: from your time zone)').conflicts('mainland'))
    .addOption(new Option('--mainland', 'you are in mainland China (default: from your time zone)'))
    .option('--need <need>', 'elderly, visually-impaired or enterprise (repeatable)', collect)
    .option('--limit <n>', 'show at most n channels')
    .option('--verbose', 'everything: sources, disagreements, modes, statistics')
    .addHelpText(
      'after',
      `
Examples:
  $ wxhelp recommend --topic general
  $ wxhelp recommend --topic payment-appeal --overseas --limit 2
  $ wxhelp recommend --topic account-unblock --need elderly --json`,
    )
    .action(runs(() => recommend as { run: CommandRunner }));

  program
    .command('phone')
    .description('the number to call now, with its hours')
    .addOption(new Option('--overseas', 'you are calling from outside mainland China (default: from your time zone)').conflicts('mainland'))
    .addOption(new Option('--mainland', 'you are calling from mainland China (default: from your time zone)'))
    .addOption(new Option('--payment', 'a payment problem (WeChat Pay / Tenpay)').conflicts('topic'))
    .option('--topic <id>', 'the line for this topic')
    .option('--verbose', 'everything: sources, disagreements, notes')
    .addHelpText(
      'after',
      `
Examples:
  $ wxhelp phone
  $ wxhelp phone --overseas --tz America/Los_Angeles
  $ wxhelp phone --payment --json`,
    )
    .action(runs(() => phone as { run: CommandRunner }));

  program
    .command('channels')
    .description('every channel and phone line, and its state now')
    .option('--verbose', 'everything: sources, disagreements, what each is good at')
    .addHelpText('after', '\nExamples:\n  $ wxhelp channels\n  $ wxhelp channels --json --at 2026-11-28T20:00+08:00')
    .action(runs(() => channels as { run: CommandRunner }));

  program
    .command('hours')
    .description("service windows as a 24-hour timeline in your zone")
    .argument('[channel-id]', 'one channel (default: all)')
    .option('--days <n>', 'how many days to show (default 1)')
    .addHelpText('after', '\nExamples:\n  $ wxhelp hours\n  $ wxhelp hours hotline-overseas --days 7 --tz Europe/Paris')
    .action(runs(() => hours as { run: CommandRunner }));

  program
    .command('emergency')
    .description('what to do right now, step by step')
    .argument('[kind]', 'stolen, funds or leak (default: list them)')
    .addOption(new Option('--overseas', 'you are outside mainland China (default: from your time zone)').conflicts('mainland'))
    .addOption(new Option('--mainland', 'you are in mainland China (default: from your time zone)'))
    .option('--verbose', 'everything: sources, notes, statistics')
    .addHelpText('after', '\nExamples:\n  $ wxhelp emergency stolen\n  $ wxhelp emergency funds --json')
    .action(runs(() => emergency as { run: CommandRunner }));

  program
    .command('topics')
    .description('the topic ids and what each covers')
    .addHelpText('after', '\nExample:\n  $ wxhelp topics --lang zh')
    .action(runs(() => topics as { run: CommandRunner }));

  program
    .command('validate')
    .description('check a catalog file; errors as file:line:col')
    .argument('[file]', 'the catalog to check (default: the one in use)')
    .addHelpText('after', '\nExamples:\n  $ wxhelp validate ~/.config/wxhelp/channels.yaml\n  $ wxhelp validate my.yaml --json')
    .action(runs(() => import('./commands/validate.js')));

  const completion = () => import('./commands/completion.js');
  program
    .command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      `
Examples:
  $ echo 'eval "$(wxhelp completion bash)"' >> ~/.bashrc
  $ wxhelp completion zsh > "\${fpath[1]}/_wxhelp"
  $ wxhelp completion fish > ~/.config/fish/completions/wxhelp.fish

Ids (topics, needs, channels, emergencies) are read from the catalog in use each time you press
Tab, so they follow your catalog and --channels; the ids at generation time are a fallback.`,
    )
    .action(
      runs(async () => {
        const m = await completion();
        return { run: (ctx, opts, args) => m.run(ctx, opts, args, program, version) };
      }),
    );

  // What the completion scripts call on Tab: the current ids of one kind, "id<TAB>name" per line.
  program
    .command('__complete', { hidden: true })
    .argument('<kind>')
    .action(runs(async () => ({ run: (await completion()).runComplete })));

  return program;
}
