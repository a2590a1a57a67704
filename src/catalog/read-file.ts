// Reading a catalog file with limits: size checked before reading, pipes and devices read without
// hanging. No YAML here, so a run that never parses a catalog never loads the parser. Problems are
// thrown as CatalogError (one-line message and a hint); nothing here prints or exits.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { readProblemText } from './messages.js';
import type { CatalogIssue } from './issues.js';
import type { ReadProblem } from './read-problem.js';
import { escapeControls } from './issues.js';
import type { CatalogOrigin } from './locate.js';

export type { ReadProblem } from './read-problem.js';

/** Largest catalog file read (the SPEC's cap; a 5,000-channel catalog is about 11 MiB). */
export const MAX_CATALOG_BYTES = 16 * 1024 * 1024;
/**
 * How long a pipe or device (`--channels <(…)`, a named pipe, /dev/stdin) may go without data
 * before reading gives up. The CLI waits on the event loop (readCatalogBytesAsync), so Ctrl-C ends
 * the wait at once; the synchronous reader (the library's) cannot see it, so the wait must end by
 * itself.
 */
export const PIPE_WAIT_MS = 5000;
// Alias bombs: yaml's `maxAliasCount` only guards `toJS()`, which is never called here. The
// validator walks the syntax tree itself and stops when aliases expand to more nodes than the file
// could hold (ALIAS_EXPANSION_ALLOWANCE in validate.ts), so a bomb is refused in milliseconds.

export type CatalogErrorCode =
  | 'CATALOG_NOT_FOUND'
  | 'CATALOG_IS_DIRECTORY'
  | 'CATALOG_TOO_LARGE'
  | 'CATALOG_UNREADABLE'
  | 'CATALOG_NOT_UTF8'
  | 'CATALOG_INVALID';

/** A catalog that cannot be used. `message` is one line and `hint` says what to do, in English; `problem` is the same as data. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  readonly hint: string;
  constructor(
    readonly code: CatalogErrorCode,
    readonly problem: ReadProblem,
    /** The file concerned. */
    readonly path: string,
    /** For CATALOG_INVALID: every issue found (errors and warnings). */
    readonly issues: readonly CatalogIssue[] = [],
  ) {
    const { message, hint } = readProblemText('en', problem);
    super(message);
    this.hint = hint;
  }
}

export interface ReadOptions {
  maxBytes?: number;
  /** Where the path came from, for a more useful hint. */
  origin?: CatalogOrigin;
  /** For a pipe or device: how long to wait for data (default PIPE_WAIT_MS). */
  waitMs?: number;
}

/** Blocks the thread for `ms` (a pipe with no data yet; nothing else runs meanwhile anyway). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A path as shown in a one-line message (control characters escaped). */
export function shown(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f]/.test(path) ? escapeControls(path) : path;
}

/**
 * The bytes of a catalog file. Checks the path first (missing, directory, too large), then reads
 * at most `maxBytes` (so growing files and devices are bounded too).
 */
export function readCatalogBytes(path: string, options: ReadOptions = {}): Uint8Array {
  const steps = readSteps(path, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    sleep(step.value);
  }
}

/**
 * readCatalogBytes, waiting for a pipe on the event loop instead of blocking it, so that a signal
 * (Ctrl-C) is handled at once while nothing writes to the pipe.
 */
export async function readCatalogBytesAsync(path: string, options: ReadOptions = {}): Promise<Uint8Array> {
  const steps = readSteps(path, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, step.value));
  }
}

/** A catalog file's bytes as text: UTF-8, its BOM removed; CATALOG_NOT_UTF8 when they are not UTF-8. */
export function decodeCatalog(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CatalogError('CATALOG_NOT_UTF8', { id: 'not-utf8', path: shown(path) }, path);
  }
}

/** The text of a catalog file: readCatalogBytes, then decodeCatalog. */
export function readCatalogFile(path: string, options: ReadOptions = {}): string {
  return decodeCatalog(readCatalogBytes(path, options), path);
}

