// Writing a catalog file where the user said, and nowhere else. The text goes to a temporary file
// created exclusively (O_EXCL: never a file or link someone planted there) under a random name in
// the target's folder, then renamed over the target, so a reader sees the old file or the whole
// new one. A target that exists and is not a regular file (a device, a directory, a pipe, a link)
// is refused whatever the caller allows: renaming over it would replace the device or the link
// itself. Failures are thrown as WriteProblem (data, worded by the caller); the temporary file is
// removed on every one.
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a path that is not a regular file is. */
export type FileKind = 'directory' | 'device' | 'pipe' | 'socket' | 'link' | 'other';

export type WriteProblem =
  /** A regular file is there and the caller did not allow replacing it. */
  | { id: 'exists'; path: string }
  /** Something other than a regular file is there (`target`: where a link points). */
  | { id: 'not-a-file'; path: string; kind: FileKind; target?: string }
  /** The system refused; `why` names the reason, `code` is the system's own. */
  | {
      id: 'cannot-write';
      path: string;
      why: 'permission' | 'name-too-long' | 'no-folder' | 'directory' | 'read-only' | 'no-space' | 'links' | 'other';
      code: string;
    };

export class WriteError extends Error {
  override readonly name = 'WriteError';
  constructor(readonly problem: WriteProblem) {
    super(`${problem.id}: ${problem.path}`);
  }
}

function kindOf(stat: Stats): FileKind {
  if (stat.isSymbolicLink()) return 'link';
  if (stat.isDirectory()) return 'directory';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isFIFO()) return 'pipe';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

const WHY: Record<string, Extract<WriteProblem, { id: 'cannot-write' }>['why']> = {
  EACCES: 'permission',
  EPERM: 'permission',
  ENAMETOOLONG: 'name-too-long',
  ENOENT: 'no-folder',
  ENOTDIR: 'no-folder',
  EEXIST: 'no-folder', // a file where a folder of the path should be (mkdir -p)
  EISDIR: 'directory',
  EROFS: 'read-only',
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  ELOOP: 'links',
};

function systemProblem(path: string, error: unknown): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  return new WriteError({ id: 'cannot-write', path, why: WHY[code] ?? 'other', code });
}

/** What is at `path` now: undefined for nothing, else its lstat (a link is not followed). */
function existing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Refuses anything at `path` that is not a regular file; returns its stat when it is one. */
function regularOrNothing(path: string): Stats | undefined {
  const stat = existing(path);
  if (stat === undefined || stat.isFile()) return stat;
  const kind = kindOf(stat);
  let target: string | undefined;
  if (kind === 'link') {
    try {
      target = readlinkSync(path);
    } catch {
      // gone meanwhile: still a link when looked at
    }
  }
  throw new WriteError(target === undefined ? { id: 'not-a-file', path, kind } : { id: 'not-a-file', path, kind, target });
}

/**
 * mkdir -p, one folder at a time: Node's recursive mkdir spins forever where a folder cannot be
 * made but reads as missing (under /proc, say).
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    if (existing(at) !== undefined) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}

export interface WriteOptions {
  /** Replace a regular file that is already there (never anything else). */
  replace?: boolean;
  /** Random bytes for the temporary file's name (node:crypto's randomBytes; loaded by the caller, only when writing). */
  randomBytes: (size: number) => Uint8Array;
}

/** Writes `text` to `path` (creating its folder), atomically; throws WriteError. */
export function writeFileSafely(path: string, text: string, options: WriteOptions): void {
  let before: Stats | undefined;
  try {
    before = regularOrNothing(path);
  } catch (error) {
    throw systemProblem(path, error);
  }
  if (before !== undefined && options.replace !== true) throw new WriteError({ id: 'exists', path });
  const folder = dirname(path);
  let temporary: string | undefined;
  let fd: number | undefined;
  try {
    makeFolders(folder);
    // O_EXCL: fails on anything already there, a link included, so nothing planted is followed.
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    for (let attempt = 0; fd === undefined; attempt++) {
      const name = join(folder, `.${basename(path)}.${Buffer.from(options.randomBytes(8)).toString('hex')}.tmp`);
      try {
        fd = openSync(name, flags, 0o666);
        temporary = name;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
      }
    }
    // A replaced file keeps its permissions.
    if (before !== undefined) fchmodSync(fd, before.mode & 0o7777);
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Looked at again just before: what is there must still be a regular file or nothing.
    regularOrNothing(path);
    renameSync(temporary!, path);
    temporary = undefined;
  } catch (error) {
    throw systemProblem(path, error);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed by the failure
      }
    }
    if (temporary !== undefined) {
      try {
        unlinkSync(temporary);
      } catch {
        // nothing to remove
      }
    }
  }
}
