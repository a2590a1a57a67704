// In-process time of each stage of `wxhelp channels --json --channels FILE`, so a regression in
// one stage shows up even when the whole-process figure is noisy. Bundled and run by bench.mjs.
import { parseDocument } from 'yaml';
import { channelAt } from '../../src/advise/channel-state.js';
import { parseCatalog } from '../../src/catalog/load.js';
import { readCatalogFile } from '../../src/catalog/read-file.js';
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export function stageTimes(file: string): Record<string, number> {
  const [text, read] = time(() => readCatalogFile(file));
  // Validation runs inside parseCatalog, right after the parse: it is the difference between
  // parseCatalog and a bare parseDocument, each the median of three alternating runs.
  const parses: number[] = [];
  const loads: number[] = [];
  let result: ReturnType<typeof parseCatalog> | undefined;
  for (let i = 0; i < 3; i++) {
    parses.push(time(() => parseDocument(text, { uniqueKeys: true, merge: true, prettyErrors: false }))[1]);
    const [r, t] = time(() => parseCatalog(text, file));
    result = r;
    loads.push(t);
  }
  if (!result?.catalog) throw new Error(`${file} is not a valid catalog`);
  const parse = median(parses);
  const [catalog, sanitize] = time(() => sanitizeDeep(result!.catalog!));
  const [evaluated, evaluate] = time(() => catalog.channels.map((c) => channelAt(c, AT)));
  const [, render] = time(() =>
    envelope(
      'channels',
      { at: AT, timeZone: 'UTC', serviceTimeZone: catalog.serviceTimeZone },
      {
        channels: evaluated.map((c) => channelJson(catalog, c, 'en', 'UTC')),
      },
    ),
  );
  return { read, parse, validate: Math.max(0, median(loads) - parse), sanitize, evaluate, render };
}

// Run as a script: node --expose-gc stages.mjs FILE → JSON on stdout.
const file = process.argv[2];
if (file) process.stdout.write(`${JSON.stringify(stageTimes(file))}\n`);
