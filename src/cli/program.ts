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
import type { Lang } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';
import type { IO } from './io.js';
import { preferencesError, type LoadedPreferences } from './preferences.js';

export type CommandRunner = (ctx: Context, opts: Record<string, unknown>, args: unknown[]) => Promise<number>;

/** The command's module: bundled in (returned as is) or imported on first use (a promise). */
type Loader = () => Promise<{ run: CommandRunner }> | { run: CommandRunner };

export interface ProgramResult {
  exitCode: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** An "Examples:" section: one `$ command` per line, with a short note aligned after it. */
function examples(title: string, lines: readonly (string | readonly [string, string])[]): string {
  const width = Math.max(...lines.map((l) => (typeof l === 'string' ? 0 : l[0].length)));
  const rows = lines.map((l) => (typeof l === 'string' ? `  $ ${l}` : `  $ ${l[0].padEnd(width)}   ${l[1]}`));
  return `\n${title}\n${rows.join('\n')}`;
}

/**
 * Given the program with its global options only, the one command this run can use, if that is
 * all it can use (a run of `phone` shows nothing of the other commands but their names).
 */
export type OnlyCommand = (globals: Command) => string | undefined;

/**
 * The command tree. With `onlyCommand` naming a command, that command alone is built: a one-shot
 * run does not pay for commands it will not run (help, completion and the rest get the whole tree).
 */
export function buildProgram(
  io: IO,
  version: string,
  result: ProgramResult,
  lang: Lang = 'en',
  onlyCommand?: OnlyCommand,
  preferences: LoadedPreferences = { prefs: { file: '', lines: {} } },
): Command {
  const h = messages(lang).help;
  const program = new Command('wxhelp');

  const runs = (load: Loader) =>
    async function action(this: Command, ...args: unknown[]) {
      const raw = this.optsWithGlobals<RawGlobalOptions>();
      // A broken preferences file stops every command but `config`, which is how it is mended.
      if (preferences.error && this.name() !== 'config') throw preferencesError(preferences.error, resolveGlobalOptions(raw, io).lang);
      const ctx = await createContext(io, resolveGlobalOptions(raw, io, preferences.prefs));
      // Hyperlinks only where colour is on (never with --json, --no-color or a pipe); the
      // terminal library is loaded only then.
      const [mod, links] = await Promise.all([load(), hyperlinksEnabled(io.stdout, io.env, ctx.paint.level > 0, io.hyperlinks)]);
      ctx.hyperlinks = links;
      result.exitCode = await mod.run(ctx, this.opts(), args.slice(0, -2));
    };

  const exitCodes = [h.exitCodesTitle, ...h.exitCodes.map(([code, meaning]) => `  ${code.padEnd(4)} ${meaning}`)].join('\n');

  // Help in the user's language: commander's section titles too; every command's help lists
  // the global options (settings are copied to the commands created below).
  // An argument's description already names its choices (commander would add "(choices: …)" in English).
  program.configureHelp({
    showGlobalOptions: true,
    styleTitle: (title) => h.titles[title] ?? title,
    argumentDescription: (argument) => argument.description,
  });
  program
    .description(h.program)
    .version(`wxhelp ${version}`, '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .option('--json', h.global.json)
    .option('--at <datetime>', h.global.at)
    .option('--tz <zone>', h.global.tz)
    .option('--lang <zh|en>', h.global.lang)
    .option('--channels <file>', h.global.channels)
    .option('--no-color', h.global.noColor)
    .option('--no-cache', h.global.noCache)
    .showSuggestionAfterError(true)
    .helpCommand('help [command]', h.helpCommand)
    .addHelpText(
      'after',
      `${examples(h.examples, [
        ['wxhelp ask', h.notes.askExample],
        'wxhelp recommend --topic account-security --urgent',
        ['wxhelp phone --overseas', h.notes.phoneOverseas],
        ['wxhelp channels --tz Europe/Berlin', h.notes.channels],
        ['wxhelp hours app-help --days 3', h.notes.hours],
        ['wxhelp remind hotline-overseas > next.ics', h.notes.remind],
        ['wxhelp emergency stolen', h.notes.emergency],
        'wxhelp --json phone --payment | jq .line.number',
        ['eval "$(wxhelp completion bash)"', h.notes.completion],
      ])}

${h.catalogOrder.join('\n')}

${h.exitCodesShort}`,
    );

  /** The commands, defined below and built at the end (only the one a run names, when it names one). */
  const commands: { name: string; description: string; define: (cmd: Command) => unknown; settings?: { hidden: boolean } }[] = [];
  const command = (name: string, description: string, define: (cmd: Command) => unknown, settings?: { hidden: boolean }) => {
    commands.push({ name, description, define, ...(settings === undefined ? {} : { settings }) });
  };

  command('ask', h.cmd.ask, (cmd) =>
    cmd.addHelpText('after', examples(h.example, ['wxhelp ask --tz Europe/London'])).action(runs(() => import('./commands/ask.js'))),
  );

  command('recommend', h.cmd.recommend, (cmd) =>
    cmd
      .argument('[problem...]', h.arg.problem)
      .option('--topic <id>', h.opt.topic)
      .addOption(new Option('--urgent', h.opt.urgent).conflicts('notUrgent'))
      .addOption(new Option('--not-urgent', h.opt.notUrgent))
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .option('--need <need>', h.opt.need, collect)
      .option('--limit <n>', h.opt.limit)
      .option('--verbose', h.opt.verbose)
      .addHelpText(
        'after',
        examples(h.examples, [
          'wxhelp recommend 我的微信号被盗了',
          'wxhelp recommend --topic general',
          'wxhelp recommend --topic payment-appeal --overseas --limit 2',
          'wxhelp recommend --topic account-unblock --need elderly --json',
        ]),
      )
      .action(runs(() => recommend as { run: CommandRunner })),
  );

  command('phone', h.cmd.phone, (cmd) =>
    cmd
      .addOption(new Option('--overseas', h.opt.phoneOverseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.phoneMainland))
      .addOption(new Option('--payment', h.opt.payment).conflicts('topic'))
      .option('--topic <id>', h.opt.phoneTopic)
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', examples(h.examples, ['wxhelp phone', 'wxhelp phone --overseas --tz America/Los_Angeles', 'wxhelp phone --payment --json']))
      .action(runs(() => phone as { run: CommandRunner })),
  );

  command('channels', h.cmd.channels, (cmd) =>
    cmd
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', examples(h.examples, ['wxhelp channels', 'wxhelp channels --json --at 2026-11-28T20:00+08:00']))
      .action(runs(() => channels as { run: CommandRunner })),
  );

  command('hours', h.cmd.hours, (cmd) =>
    cmd
      .argument('[channel-id]', h.arg.hoursChannel)
      .option('--days <n>', h.opt.days)
      .addHelpText('after', examples(h.examples, ['wxhelp hours', 'wxhelp hours hotline-overseas --days 7 --tz Europe/Paris']))
      .action(runs(() => hours as { run: CommandRunner })),
  );

  command('remind', h.cmd.remind, (cmd) =>
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
      )
      .action(runs(() => import('./commands/remind.js'))),
  );

  command('emergency', h.cmd.emergency, (cmd) =>
    cmd
      .argument('[kind]', h.arg.kind)
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', examples(h.examples, ['wxhelp emergency stolen', 'wxhelp emergency funds --json']))
      .action(runs(() => emergency as { run: CommandRunner })),
  );

  command('topics', h.cmd.topics, (cmd) =>
    cmd.addHelpText('after', examples(h.example, ['wxhelp topics --lang zh'])).action(runs(() => topics as { run: CommandRunner })),
  );

  command('validate', h.cmd.validate, (cmd) =>
    cmd
      .argument('[file]', h.arg.file)
      .addHelpText('after', `${examples(h.examples, ['wxhelp validate ~/.config/wxhelp/channels.yaml', 'wxhelp validate my.yaml --json'])}\n\n${h.catalogOrder.join('\n')}`)
      .action(runs(() => import('./commands/validate.js'))),
  );

  const completion = () => import('./commands/completion.js');
  command('completion', h.cmd.completion, (cmd) =>
    cmd
      .addArgument(new Argument('<shell>', h.arg.shell).choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        `${examples(h.examples, [
          `echo 'eval "$(wxhelp completion bash)"' >> ~/.bashrc`,
          'wxhelp completion zsh > "${fpath[1]}/_wxhelp"',
          'wxhelp completion fish > ~/.config/fish/completions/wxhelp.fish',
        ])}\n\n${h.notes.completionIds}`,
      )
      .action(
        runs(async () => {
          const m = await completion();
          return { run: (ctx, opts, args) => m.run(ctx, opts, args, program, version) };
        }),
      ),
  );

  command('config', h.cmd.config, (cmd) =>
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
      )
      .action(runs(() => import('./commands/config.js'))),
  );

