// The process's outputs: straight to the descriptor when it is certainly no terminal, whole even
// when the kernel takes part of a write, Node's stream for the rest once the descriptor says
// "not now" (EAGAIN), and every other failure (EPIPE) to the caller's handler.
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certainlyNotTerminal, processOutput } from '../../src/cli/process-output.js';
import { tempDir } from '../hardening/helpers.js';

const tmp = tempDir('wxhelp-output-');
afterAll(tmp.cleanup);

const stat = (char: boolean, rdev = 0) => ({ isCharacterDevice: () => char, rdev });
const noStream = () => {
  throw new Error('no stream wanted');
};
const errno = (code: string) => Object.assign(new Error(code), { code });

/** A stand-in for Node's stream: what it was given, and how much it still holds. */
function fakeStream() {
  const chunks: string[] = [];
  const stream = {
    writableLength: 0,
    write: (chunk: string | Uint8Array) => {
      chunks.push(Buffer.from(chunk).toString('utf8'));
      return true;
    },
  };
  return { chunks, stream: stream as unknown as NodeJS.WriteStream };
}

describe('whether a descriptor is certainly not a terminal', () => {
  it('a pipe, a file or a socket (no character device) is not; /dev/null is not; another character device may be', () => {
    expect(certainlyNotTerminal(1, () => stat(false))).toBe(true);
    expect(certainlyNotTerminal(1, () => stat(true, 259))).toBe(true);
    expect(certainlyNotTerminal(1, (t) => (t === '/dev/null' ? stat(true, 259) : stat(true, 34816)))).toBe(false);
    expect(
      certainlyNotTerminal(1, () => {
        throw errno('EBADF');
      }),
    ).toBe(false);
  });

  it('reads real descriptors: a file is not a terminal, nor /dev/null', () => {
    const fd = openSync(join(tmp.dir, 'probe.txt'), 'w');
    const devNull = openSync('/dev/null', 'w');
    try {
      expect(certainlyNotTerminal(fd)).toBe(true);
      expect(certainlyNotTerminal(devNull)).toBe(true);
    } finally {
      closeSync(fd);
      closeSync(devNull);
    }
  });
});

describe('writing', () => {
  it('what may be a terminal gets Node’s stream', () => {
    const { stream } = fakeStream();
    const out = processOutput(
      1,
      () => stream,
      () => {},
      { notTerminal: false },
    );
    expect(out).toBe(stream);
    expect(out.settled).toBe(true);
  });

  it('to the descriptor, every byte in order, Chinese text too', () => {
    const file = join(tmp.dir, 'whole.txt');
    const fd = openSync(file, 'w');
    try {
      const out = processOutput(fd, noStream, () => {});
      expect(out.isTTY).toBe(false);
      out.write('账号安全 · 时间：北京时间\n');
      out.write('line two\n');
      expect(out.settled).toBe(true);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('账号安全 · 时间：北京时间\nline two\n');
  });

  it('a write the kernel takes in parts is finished', () => {
    const written: number[] = [];
    const out = processOutput(1, noStream, () => {}, {
      notTerminal: true,
      write: (_fd, bytes, offset, length) => {
        const n = Math.min(3, length);
        written.push(...bytes.subarray(offset, offset + n));
        return n;
      },
    });
    out.write('被盗了 hello');
    expect(Buffer.from(written).toString('utf8')).toBe('被盗了 hello');
  });

  it('EAGAIN: the rest, and everything after, goes through the stream, in order', () => {
    const { chunks, stream } = fakeStream();
    let calls = 0;
    const out = processOutput(
      1,
      () => stream,
      () => {},
      {
        notTerminal: true,
        write: (_fd, _bytes, _offset, length) => {
          calls++;
          if (calls === 1) return Math.min(4, length);
          throw errno('EAGAIN');
        },
      },
    );
    out.write('abcdefgh');
    out.write('ij');
    expect(chunks).toEqual(['efgh', 'ij']);
    (stream as unknown as { writableLength: number }).writableLength = 2;
    expect(out.settled).toBe(false);
  });

  it('EPIPE and any other failure go to the handler, once per write', () => {
    const failures: string[] = [];
    const out = processOutput(1, noStream, (error) => failures.push(error.code!), {
      notTerminal: true,
      write: () => {
        throw errno('EPIPE');
      },
    });
    expect(out.write('x')).toBe(false);
    expect(failures).toEqual(['EPIPE']);
  });
});

describe("Node's stream, when one is made", () => {
  it('is made after node:tty is asked for by name (so the launcher loads it, and the stream modules with it, with their code caches)', () => {
    const asked: string[] = [];
    const get = process.getBuiltinModule;
    process.getBuiltinModule = ((id: string) => {
      asked.push(id);
      return get.call(process, id);
    }) as typeof process.getBuiltinModule;
    try {
      const { stream } = fakeStream();
      processOutput(
        1,
        () => {
          asked.push('stream made');
          return stream;
        },
        noStream,
        { notTerminal: false },
      );
    } finally {
      process.getBuiltinModule = get;
    }
    expect(asked).toEqual(['node:tty', 'stream made']);
  });
});
