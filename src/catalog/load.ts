// Parsing and validating catalog text. Nothing here prints or exits: everything about the content
// comes back as CatalogIssue values (read problems are thrown by read-file.ts as CatalogError).
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Catalog } from './types.js';
import { issueText } from './messages.js';
import type { CatalogIssue, IssueDetail, PathSegment, RawIssue, Severity } from './issues.js';
import { escapeControls, formatPath, show } from './issues.js';
import { CatalogError, invalidProblem, readCatalogFile, shown, type ReadOptions } from './read-file.js';
import { nodeAt, validateDocument } from './validate.js';
import { checkSemantics, type Loose } from './semantics.js';

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
          return { severity: 'error', offset: i, path: '', detail: { id: 'too-deep-indent', max: MAX_INDENT } };
        }
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_FLOW_DEPTH) {
        return { severity: 'error', offset: i, path: '', detail: { id: 'too-deep-flow', max: MAX_FLOW_DEPTH } };
      }
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * The %YAML directive, when it names another version than 1.2: under YAML 1.1 rules numbers,
 * booleans and keys read differently (every "+86…" an integer), so such a file is refused.
 */
function otherYamlVersion(text: string): RawIssue | undefined {
  const m = /^%YAML[ \t]+([^\s#]*)/m.exec(text);
  if (!m) return undefined;
  // Only a directive before the document start counts.
  const start = /^---/m.exec(text);
  if ((start && start.index < m.index) || m[1] === '1.2') return undefined;
  return {
    severity: 'error',
    offset: m.index,
    path: '',
    detail: { id: 'yaml-version', version: JSON.stringify(m[1]) },
  };
}

/**
 * Duplicate keys, in one pass with a set per mapping. (yaml's own uniqueKeys check compares every
 * key with every other: 30,000 keys in one mapping took seconds, 100,000 minutes.) Reported as
 * yaml does, at the repeated key; merge keys ("<<") may repeat.
 */
function duplicateKeys(doc: Document): RawIssue[] {
  const issues: RawIssue[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;
        if (seen.has(key.value)) {
          issues.push({
            severity: 'error',
            offset: key.range?.[0] ?? 0,
            path: '',
            detail: { id: 'duplicate-key', key: escapeControls(show(String(key.value))) },
          });
          if (issues.length >= 100) return visit.BREAK;
        } else {
          seen.add(key.value);
        }
      }
      return undefined;
    },
  });
  return issues;
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
  const text = oneLine(error.message);
  const code = String(error.code);
  return {
    severity,
    offset: error.pos?.[0] ?? 0,
    path: '',
    detail: severity === 'error' ? { id: 'yaml-error', code, text } : { id: 'yaml-warning', code, text },
  };
}

/**
 * A check beyond the built-in ones, run on a catalog that validated (e.g. number agreement,
 * which needs a phone-number library only `validate` and the build load).
 */
export type ExtraCheck = (
  catalog: Catalog,
  report: (severity: Severity, path: readonly PathSegment[], detail: IssueDetail) => void,
) => void;

/**
 * Parse and validate catalog text. Never throws: every problem, including a failure inside the
 * parser, comes back as an issue. `fileName` is used in messages only.
 */
export function parseCatalog(source: string, fileName: string, extra?: ExtraCheck): ParseResult {
  // YAML counts a lone CR as a line break (an old Mac editor's file), the parser does not: it
  // would read the whole file as its first line, a comment. One for one, so positions stay.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lineCounter = new LineCounter();
  const raw: RawIssue[] = [];
  let doc: Document | undefined;
  let value: Record<string, unknown> | undefined;
  const deep = tooDeep(text) ?? otherYamlVersion(text);
  if (deep) {
    const before = text.slice(0, deep.offset);
    const line = before.split('\n').length;
    const column = deep.offset - (before.lastIndexOf('\n') + 1) + 1;
    return { issues: [{ severity: 'error', line, column, path: '', message: issueText('en', deep.detail), detail: deep.detail }] };
  }
  try {
    doc = parseDocument(text, {
      lineCounter,
      uniqueKeys: false, // checked below, in linear time
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
    if (doc.errors.length === 0) raw.push(...duplicateKeys(doc));
    for (const w of doc.warnings) raw.push(yamlIssue('warning', w));
    if (doc.errors.length === 0 && !raw.some((r) => r.severity === 'error')) {
      const result = validateDocument(doc, { sourceLength: text.length });
      raw.push(...result.issues);
      value = result.value;
      if (value) {
        const d = doc;
        checkSemantics(value as Loose<Catalog>, {
          sourceRefs: result.sourceRefs,
          report: (severity, path, detail) => raw.push({ severity, offset: nodeAt(d, path).offset, path: formatPath(path), detail }),
          lineOf: (path: readonly PathSegment[]) => lineCounter.linePos(nodeAt(d, path).offset).line,
          has: (path: readonly PathSegment[]) => nodeAt(d, path).exact,
        });
        if (extra && !raw.some((r) => r.severity === 'error')) {
          extra(value as unknown as Catalog, (severity, path, detail) =>
            raw.push({ severity, offset: nodeAt(d, path).offset, path: formatPath(path), detail }),
          );
        }
      }
    }
  } catch (error) {
    const message = error instanceof Error ? oneLine(error.message) : String(error);
    raw.push({
      severity: 'error',
      offset: 0,
      path: '',
      detail: { id: 'parser-failed', file: escapeControls(fileName), text: message },
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
      message: issueText('en', r.detail),
      detail: r.detail,
    };
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  const ok = value !== undefined && !issues.some((i) => i.severity === 'error');
  return ok ? { catalog: value as unknown as Catalog, issues } : { issues };
}

/** `file:line:col: error: message (at path)` */
export { formatIssue } from './messages.js';

/**
 * Read, parse and validate a catalog file. Throws CatalogError for a file that cannot be read
 * (see readCatalogFile) or that has errors (CATALOG_INVALID, with `issues` and the first one in
 * the message); returns the catalog and its warnings otherwise.
 */
export function loadCatalogFile(path: string, options: ReadOptions = {}): { catalog: Catalog; issues: CatalogIssue[] } {
  return validCatalog(readCatalogFile(path, options), path);
}

/** parseCatalog for text read from `path`, throwing CatalogError (CATALOG_INVALID) when it has errors. */
export function validCatalog(text: string, path: string): { catalog: Catalog; issues: CatalogIssue[] } {
  const { catalog, issues } = parseCatalog(text, path);
  if (catalog) return { catalog, issues };
  throw new CatalogError('CATALOG_INVALID', invalidProblem(shown(path), issues), path, issues);
}
