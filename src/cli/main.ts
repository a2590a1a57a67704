// argv in, exit code out. Every failure becomes one line on stderr (JSON with --json) and the
// documented exit code; a stack trace only with WXHELP_DEBUG=1.
import { CommanderError } from 'commander';
import { messages } from '../i18n/messages.js';
import { langFromEnv } from '../i18n/lang.js';
import { sanitize } from '../render/terminal/sanitize.js';
import { CliError, EXIT } from './errors.js';
import type { IO } from './io.js';
import { buildProgram, type ProgramResult } from './program.js';

declare const WXHELP_VERSION: string | undefined;
const VERSION = typeof WXHELP_VERSION === 'string' ? WXHELP_VERSION : '0.0.0-dev';

export async function run(argv: readonly string[], io: IO): Promise<number> {
  const json = argv.includes('--json');
  const result: ProgramResult = { exitCode: EXIT.ok };
  const program = buildProgram(io, VERSION, result);
  let commanderMessage = '';
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
    // Commander's own parse errors are reported by us, in our one-line format.
    outputError: (s) => {
      commanderMessage += s;
    },
  });
  for (const sub of program.commands) {
    sub.exitOverride();
    sub.configureOutput(program.configureOutput());
  }

  if (argv.length === 0 || (argv.length === 1 && json)) {
    io.stdout.write(program.helpInformation());
    return EXIT.ok;
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
        return EXIT.ok;
      }
      const text = (commanderMessage || error.message).replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
      const usage = new CliError(commanderCode(error.code), text, EXIT.usage, 'see `wxhelp --help` or `wxhelp <command> --help`');
      return report(usage, io, json);
    }
    if (error instanceof CliError) return report(error, io, json);
    return reportUnexpected(error, io, json);
  }
}

function commanderCode(code: string): string {
  return code.replace(/^commander\./, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export function report(error: CliError, io: IO, json: boolean): number {
  const message = sanitize(error.message);
  const hint = error.hint === undefined ? undefined : sanitize(error.hint);
  if (json) {
    io.stderr.write(`${JSON.stringify({ error: { code: error.code, message, hint: hint ?? null } })}\n`);
  } else {
    io.stderr.write(`wxhelp: ${message}${hint ? ` — ${hint}` : ''}\n`);
  }
  return error.exitCode;
}

function reportUnexpected(error: unknown, io: IO, json: boolean): number {
  const m = messages(langFromEnv(io.env));
  const detail = error instanceof Error ? error.message : String(error);
  if (io.env.WXHELP_DEBUG === '1' && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  const failure = new CliError('UNEXPECTED', `${m.unexpected}: ${detail}`, EXIT.failure, io.env.WXHELP_DEBUG === '1' ? undefined : m.debugHint);
  return report(failure, io, json);
}
