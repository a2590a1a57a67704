// The process's stdout and stderr as the CLI writes them. A terminal gets Node's stream (colour,
// columns, `ask`'s prompts). Anything else — a pipe, a file, a socket, /dev/null — is written
// straight to the file descriptor with fs.writeSync: creating process.stdout for a pipe loads
// net and stream, about a tenth of a one-shot run, to write one string that writeSync writes
// whole. Bytes are written to the end (a write may take part of them); a descriptor another
// process left non-blocking (EAGAIN) hands the rest to Node's stream, which waits for the
// reader; any other failure (EPIPE: the reader went away) goes to `onError`.
import { fstatSync, statSync, writeSync, type Stats } from 'node:fs';
import type { OutStream } from '../io/types.js';

/** What the process edge needs of an output besides writing: whether Node's stream was made. */
export interface ProcessOutput extends OutStream {
  /** Whether everything written so far is written (false only while Node's stream still holds some). */
  readonly settled: boolean;
}

/**
 * Whether the descriptor is certainly not a terminal: not a character device, or the same device
 * as /dev/null (a Node or Python parent's "ignore", or `>/dev/null`). Any other character device
 * may be a terminal: Node's stream decides.
 */
export function certainlyNotTerminal(
  fd: number,
  stat: (target: number | string) => Pick<Stats, 'isCharacterDevice' | 'rdev'> = fstatOrStat,
): boolean {
  try {
    const s = stat(fd);
    if (!s.isCharacterDevice()) return true;
    const devNull = stat('/dev/null');
    return devNull.isCharacterDevice() && devNull.rdev === s.rdev;
  } catch {
    return false; // not even fstat works: leave it to Node
  }
}

const fstatOrStat = (target: number | string) => (typeof target === 'number' ? fstatSync(target) : statSync(target));

/** How `processOutput` decides and writes (the tests' way in; the process takes the defaults). */
export interface OutputOptions {
  /** Whether `fd` is certainly not a terminal (default: certainlyNotTerminal). */
  notTerminal?: boolean;
  /** fs.writeSync's form: writes up to `length` bytes from `offset`, returns how many it wrote. */
  write?: (fd: number, bytes: Uint8Array, offset: number, length: number) => number;
}

/** A writer straight to `fd`, or Node's stream when it may be a terminal. */
export function processOutput(
  fd: number,
  makeStream: () => NodeJS.WriteStream,
  onError: (error: NodeJS.ErrnoException) => void,
  options: OutputOptions = {},
): ProcessOutput {
  // Node makes its stream with tty, net and stream, loaded out of sight: named first, so that the
  // launcher loads them as it loads every Node module (with their code caches: bin/wxhelp.js).
  const stream = () => {
    process.getBuiltinModule('node:tty');
    return makeStream();
  };
  if (!(options.notTerminal ?? certainlyNotTerminal(fd))) {
    const s = stream();
    return Object.defineProperty(s, 'settled', { get: () => s.writableLength === 0, configurable: true }) as unknown as ProcessOutput;
  }
  const write = options.write ?? writeSync;
  // Once the descriptor has refused a write for now (EAGAIN), everything after goes through the stream, in order.
  let fallback: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    get settled() {
      return fallback === undefined || fallback.writableLength === 0;
    },
    write(chunk: string) {
      if (fallback !== undefined) return fallback.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let at = 0;
      try {
        while (at < bytes.length) at += write(fd, bytes, at, bytes.length - at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') {
          onError(error as NodeJS.ErrnoException);
          return false;
        }
        fallback = stream();
        return fallback.write(bytes.subarray(at));
      }
      return true;
    },
  };
}