  const files = () => import('./commands/catalog-files.js');
  command('catalog', h.cmd.catalog, (catalog) => {
    catalog.addHelpText('after', examples(h.examples, ['wxhelp catalog init', 'wxhelp catalog init ./my-channels.yaml --force']));
    catalog
      .command('init')
      .description(h.cmd.catalogInit)
      .argument('[path]', h.arg.initPath)
      .option('--force', h.opt.force)
      .addHelpText('after', `${examples(h.examples, ['wxhelp catalog init', 'wxhelp catalog init ./my-channels.yaml --force'])}\n\n${h.notes.catalogInit}`)
      .action(runs(async () => ({ run: (await files()).runInit })));
  });

  command('schema', h.cmd.schema, (cmd) =>
    cmd
      .option('--path', h.opt.schemaPath)
      .addHelpText('after', examples(h.examples, ['wxhelp schema > channels.schema.json', 'wxhelp schema --path']))
      .action(runs(async () => ({ run: (await files()).runSchema }))),
  );

  // `wxhelp help exit-codes` (and `wxhelp exit-codes`): what each exit code means.
  command(
    'exit-codes',
    h.exitCodesCommand,
    (cmd) =>
      cmd.addHelpText('after', `\n${exitCodes}`).action(() => {
        io.stdout.write(`${exitCodes}\n`);
      }),
    { hidden: true },
  );

  // What the completion scripts call on Tab: the current ids of one kind, "id<TAB>name" per line.
  command('__complete', '', (cmd) => cmd.argument('<kind>').action(runs(async () => ({ run: (await completion()).runComplete }))), { hidden: true });

  // A run that names a command builds that one alone: nothing it can show (its help, its errors,
  // did-you-mean for its options) involves another. Any other run (help, completion, an unknown
  // word, whose error lists every name) has every command, by name and description, and in full
  // when it may use them all.
  const only = onlyCommand?.(program);
  const named = commands.some((c) => c.name === only);
  for (const { name, description, define, settings } of commands) {
    if (named && name !== only) continue;
    const cmd = program.command(name, settings).description(description);
    if (only === undefined || only === name) define(cmd);
  }
  return program;
}
