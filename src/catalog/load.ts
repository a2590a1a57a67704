// Reading and parsing a catalog file. Nothing here prints or exits: read problems are thrown as
// CatalogError, everything about the content comes back as CatalogIssue values.

import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Catalog } from './types.js';
import type { CatalogIssue, PathSegment, RawIssue, Severity } from './issues.js';
import { escapeControls, formatPath } from './issues.js';
import type { CatalogOrigin } from './locate.js';
import { nodeAt, validateDocument } from './validate.js';
import { checkSemantics, type Loose } from './semantics.js';

/** Largest catalog file read (a 5,000-channel catalog is a few tens of MiB at most). */
export const MAX_CATALOG_BYTES = 64 * 1024 * 1024;
/**
 * How long a pipe or device (`--channels <(…)`, a named pipe, /dev/stdin) may go without data
 * before reading gives up. Reads are synchronous, so Ctrl-C is not seen while waiting: the wait
 * must end by itself.
 */
export const PIPE_WAIT_MS = 5000;
// Alias bombs: yaml's `maxAliasCount` only guards `toJS()`, which is never called here. The
// validator walks the syntax tree itself and stops when aliases expand to more nodes than the file
// could hold (ALIAS_EXPANSION_ALLOWANCE in validate.ts), so a bomb is refused in milliseconds.

export type CatalogErrorCode =
  | 'CATALOG_NOT_FOUND'
  | 'CATALOG_IS_DIRECTORY'
  | 'CATALOG_TOO_LARGE'
  | 'CATALOG_UNREADABLE'
  | 'CATALOG_NOT_UTF8'
  | 'CATALOG_INVALID';

/** A catalog that cannot be used. `message` is one line; `hint` says what to do. */
export class CatalogError extends Error {
  override readonly name = 'CatalogError';
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
    readonly hint: string,
    /** The file concerned. */
    readonly path: string,
    /** For CATALOG_INVALID: every issue found (errors and warnings). */
    readonly issues: readonly CatalogIssue[] = [],
  ) {
    super(message);
  }
}

export interface ReadOptions {
  maxBytes?: number;
  /** Where the path came from, for a more useful hint. */
  origin?: CatalogOrigin;
  /** For a pipe or device: how long to wait for data (default PIPE_WAIT_MS). */
  waitMs?: number;
}

/** Blocks the thread for `ms` (a pipe with no data yet; nothing else runs meanwhile anyway). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A path as shown in a one-line message (control characters escaped). */
function shown(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f]/.test(path) ? escapeControls(path) : path;
}

function mib(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return `${v >= 10 ? Math.round(v) : Math.round(v * 10) / 10} MiB`;
}

function notFoundHint(origin: CatalogOrigin | undefined): string {
  switch (origin) {
    case 'flag':
      return 'check the file given to --channels';
    case 'env':
      return 'WXHELP_CHANNELS names a file that does not exist: fix it or unset it';
    case 'builtin':
      return 'the built-in channels.yaml is missing: reinstall wxhelp, or pass --channels <file>';
    default:
      return 'check the file name, or pass --channels <file>';
  }
}

/**
 * The text of a catalog file. Checks the path first (missing, directory, too large), then reads at
 * most `maxBytes` (so growing files and devices are bounded too) and decodes UTF-8 (BOM removed).
 */
