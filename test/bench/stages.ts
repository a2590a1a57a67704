// In-process time of each stage of `wxhelp channels --json --channels FILE`, so a regression in
// one stage shows up even when the whole-process figure is noisy. Bundled and run by bench.mjs.
import { parseDocument } from 'yaml';
import { channelAt } from '../../src/advise/channel-state.js';
import { parseCatalog, readCatalogFile } from '../../src/catalog/load.js';
import { channelJson } from '../../src/render/json/channel.js';
import { envelope } from '../../src/render/json/envelope.js';
import { sanitizeDeep } from '../../src/render/terminal/sanitize.js';

const AT = Date.parse('2026-11-28T12:00:00Z');

// Collect the previous stage's garbage first, so each stage is charged only for its own work.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(fn: () => T): [T, number] {
  gc();
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

export function stageTimes(file: string): Record<string, number> {
  const [text, read] = time(() => readCatalogFile(file));
  const [, parse] = time(() => parseDocument(text, { uniqueKeys: true, merge: true, prettyErrors: false }));
  const [result, parseAndValidate] = time(() => parseCatalog(text, file));
  if (!result.catalog) throw new Error(`${file} is not a valid catalog`);
  const [catalog, sanitize] = time(() => sanitizeDeep(result.catalog!));
  const [evaluated, evaluate] = time(() => catalog.channels.map((c) => channelAt(c, AT)));
  const [, render] = time(() =>
    envelope('channels', { at: AT, timeZone: 'UTC', serviceTimeZone: catalog.serviceTimeZone }, {
      channels: evaluated.map((c) => channelJson(catalog, c, 'en', 'UTC')),
    }),
  );
  return { read, parse, validate: Math.max(0, parseAndValidate - parse), sanitize, evaluate, render };
}

// Run as a script: node --expose-gc stages.mjs FILE → JSON on stdout.
const file = process.argv[2];
if (file) process.stdout.write(`${JSON.stringify(stageTimes(file))}\n`);