/** The reading itself; yields how long to wait (ms) whenever a pipe has no data yet. */
function* readSteps(path: string, options: ReadOptions): Generator<number, Uint8Array, void> {
  const maxBytes = options.maxBytes ?? MAX_CATALOG_BYTES;
  const fail = (code: CatalogErrorCode, problem: ReadProblem): never => {
    throw new CatalogError(code, problem, path);
  };
  const at = shown(path);
  const failSystem = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || path === '') {
      return fail('CATALOG_NOT_FOUND', { id: 'not-found', path: at, origin: options.origin });
    }
    if (code === 'EISDIR') {
      return fail('CATALOG_IS_DIRECTORY', { id: 'directory', path: at });
    }
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission' : code === 'ELOOP' ? 'links' : code === 'ENXIO' ? 'socket' : 'other';
    return fail(
      'CATALOG_UNREADABLE',
      why === 'other' && code !== undefined ? { id: 'unreadable', path: at, why, code } : { id: 'unreadable', path: at, why },
    );
  };

  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    return failSystem(error);
  }
  if (stat.isDirectory()) failSystem({ code: 'EISDIR' });
  const tooLarge = (size: number | undefined): never =>
    fail(
      'CATALOG_TOO_LARGE',
      size === undefined ? { id: 'too-large', path: at, limit: maxBytes } : { id: 'too-large', path: at, size, limit: maxBytes },
    );
  if (stat.isFile() && stat.size > maxBytes) tooLarge(stat.size);
  // A device (/dev/zero, /dev/null, a disk, a terminal) is no catalog: refused without reading it.
  if (stat.isCharacterDevice() || stat.isBlockDevice()) {
    fail('CATALOG_UNREADABLE', { id: 'device', path: at });
  }

  // A pipe or device is opened non-blocking: opening a named pipe nobody writes to would
  // otherwise wait forever, and so would reading a terminal.
  const special = !stat.isFile();
  const waitMs = options.waitMs ?? PIPE_WAIT_MS;
  const noData = (waited: boolean): never =>
    fail('CATALOG_UNREADABLE', waited ? { id: 'no-data', path: at, waitedMs: waitMs } : { id: 'no-data', path: at });
  let fd: number;
  let own = true;
  try {
    fd = openSync(path, special ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (error) {
    // /dev/stdin (or /dev/fd/N) is a socket when the parent process made it one, and a socket
    // cannot be opened by name: read the descriptor itself.
    const inherited = /^\/(?:dev|proc\/self)\/(?:stdin$|fd\/(\d+)$)/.exec(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || !inherited || !stat.isSocket()) return failSystem(error);
    fd = Number(inherited[1] ?? 0);
    own = false;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    if (fstatSync(fd).isDirectory()) failSystem({ code: 'EISDIR' });
    const fifo = stat.isFIFO();
    const chunkSize = special ? 1024 * 1024 : Math.min(Math.max(stat.size + 1, 64 * 1024), maxBytes + 1);
    let lastData = Date.now();
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failSystem(error);
        n = -1; // no data yet
      }
      if (n > 0) {
        chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
        total += n;
        if (total > maxBytes) tooLarge(undefined);
        lastData = Date.now();
      } else if (n === 0 && !(fifo && total === 0)) {
        break; // the end (a named pipe reads as ended until a writer opens it: wait for one)
      } else if (Date.now() - lastData >= waitMs) {
        noData(true);
      } else {
        yield Math.min(10, waitMs);
      }
    }
  } finally {
    if (own) closeSync(fd);
  }
  if (special && total === 0) noData(false);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** A catalog with errors, as a read problem: its first error and how many more. */
export function invalidProblem(path: string, issues: readonly CatalogIssue[]): ReadProblem {
  const errors = issues.filter((i) => i.severity === 'error');
  return errors[0] ? { id: 'invalid', path, first: errors[0], more: errors.length - 1 } : { id: 'invalid', path, more: 0 };
}
