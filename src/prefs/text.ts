// The preferences file's text: read without blocking, within a size limit; null when there is no file.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { PreferencesError } from './types.js';

/** Far more than four keys need; a bigger file is refused before it is read. */
export const MAX_PREFERENCES_BYTES = 64 * 1024;

/**
 * The file's text, or null when there is none (no such file, or a folder on the way is missing).
 * Opened without blocking, so a FIFO planted at the path is refused rather than waited on.
 */
export function readPreferencesText(file: string): string | null {
  // No file, the usual case: one stat that fails without an error object made for it (the first
  // exception a run throws costs it about a third of a millisecond).
  try {
    if (statSync(file, { throwIfNoEntry: false }) === undefined) return null;
  } catch {
    // ENOTDIR, EACCES, …: the open below says which.
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new PreferencesError(file, undefined, { kind: 'unreadable', reason: code ?? String(error) });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new PreferencesError(file, undefined, { kind: 'not-a-file' });
    if (stat.size > MAX_PREFERENCES_BYTES) throw new PreferencesError(file, undefined, { kind: 'too-large', limit: MAX_PREFERENCES_BYTES });
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_PREFERENCES_BYTES) throw new PreferencesError(file, undefined, { kind: 'too-large', limit: MAX_PREFERENCES_BYTES });
    return buffer.subarray(0, length).toString('utf8');
  } catch (error) {
    if (error instanceof PreferencesError) throw error;
    throw new PreferencesError(file, undefined, { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  } finally {
    closeSync(fd);
  }
}
