// A process-free IO and context for the ask tests: captured streams, a fixed zone, and a clock
// that must never be read (every test passes --at).
import { createContext, resolveGlobalOptions, type Context, type RawGlobalOptions } from '../../src/cli/context.js';
import type { IO } from '../../src/cli/io.js';
import { loadCatalogFor } from '../../src/cli/load-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';

export const NIGHT = '2026-11-28T23:30+08:00'; // Beijing 23:30, Saturday
export const EVENING = '2026-11-28T20:00+08:00'; // Beijing peak hours

export interface Captured {
  io: IO;
  stdout: () => string;
  stderr: () => string;
}

export function fakeIO(options: { tty?: boolean; stdinTTY?: boolean; stdoutTTY?: boolean; env?: Record<string, string>; systemZone?: string; columns?: number } = {}): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const tty = options.tty ?? true;
  const io: IO = {
    stdout: { write: (s: string) => out.push(s), isTTY: options.stdoutTTY ?? tty, columns: options.columns ?? 100 },
    stderr: { write: (s: string) => err.push(s), isTTY: tty },
    stdin: { isTTY: options.stdinTTY ?? tty },
    env: { LANG: 'en_US.UTF-8', ...options.env },
    now: () => {
      throw new Error('a test read the real clock; pass --at');
    },
    systemZone: () => options.systemZone ?? 'Asia/Shanghai',
    homeDir: '/nonexistent-home',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

export function context(raw: RawGlobalOptions, io: IO): Context {
  return createContext(io, resolveGlobalOptions({ at: NIGHT, ...raw }, io));
}

/** The built-in channels.yaml, loaded as the CLI loads it (top-level await: once per test file). */
const builtin: Catalog = (await loadCatalogFor(context({ tz: 'UTC' }, fakeIO().io))).catalog;
export function catalog(): Catalog {
  return builtin;
}
