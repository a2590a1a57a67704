// The process edge, through the built binary: a reader that goes away (`wxhelp … | head -1`) is
// not an error, and Ctrl-C ends a run with exit 130 and a short message in the user's language.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, readdirSync, readFileSync, readlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/run-bin.js';
import { openForWriting, tempDir } from './helpers.js';

const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
const ENV = { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TZ: 'UTC' };
const tmp = tempDir('wxhelp-pipes-');
afterAll(tmp.cleanup);

/** A catalog of `count` channels (copies of the built-in ones), so output outgrows a pipe's buffer. */
function bigCatalog(count: number): string {
  const catalog = parse(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8')) as {
    channels: { id: string; number?: string }[];
  };
  const originals = catalog.channels;
  // A copy of a line says that it shares the original's number (else validate warns on stderr).
  const copyOf = (base: { id: string; number?: string }, i: number) => ({
    id: `${base.id}-copy-${i}`,
    ...(base.number === undefined ? {} : { sharedNumber: { with: [base.id], text: { zh: '副本', en: 'A copy' }, source: 'seed' } }),
  });
  const channels = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(originals[i % originals.length]!),
    ...(i >= originals.length ? copyOf(originals[i % originals.length]!, i) : {}),
  }));
  return stringify({ ...catalog, channels }, { lineWidth: 0, aliasDuplicateObjects: false });
}

interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  firstChunk: string;
}

/** Runs wxhelp with stdout to a pipe that this side closes: at once, or after the first chunk. */
function closeEarly(args: string[], when: 'at-once' | 'after-first-chunk'): Promise<Closed> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
    let stderr = '';
    let firstChunk = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    if (when === 'at-once') child.stdout.destroy();
    else
      child.stdout.once('data', (d: Buffer) => {
        firstChunk = d.toString();
        child.stdout.destroy();
      });
    child.on('close', (code, signal) => resolve({ code, signal, stderr, firstChunk }));
  });
}

describe('a closed stdout is not an error', () => {
  let big: string;
  beforeAll(() => {
    big = tmp.file('big.yaml', bigCatalog(130)); // `channels` prints about 70 KiB, `hours --days 7` 170 KiB
  });

  it.each([[['hours', '--days', '7']], [['channels', '--json']], [['--help']]])(
    '%j | (reader gone before the first write): exit 0, nothing on stderr',
    async (args) => {
      const r = await closeEarly([...args, ...AT], 'at-once');
      expect(r).toMatchObject({ code: 0, signal: null, stderr: '' });
    },
  );

  it.each([[['hours', '--days', '7']], [['channels']], [['hours', '--days', '14', '--json']]])(
    '%j | head -1 (big catalog: the reader leaves mid-output): exit 0, nothing on stderr',
    async (args) => {
      const r = await closeEarly([...args, '--channels', big, ...AT], 'after-first-chunk');
      expect(r.firstChunk.length).toBeGreaterThan(0);
      expect(r).toMatchObject({ code: 0, signal: null, stderr: '' });
    },
  );

  it('the same through a shell: `wxhelp hours --days 7 | head -1` and `wxhelp channels | head -1`', () => {
    for (const cmd of ['hours --days 7', 'channels']) {
      const r = spawnSync(
        'bash',
        ['-c', `set -o pipefail; "$NODE" "$BIN" ${cmd} --channels "$BIG" ${AT.join(' ')} | head -1; echo "exit=$?" >&2`],
        {
          env: { ...ENV, NODE: process.execPath, BIN, BIG: big },
          encoding: 'utf8',
          timeout: 15_000,
        },
      );
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toBe('exit=0\n');
    }
  });
});

describe('Ctrl-C', () => {
  /**
   * Starts wxhelp reading its catalog from a named pipe, so that it is certainly running (and
   * its handlers installed) when the signal comes: SIGINT, then the catalog, then it finishes.
   */
  async function interrupt(args: string[], env: Record<string, string> = {}) {
    const fifo = join(tmp.dir, `sigint-${Math.random().toString(36).slice(2)}.fifo`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, ...args, '--channels', fifo, ...AT], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...ENV, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    const fd = await openForWriting(fifo);
    child.kill('SIGINT');
    // What a reader still waiting gets; one already gone (it may end at the signal) is a broken pipe.
    try {
      writeSync(fd, 'schemaVersion: 1\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    }
    closeSync(fd);
    return { ...(await exited), stderr };
  }

  it('exit 130 and "wxhelp: interrupted" as the last line, no stack', async () => {
    const r = await interrupt(['channels']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(130);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('wxhelp: interrupted');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('in the user language (LANG, or --lang), and as the JSON error object with --json', async () => {
    expect((await interrupt(['channels'], { LANG: 'zh_CN.UTF-8' })).stderr.trimEnd().split('\n').at(-1)).toBe('wxhelp: 已中断');
    expect((await interrupt(['--lang', 'zh', 'channels'])).stderr.trimEnd().split('\n').at(-1)).toBe('wxhelp: 已中断');
    const j = await interrupt(['channels', '--json']);
    expect(j.code).toBe(130);
    expect(JSON.parse(j.stderr.trimEnd().split('\n').at(-1)!)).toEqual({
      error: { code: 'INTERRUPTED', message: 'interrupted', hint: null },
    });
  });

  it('while waiting for a named pipe nobody writes to: at once, and only "interrupted" (not also the catalog error)', async () => {
    const fifo = join(tmp.dir, `writerless-${Math.random().toString(36).slice(2)}.fifo`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'channels', '--channels', fifo, ...AT], { stdio: ['ignore', 'pipe', 'pipe'], env: ENV });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    // Until it has the pipe open (it then waits up to 5 s for a writer that never comes).
    const opened = () => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((fd) => readlinkSync(`/proc/${child.pid}/fd/${fd}`) === fifo);
      } catch {
        return false;
      }
    };
    while (!opened()) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill('SIGINT');
    const r = await exited;
    expect(r.code).toBe(130);
    expect(stderr).toBe('\nwxhelp: interrupted\n');
  });

  it('while parsing a large catalog: only "interrupted", not the catalog error that parsing would end with', async () => {
    // About 4 MB of YAML: seconds of parsing, then an invalid catalog (no schemaVersion). Parsed on
    // the main thread, the signal waited for the parse and both lines were printed.
    const text = `junk:\n${Array.from({ length: 110_000 }, (_, i) => `  - item number ${i} with some words\n`).join('')}`;
    const fifo = join(tmp.dir, `large-${Math.random().toString(36).slice(2)}.fifo`);
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'channels', '--no-cache', '--channels', fifo, ...AT], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: ENV,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    // Opening the pipe waits for wxhelp to open it, so its handlers are installed.
    const fd = await openForWriting(fifo);
    const bytes = Buffer.from(text);
    for (let at = 0; at < bytes.length; ) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await new Promise((resolve) => setTimeout(resolve, 2)); // the pipe is full: wxhelp is reading
      }
    }
    closeSync(fd);
    // Once wxhelp has closed the pipe it has read it all and is parsing (for seconds).
    const hasPipe = () => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).some((f) => readlinkSync(`/proc/${child.pid}/fd/${f}`) === fifo);
      } catch {
        return false;
      }
    };
    while (hasPipe()) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGINT');
    const r = await exited;
    expect(r).toEqual({ code: 130, signal: null });
    expect(stderr).toBe('\nwxhelp: interrupted\n');
  });
});
