// Parsing a large catalog on a worker thread. YAML parsing is synchronous and runs at a few MB/s,
// so a 16 MiB file holds the thread for seconds; on the main thread nothing else would run
// meanwhile — not even the Ctrl-C handler. Off the main thread the event loop stays free, and
// exiting ends the worker at once. Small files (every real catalog) are parsed in place: starting
// a worker costs more than parsing them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { issueText } from './messages.js';
import { escapeControls } from './issues.js';
import type { ParseResult } from './load.js';

/** Texts at least this long are parsed off the main thread (about a tenth of a second of parsing). */
export const OFF_THREAD_CHARS = 256 * 1024;

export interface ParseJob {
  text: string;
  fileName: string;
  /** Also check phone numbers against their E.164 forms (what `validate` does). */
  checkNumbers: boolean;
}

/**
 * The worker's code: the launcher (bin/wxhelp.js) loading the worker's part (bin/dist/parse-worker.cjs)
 * as it loads every part. The launcher is told to keep V8's flags as they are: a thread shares
 * them with the process, where the launcher turned the compilers back on for this long parse.
 * Running from source (tests), there is no such part, and parsing stays on the calling thread.
 */
function workerCode(): string | undefined {
  const file = join(import.meta.dirname, 'parse-worker.cjs');
  if (!existsSync(file)) return undefined;
  const launcher = JSON.stringify(join(import.meta.dirname, '..', 'wxhelp.js'));
  return `globalThis[Symbol.for('wxhelp.keep-v8-flags')] = true; require(${launcher}).loadPart('parse-worker.cjs');`;
}

/** parseCatalog on this thread (the worker runs this too), loading the parser only now. */
export async function parseInPlace(job: ParseJob): Promise<ParseResult> {
  const [{ parseCatalog }, numbers] = await Promise.all([import('./load.js'), job.checkNumbers ? import('./phone-numbers.js') : undefined]);
  return parseCatalog(job.text, job.fileName, numbers?.checkNumbers);
}

/** parseCatalog, on a worker thread when the text is large; the same result either way. */
export async function parseCatalogInterruptibly(job: ParseJob): Promise<ParseResult> {
  const code = job.text.length >= OFF_THREAD_CHARS ? workerCode() : undefined;
  if (!code) return parseInPlace(job);
  const { Worker } = await import('node:worker_threads');
  return new Promise<ParseResult>((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: job });
    let done = false;
    // A worker that fails (out of memory, say) is a catalog that could not be read, like a parser
    // failure in place: an issue, never a crash.
    const failed = (why: string) => {
      if (done) return;
      done = true;
      const detail = { id: 'parser-failed', file: escapeControls(job.fileName), text: why } as const;
      resolve({ issues: [{ severity: 'error', line: 1, column: 1, path: '', message: issueText('en', detail), detail }] });
    };
    worker.once('message', (result: ParseResult) => {
      done = true;
      resolve(result);
    });
    worker.once('error', (error) => failed(error.message.split('\n')[0]!));
    worker.once('exit', (code) => failed(`the parser stopped (exit ${code})`));
  });
}
