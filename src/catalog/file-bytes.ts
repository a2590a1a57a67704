// A packed file's bytes as its reader asks for them (src/catalog/packed.ts): held in memory, or
// read from the open file by position, only where asked. The built-in snapshot is 640 kB, and a
// run reads a third of it or less (`phone` reads some channels, not the topics' index): reading
// the rest into memory of its own cost every run 0.4-0.6 MiB of peak memory (CPU: no change seen).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface FileBytes {
  readonly length: number;
  /** The bytes from `from` to `to`: a view of those held, or read now. */
  range(from: number, to: number): Buffer;
  /** Whether the bytes from `from` to the end are exactly `expected`. */
  endEquals(from: number, expected: Uint8Array): boolean;
}

/** Bytes held in memory. */
export function heldBytes(bytes: Uint8Array): FileBytes {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    length: file.length,
    range: (from, to) => file.subarray(from, to),
    endEquals: (from, expected) => file.length - from === expected.length && file.subarray(from).equals(expected),
  };
}

/** The bytes of `file` from `start` to `end`, as a file of their own (read from `file` where asked). */
export function bytesWithin(file: FileBytes, start: number, end: number): FileBytes {
  const length = end - start;
  return {
    length,
    range: (from, to) => file.range(start + from, start + Math.min(to, length)),
    endEquals: (from, expected) =>
      length - from === expected.length && (expected.length === 0 || file.range(start + from, end).equals(expected)),
  };
}

/** Compared a piece at a time, in memory of one piece's size. */
const PIECE = 64 * 1024;

/**
 * The bytes of the file at `path`, read where asked from then on: the file stays open for the
 * process (a one-shot run's; a file renamed or deleted meanwhile is still read as it was). Null when
 * it cannot be opened. A read that comes up short (the file cut since) throws.
 */
export function openFileBytes(path: string): FileBytes | null {
  let fd: number;
  let length: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    length = fstatSync(fd).size;
  } catch {
    closeSync(fd);
    return null;
  }
  const readInto = (buffer: Buffer, size: number, position: number) => {
    for (let at = 0; at < size; ) {
      const read = readSync(fd, buffer, at, size - at, position + at);
      if (read === 0) throw new Error('the file is shorter than it was');
      at += read;
    }
  };
  return {
    length,
    range(from, to) {
      const out = Buffer.allocUnsafe(Math.max(0, to - from));
      readInto(out, out.length, from);
      return out;
    },
    endEquals(from, expected) {
      if (length - from !== expected.length) return false;
      const piece = Buffer.allocUnsafe(Math.min(PIECE, expected.length));
      const wanted = Buffer.from(expected.buffer, expected.byteOffset, expected.length);
      for (let at = 0; at < expected.length; at += piece.length) {
        const size = Math.min(piece.length, expected.length - at);
        readInto(piece, size, from + at);
        if (!piece.subarray(0, size).equals(wanted.subarray(at, at + size))) return false;
      }
      return true;
    },
  };
}
