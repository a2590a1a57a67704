// In-process runs of the CLI with an injected IO, and small file helpers for the hardening tests.
import { constants, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/fake-io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `wxhelp …args` in this process: no TTY, no colour, fixed clock, no user config. */
export async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<RunResult> {
  const started = performance.now();
  const result = await runCli(args, { env });
  return { ...result, ms: performance.now() - started };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix = 'wxhelp-hardening-'): {
  dir: string;
  file: (name: string, text: string | Buffer) => string;
  cleanup: () => void;
} {
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
