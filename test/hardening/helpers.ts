// In-process runs of the CLI with an injected IO, and small file helpers for the hardening tests.
import { constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `wxhelp …args` in this process: no TTY, no colour, fixed clock, no user config. */
export async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    stdin: { isTTY: false },
    env: { LANG: 'en_US.UTF-8', ...env },
    now: () => {
      throw new Error('the real clock was read: pass --at');
    },
    systemZone: () => 'UTC',
    homeDir: '/nonexistent-home',
  };
  const started = performance.now();
  const code = await run(args, io);
  return { code, stdout, stderr, ms: performance.now() - started };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'wxhelp-hardening-'): { dir: string; file: (name: string, text: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The bytes a terminal acts on: ESC, BEL and the 8-bit CSI (as a character, U+009B). */
export const TERMINAL_CONTROL = /[\u001b\u0007\u009b]/;

/** Opens a FIFO for writing as soon as a reader has it open (a non-blocking open fails until then). */
export async function openForWriting(fifo: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
