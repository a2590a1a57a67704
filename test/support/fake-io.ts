// A process-free IO for running commands in-process: captured streams, a fixed system zone, and
// a clock that fails the test when read unless one is given (tests pass --at).
import type { IO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export interface FakeIOOptions {
  /** Both stdin and stdout are terminals (default false), unless set one by one below. */
  tty?: boolean;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  columns?: number;
  env?: Record<string, string>;
  systemZone?: string;
  now?: () => number;
}

export interface Captured {
  io: IO;
  stdout: () => string;
  stderr: () => string;
}

export function fakeIO(options: FakeIOOptions = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const tty = options.tty ?? false;
  const io: IO = {
    stdout: { write: (s: string) => out.push(s), isTTY: options.stdoutTTY ?? tty, columns: options.columns ?? 100 },
    stderr: { write: (s: string) => err.push(s), isTTY: tty },
    stdin: { isTTY: options.stdinTTY ?? tty },
    env: { LANG: 'en_US.UTF-8', ...options.env },
    now:
      options.now ??
      (() => {
        throw new Error('a test read the real clock; pass --at');
      }),
    systemZone: () => options.systemZone ?? 'UTC',
    homeDir: '/nonexistent-home',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** `wxhelp <args>` in-process: its exit code and what it printed. */
export async function runCli(
  args: readonly string[],
  options: FakeIOOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = fakeIO(options);
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}
