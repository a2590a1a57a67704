// The process edge: real streams, real clock, signals and closed pipes.
import { messages } from '../i18n/messages.js';
import { resolveLang } from '../i18n/lang.js';
import type { Lang } from '../catalog/types.js';
import { join } from 'node:path';
import { unsafeTzFile } from '../time/tz-file.js';
import { useZoneSource } from '../zone/zone-source.js';
import { EXIT } from './runtime/errors.js';
import { debugging, errorLine, unexpected } from './runtime/report.js';
import { processIO, type OutStream } from './io.js';
import { processOutput } from './process-output.js';
import { run } from './main.js';
import { processZones } from './process-zones.js';
import { STOP_SIGNALS, stopOnSignal, stoppingCode, type StopSignal } from './runtime/stop-signals.js';

// For the build's code-cache warm-up, which runs commands in-process with a fake IO.
export { run };

/** A last-resort one-line message on stderr, written so that it cannot throw. */
function say(stderr: OutStream, json: boolean, lang: Lang, code: string, message: string, hint?: string): void {
  try {
    stderr.write(`${errorLine(json, lang, code, message, hint)}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
}

export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // The output mode as argv parses (set by run once read; --json as the value of --tz is not it).
  let json = false;
  // The language for messages printed outside a command.
  const lang = resolveLang(argv, process.env);

  // `wxhelp hours | head -1`: the reader went away; that is not an error.
  // Any other failed write (a full disk, a stdout opened read-only) is exit 1. (A stdout closed
  // with `>&-` cannot be told apart: Node reopens it on /dev/null before any of this runs, just as
  // a Node or Python parent's "ignore"/DEVNULL opens it, so such a run succeeds with its output
  // discarded.)
  const outputFailed = (error: NodeJS.ErrnoException) => {
    // A terminal hung up while a stop is under way: the stop's exit code stands.
    if (stoppingCode() !== undefined) process.exit(stoppingCode());
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    if (debugging(process.env) && error.stack) stderr.write(`${error.stack}\n`);
    say(stderr, json, lang, 'OUTPUT_FAILED', messages(lang).outputFailed(error.code ?? error.message));
    process.exit(EXIT.failure);
  };
  // Node's streams only for a terminal (src/cli/process-output.ts); made, with their handlers, when needed.
  const stdout = processOutput(1, () => process.stdout.on('error', outputFailed), outputFailed);
  // Nowhere left to report to: finish with the exit code the command earns.
  const stderr = processOutput(
    2,
    () => process.stderr.on('error', () => {}),
    () => {},
  );

  process.on('SIGINT', () => {
    // A fresh line first: ^C was echoed after whatever was on the current one.
    if (!json) stderr.write('\n');
    say(stderr, json, lang, 'INTERRUPTED', messages(lang).interrupted);
    process.exit(EXIT.interrupted);
  });

  // TERM, HUP, QUIT: the terminal put back as it was found, then exit 128 + signal (stop-signals.ts).
  for (const signal of Object.keys(STOP_SIGNALS) as StopSignal[])
    process.on(signal, () => stopOnSignal(signal, (code) => process.exit(code)));

  // Anything that escapes run() (a callback of a library, say) still ends as one line and exit 1.
  const crash = (error: unknown) => {
    if (stoppingCode() !== undefined) process.exit(stoppingCode()); // the stop's own doing, not a failure
    const { message, hint, stack } = unexpected(error, process.env, lang);
    if (stack !== undefined) stderr.write(`${stack}\n`);
    // One line, nothing a terminal could act on: this path has no sanitising stream around it.
    say(stderr, json, lang, 'UNEXPECTED', message.split('\n')[0]!.replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), hint);
    process.exit(EXIT.failure);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);

  // Zones without an Intl.DateTimeFormat where that can be done (src/cli/process-zones.ts): the
  // table beside the bundle, from the build.
  const zones = processZones(join(import.meta.dirname, 'zones.json'));
  useZoneSource(zones);
  const io = processIO(zones, stdout, stderr);
  // TZ naming a pipe or a device: the process's own zone becomes UTC before any date is made (the
  // C library would block reading it); the command still sees the value, and says it fell back.
  const tz = process.env.TZ;
  if (unsafeTzFile(tz, process.env) !== undefined) {
    process.env.TZ = 'UTC';
    io.env = { ...process.env, TZ: tz };
  }
  const code = await run(argv, io, { onMode: (mode) => (json = mode) });
  process.exitCode = code;
  // Commands run synchronously, so a Ctrl-C pressed meanwhile is still pending here: let the
  // event loop turn so that it is seen (exit 130) instead of being lost as the process ends. (It
  // takes two turns: the signal is read from libuv's pipe in the second one's poll phase.)
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
  // Everything is written: end now rather than tear the heap down. (Output still held by a stream
  // — a terminal's, or a pipe that refused a write for now — is waited for by the usual exit.)
  if (stdout.settled && stderr.settled) process.exit(code);
}