export function readCatalogFile(path: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_CATALOG_BYTES;
  const fail = (code: CatalogErrorCode, message: string, hint: string): never => {
    throw new CatalogError(code, message, hint, path);
  };
  const failSystem = (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || path === '') {
      return fail('CATALOG_NOT_FOUND', `catalog file not found: ${shown(path)}`, notFoundHint(options.origin));
    }
    if (code === 'EISDIR') {
      return fail('CATALOG_IS_DIRECTORY', `catalog path is a directory, not a file: ${shown(path)}`, 'give the path of a channels.yaml file');
    }
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ELOOP'
          ? 'too many symbolic links'
          : code === 'ENXIO'
            ? 'not a file that can be read, e.g. a socket'
            : (code ?? 'unknown error');
    return fail('CATALOG_UNREADABLE', `cannot read catalog file: ${shown(path)} (${why})`, 'check that the file exists and that you may read it');
  };

  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return failSystem(error);
  }
  if (stat.isDirectory()) failSystem({ code: 'EISDIR' });
  const tooLarge = (size: string): never =>
    fail(
      'CATALOG_TOO_LARGE',
      `catalog file is too large: ${shown(path)} (${size}; the limit is ${mib(maxBytes)})`,
      'a catalog is a YAML file of a few MiB at most; check that this is the right file',
    );
  if (stat.isFile() && stat.size > maxBytes) tooLarge(mib(stat.size));

  // A pipe or device is opened non-blocking: opening a named pipe nobody writes to would
  // otherwise wait forever, and so would reading a terminal.
  const special = !stat.isFile();
  const waitMs = options.waitMs ?? PIPE_WAIT_MS;
  const noData = (waited: boolean): never =>
    fail(
      'CATALOG_UNREADABLE',
      `cannot read catalog file: ${shown(path)} (${waited ? `a pipe or device that gave no data for ${Math.round(waitMs / 100) / 10} s` : 'a pipe or device with nothing in it'})`,
      'give the path of a channels.yaml file, or make sure something writes the catalog to the pipe',
    );
  let fd: number;
  let own = true;
  try {
    fd = openSync(path, special ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
  } catch (error) {
    // /dev/stdin (or /dev/fd/N) is a socket when the parent process made it one, and a socket
    // cannot be opened by name: read the descriptor itself.
    const inherited = /^\/(?:dev|proc\/self)\/(?:stdin$|fd\/(\d+)$)/.exec(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO' || !inherited || !stat.isSocket()) return failSystem(error);
    fd = Number(inherited[1] ?? 0);
    own = false;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    if (fstatSync(fd).isDirectory()) failSystem({ code: 'EISDIR' });
    const fifo = stat.isFIFO();
    const chunkSize = special ? 1024 * 1024 : Math.min(Math.max(stat.size + 1, 64 * 1024), maxBytes + 1);
    let lastData = Date.now();
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') return failSystem(error);
        n = -1; // no data yet
      }
      if (n > 0) {
        chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
        total += n;
        if (total > maxBytes) tooLarge(`over ${mib(maxBytes)}`);
        lastData = Date.now();
      } else if (n === 0 && !(fifo && total === 0)) {
        break; // the end (a named pipe reads as ended until a writer opens it: wait for one)
      } else if (Date.now() - lastData >= waitMs) {
        noData(true);
      } else {
        sleep(Math.min(10, waitMs));
      }
    }
  } finally {
    if (own) closeSync(fd);
  }
  if (special && total === 0) noData(false);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } catch {
    return fail('CATALOG_NOT_UTF8', `catalog file is not UTF-8 text: ${shown(path)}`, 'save the catalog as UTF-8 YAML');
  }
}

/** Deepest flow nesting ([ ] and { }) accepted; a catalog needs about 8. */
export const MAX_FLOW_DEPTH = 128;
/** Widest run of indentation and "- " at the start of a line accepted. */
export const MAX_INDENT = 256;

/**
 * Refuse absurdly deep nesting before the parser sees it: yaml recurses per level, and a stack
 * overflow inside it can leave V8's regular expressions broken for the rest of the process.
 * Counts brackets without regard to quotes, which only errs on the side of prose with hundreds
 * of unmatched brackets.
 */
function tooDeep(text: string): RawIssue | undefined {
  let depth = 0;
  let lead = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      lead = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9 || c === 45 || c === 63) {
        if (++lead > MAX_INDENT) {
          return { severity: 'error', offset: i, path: '', message: `nesting is too deep: more than ${MAX_INDENT} columns of indentation` };
        }
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        return { severity: 'error', offset: i, path: '', message: `nesting is too deep: more than ${MAX_FLOW_DEPTH} levels of [ ] or { }` };
      }
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

