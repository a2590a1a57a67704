// A process-free IO and context for the ask tests: captured streams, a fixed zone, and a clock
// that must never be read (every test passes --at).
import { createContext, resolveGlobalOptions, type Context, type RawGlobalOptions } from '../../src/cli/runtime/context.js';
import type { IO } from '../../src/cli/io.js';
import { fakeIO as sharedFakeIO, type Captured, type FakeIOOptions } from '../support/fake-io.js';
import { loadCatalogFor } from '../../src/cli/runtime/load-catalog.js';
import type { Catalog } from '../../src/catalog/types.js';

export type { Captured };

export const NIGHT = '2026-11-28T23:30+08:00'; // Beijing 23:30, Saturday
export const EVENING = '2026-11-28T20:00+08:00'; // Beijing peak hours

/** As the shared fake IO, but a terminal in a mainland zone unless told otherwise: where ask runs. */
export function fakeIO(options: FakeIOOptions = {}): Captured {
  return sharedFakeIO({ ...options, tty: options.tty ?? true, systemZone: options.systemZone ?? 'Asia/Shanghai' });
}

export function context(raw: RawGlobalOptions, io: IO): Promise<Context> {
  return createContext(io, resolveGlobalOptions({ at: NIGHT, ...raw }, io));
}

/** The built-in channels.yaml, loaded as the CLI loads it (top-level await: once per test file). */
const builtin: Catalog = (await loadCatalogFor(await context({ tz: 'UTC' }, fakeIO().io))).catalog;
export function catalog(): Catalog {
  return builtin;
}