export interface ParseResult {
  /** The catalog, present only when there are no errors (warnings allowed). */
  catalog?: Catalog;
  /** Errors and warnings, in file order. */
  issues: CatalogIssue[];
}

function oneLine(text: string): string {
  return escapeControls(text.split('\n')[0]!.trim());
}

function yamlIssue(severity: Severity, error: YAMLError): RawIssue {
  const message = oneLine(error.message);
  return {
    severity,
    offset: error.pos?.[0] ?? 0,
    path: '',
    message: severity === 'error' ? `invalid YAML: ${message}` : `YAML: ${message}`,
  };
}

/**
 * Parse and validate catalog text. Never throws: every problem, including a failure inside the
 * parser, comes back as an issue. `fileName` is used in messages only.
 */
export function parseCatalog(text: string, fileName: string): ParseResult {
  const lineCounter = new LineCounter();
  const raw: RawIssue[] = [];
  let doc: Document | undefined;
  let value: Record<string, unknown> | undefined;
  const deep = tooDeep(text);
  if (deep) {
    const before = text.slice(0, deep.offset);
    const line = before.split('\n').length;
    const column = deep.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { issues: [{ severity: 'error', line, column, path: '', message: deep.message }] };
  }
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: true,
      merge: true,
      prettyErrors: false,
      keepSourceTokens: false,
    }) as Document;
    // One syntax error per position: the parser often reports a cascade at the same place.
    const at = new Set<number>();
    for (const e of doc.errors) {
      const issue = yamlIssue('error', e);
      if (at.has(issue.offset)) continue;
      at.add(issue.offset);
      raw.push(issue);
    }
    for (const w of doc.warnings) raw.push(yamlIssue('warning', w));
    if (doc.errors.length === 0) {
      const result = validateDocument(doc, { sourceLength: text.length });
      raw.push(...result.issues);
      value = result.value;
      if (value) {
        const d = doc;
        checkSemantics(value as Loose<Catalog>, {
          sourceRefs: result.sourceRefs,
          report: (severity, path, message) =>
            raw.push({ severity, offset: nodeAt(d, path).offset, path: formatPath(path), message }),
          lineOf: (path: readonly PathSegment[]) => lineCounter.linePos(nodeAt(d, path).offset).line,
          has: (path: readonly PathSegment[]) => nodeAt(d, path).exact,
        });
      }
    }
  } catch (error) {
    const message = error instanceof Error ? oneLine(error.message) : String(error);
    raw.push({
      severity: 'error',
      offset: 0,
      path: '',
      message: `could not read ${fileName} as a catalog: ${message}`,
    });
    value = undefined;
  }

  const issues: CatalogIssue[] = raw.map((r) => {
    const pos = lineCounter.linePos(Math.min(r.offset, text.length));
    return {
      severity: r.severity,
      line: Math.max(1, pos.line),
      column: Math.max(1, pos.col),
      path: r.path,
      message: r.message,
    };
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = value !== undefined && !issues.some((i) => i.severity === 'error');
  return ok ? { catalog: value as unknown as Catalog, issues } : { issues };
}

/** `file:line:col: error: message (at path)` */
export function formatIssue(file: string, issue: CatalogIssue): string {
  const at = issue.path ? ` (at ${issue.path})` : '';
  return `${file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}${at}`;
}

/**
 * Read, parse and validate a catalog file. Throws CatalogError for a file that cannot be read
 * (see readCatalogFile) or that has errors (CATALOG_INVALID, with `issues` and the first one in
 * the message); returns the catalog and its warnings otherwise.
 */
export function loadCatalogFile(path: string, options: ReadOptions = {}): { catalog: Catalog; issues: CatalogIssue[] } {
  const text = readCatalogFile(path, options);
  const { catalog, issues } = parseCatalog(text, path);
  if (catalog) return { catalog, issues };
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new CatalogError(
    'CATALOG_INVALID',
    `${first ? formatIssue(shown(path), first) : `${shown(path)}: invalid catalog`}${more}`,
    `run \`wxhelp validate ${shown(path)}\` to see every problem`,
    path,
    issues,
  );
}
