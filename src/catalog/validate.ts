// Walks a parsed YAML document once against the catalog definition in schema.ts, collecting
// issues and building the plain, defaults-applied value at the same time. Positions are kept as
// offsets; line and column are computed only for the issues that are reported.

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { catalogDef, type ArrayDef, type Def, type NumberDef, type ObjectDef, type StringDef } from './schema.js';
import { parseIsoDate } from '../zone/civil-date.js';
import {
  closest,
  formatPath,
  quote,
  show,
  type Expected,
  type Got,
  type IssueDetail,
  type PathSegment,
  type RawIssue,
  type Severity,
} from './issues.js';

/** Most issues collected before the walk gives up (the rest is probably the same mistake). */
export const MAX_ISSUES = 500;
/** Nodes the walk may visit beyond the file's own size before aliases count as an alias bomb. */
export const ALIAS_EXPANSION_ALLOWANCE = 100_000;

// ---------------------------------------------------------------------------------------------
// The definition, compiled once into a form that is quick to walk.

type Compiled = CString | CNumber | CBoolean | CArray | CObject | COneOf;

interface CString {
  k: 'string';
  def: StringDef;
  re: RegExp | undefined;
  values: Set<string> | undefined;
  expected: Expected;
}
interface CNumber {
  k: 'number';
  def: NumberDef;
  expected: Expected;
}
interface CBoolean {
  k: 'boolean';
  expected: Expected;
}
interface CArray {
  k: 'array';
  def: ArrayDef;
  items: Compiled;
  expected: Expected;
}
interface CProp {
  name: string;
  bit: number;
  c: Compiled;
  required: boolean;
  default: unknown;
}
interface CObject {
  k: 'object';
  def: ObjectDef;
  props: Map<string, CProp>;
  list: CProp[];
  ignored: RegExp[];
  /** Has a `source` property: its value is inherited by nested facts that omit it. */
  sourced: boolean;
  expected: Expected;
}
interface COneOf {
  k: 'oneOf';
  alternatives: Compiled[];
  wrapAsList: boolean;
  expected: Expected;
}

const compiled = new Map<Def, Compiled>();

const phrase = (text: string): Expected => ({ id: 'phrase', text });

function resolveRef(def: Def): { def: Exclude<Def, { $ref: string }>; default: unknown } {
  let d: Def = def;
  let dflt: unknown;
  for (let guard = 0; '$ref' in d; guard++) {
    if (dflt === undefined) dflt = d.default;
    const name = d.$ref.replace(/^#\/\$defs\//, '');
    const target = catalogDef.$defs[name];
    if (!target || guard > 32) throw new Error(`schema: unresolvable $ref ${d.$ref}`);
    d = target;
  }
  return { def: d, default: dflt ?? ('default' in d ? d.default : undefined) };
}

function compile(def: Def): Compiled {
  const target = resolveRef(def).def;
  const known = compiled.get(target);
  if (known) return known;
  let c: Compiled;
  if ('oneOf' in target) {
    const alternatives: Compiled[] = [];
    c = {
      k: 'oneOf',
      alternatives,
      wrapAsList: target.wrapAsList === true,
      expected: target.expected === undefined ? { id: 'forms' } : phrase(target.expected),
    };
    compiled.set(target, c);
    for (const alt of target.oneOf) alternatives.push(compile(alt));
    return c;
  }
  switch (target.type) {
    case 'string':
      c = {
        k: 'string',
        def: target,
        re: target.pattern === undefined ? undefined : new RegExp(target.pattern, 'u'),
        values: target.enum ? new Set(target.enum) : undefined,
        expected:
          target.expected !== undefined ? phrase(target.expected) : target.enum ? { id: 'one-of', values: target.enum } : { id: 'string' },
      };
      break;
    case 'number':
    case 'integer': {
      const expected: Expected =
        target.expected !== undefined
          ? phrase(target.expected)
          : {
              id: 'number',
              integer: target.type === 'integer',
              ...(target.minimum === undefined ? {} : { min: target.minimum }),
              ...(target.exclusiveMinimum === undefined ? {} : { above: target.exclusiveMinimum }),
              ...(target.maximum === undefined ? {} : { max: target.maximum }),
            };
      c = { k: 'number', def: target, expected };
      break;
    }
    case 'boolean':
      c = { k: 'boolean', expected: target.expected === undefined ? { id: 'boolean' } : phrase(target.expected) };
      break;
    case 'array': {
      const arr: CArray = { k: 'array', def: target, items: undefined as unknown as Compiled, expected: { id: 'list' } };
      compiled.set(target, arr);
      arr.items = compile(target.items);
      if (target.expected !== undefined) arr.expected = phrase(target.expected);
      return arr;
    }
    case 'object': {
      const o: CObject = {
        k: 'object',
        def: target,
        props: new Map(),
        list: [],
        ignored: Object.keys(target.patternProperties ?? {}).map((p) => new RegExp(p, 'u')),
        sourced: Object.hasOwn(target.properties, 'source'),
        expected: target.expected === undefined ? { id: 'mapping' } : phrase(target.expected),
      };
      compiled.set(target, o);
      const required = new Set(target.required ?? []);
      let bit = 0;
      for (const [name, propDef] of Object.entries(target.properties)) {
        const p: CProp = {
          name,
          bit: bit++,
          c: compile(propDef),
          required: required.has(name),
          default: resolveRef(propDef).default,
        };
        o.props.set(name, p);
        o.list.push(p);
      }
      if (bit > 30) throw new Error('schema: too many properties for the presence mask');
      return o;
    }
  }
  compiled.set(target, c);
  return c;
}

let rootCompiled: CObject | undefined;
function root(): CObject {
  rootCompiled ??= compile(catalogDef) as CObject;
  return rootCompiled;
}

// ---------------------------------------------------------------------------------------------
// The walk.

/** Returned for a value that failed validation (the caller leaves it out, or a hole in a list). */
const BAD = Symbol('bad');
/** Returned for `null` in a nullable field: the key is dropped. */
const SKIP = Symbol('skip');

class Stop extends Error {}

export interface ValidationResult {
  /** The built value; fields that failed validation are missing (holes in lists stay undefined). */
  value: Record<string, unknown> | undefined;
  issues: RawIssue[];
  /** Every `source` list written in the file (inherited ones are not repeated), with its path. */
  sourceRefs: SourceRef[];
}

export interface SourceRef {
  ids: readonly string[];
  path: readonly PathSegment[];
  /** Written as one id rather than a list. */
  single: boolean;
}

export interface ValidateOptions {
  /** Length of the source text: sets the alias-expansion budget. */
  sourceLength: number;
}

/** Validate a parsed catalog document (without syntax errors) against the catalog definition. */
export function validateDocument(doc: Document, options: ValidateOptions): ValidationResult {
  const walker = new Walker(doc, options.sourceLength);
  let value: Record<string, unknown> | undefined;
  try {
    const contents = doc.contents as Node | null;
    if (contents === null || (isScalar(contents) && contents.value === null)) {
      walker.add('error', contents ? start(contents) : 0, { id: 'empty-file' });
    } else {
      const v = walker.value(contents, root(), undefined, undefined);
      if (v !== BAD && v !== SKIP) value = v as Record<string, unknown>;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (value) applyZoneDefaults(value);
  return { value, issues: walker.issues, sourceRefs: walker.sourceRefs };
}

/** hours.zone defaults to the catalog's serviceTimeZone, hours.abroad.zone to the line's own zone (their `filledFrom` in schema.ts). */
function applyZoneDefaults(catalog: Record<string, unknown>): void {
  const zone = catalog.serviceTimeZone;
  const channels = catalog.channels;
  if (typeof zone !== 'string' || !Array.isArray(channels)) return;
  for (const ch of channels as ({ hours?: { zone?: string; abroad?: { zone?: string } } } | undefined)[]) {
    if (ch?.hours && ch.hours.zone === undefined) ch.hours.zone = zone;
    if (ch?.hours?.abroad && ch.hours.abroad.zone === undefined) ch.hours.abroad.zone = ch.hours.zone;
  }
}

function start(node: Node | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

class Walker {
  readonly issues: RawIssue[] = [];
  readonly sourceRefs: SourceRef[] = [];
  private readonly path: PathSegment[] = [];
  private visits = 0;
  private readonly budget: number;
  private anchors: Map<string, Node[]> | undefined;
  /** Offset of the outermost alias being expanded (where an alias bomb is reported). */
  private outerAlias = 0;
  private aliasDepth = 0;
  private readonly seen = new Set<string>();
  /** Maps whose merge keys are being expanded (a mapping that merges itself is refused). */
  private readonly merging = new Set<MapNode>();

  constructor(
    private readonly doc: Document,
    sourceLength: number,
  ) {
    this.budget = ALIAS_EXPANSION_ALLOWANCE + 10 * sourceLength;
  }

  add(severity: Severity, offset: number, detail: IssueDetail, extraSegment?: PathSegment): void {
    const key = `${offset}\u0000${JSON.stringify(detail)}`;
    if (this.seen.has(key)) return; // the same node reached again through an alias
    this.seen.add(key);
    if (this.issues.length >= MAX_ISSUES) {
      this.issues.push({
        severity: 'error',
        offset,
        path: '',
        detail: { id: 'too-many', max: MAX_ISSUES },
      });
      throw new Stop();
    }
    const path = extraSegment === undefined ? formatPath(this.path) : formatPath([...this.path, extraSegment]);
    this.issues.push({ severity, offset, path, detail });
  }

  /** Counts a visited node; aliases that expand far beyond the file's size stop the walk. */
  private tick(): void {
    if (++this.visits <= this.budget) return;
    this.issues.push({
      severity: 'error',
      offset: this.outerAlias,
      path: formatPath(this.path),
      detail: { id: 'alias-bomb', nodes: this.budget },
    });
    throw new Stop();
  }

  /**
   * Validate `node` against `c`. `keyNode` positions messages about empty values; `inherited` is
   * the enclosing fact's source list.
   */
  value(node: Node | null, c: Compiled, keyNode: Node | undefined, inherited: unknown): unknown {
    this.tick();
    if (node && isAlias(node)) {
      const target = this.resolveAlias(node.source, start(node));
      if (!target) {
        this.add('error', start(node), { id: 'unknown-alias', name: node.source });
        return BAD;
      }
      if (this.aliasDepth === 0) this.outerAlias = start(node);
      this.aliasDepth++;
      try {
        // Messages about the value itself point at the alias; those inside it, at the anchor's text.
        return this.check(target, start(node), c, keyNode, inherited);
      } finally {
        this.aliasDepth--;
      }
    }
    const at = node === null || (isEmptyScalar(node) && keyNode) ? (keyNode ?? node) : node;
    return this.check(node, start(at), c, keyNode, inherited);
  }

  private check(node: Node | null, atOffset: number, c: Compiled, keyNode: Node | undefined, inherited: unknown): unknown {
    switch (c.k) {
      case 'string': {
        if (!node || !isScalar(node) || typeof node.value !== 'string') {
          this.mismatch(atOffset, c, node, c.def.examples?.[0]);
          return BAD;
        }
        const v = node.value;
        const d = c.def;
        if (c.values) {
          if (!c.values.has(v)) {
            const guess = closest(v, c.values);
            this.add(
              'error',
              atOffset,
              guess
                ? { id: 'not-allowed', expected: c.expected, value: show(v), guess: JSON.stringify(guess) }
                : { id: 'not-allowed', expected: c.expected, value: show(v) },
            );
            return BAD;
          }
          return v;
        }
        if (d.minLength !== undefined && v.length < d.minLength) {
          this.add('error', atOffset, { id: 'empty-string', expected: c.expected });
          return BAD;
        }
        if (c.re && !c.re.test(v)) {
          this.mismatch(atOffset, c, node, d.examples?.[0]);
          return BAD;
        }
        if (d.calendarDate && !isRealDate(v)) {
          this.add('error', atOffset, { id: 'not-a-date', value: show(v), expected: c.expected });
          return BAD;
        }
        return v;
      }
      case 'number': {
        const d = c.def;
        if (d.nullable && node && isScalar(node) && node.value === null) return SKIP;
        if (!node || !isScalar(node) || typeof node.value !== 'number') {
          this.mismatch(atOffset, c, node, d.examples?.[0]);
          return BAD;
        }
        const v = node.value;
        const ok =
          Number.isFinite(v) &&
          (d.type !== 'integer' || Number.isInteger(v)) &&
          (d.const === undefined || v === d.const) &&
          (d.minimum === undefined || v >= d.minimum) &&
          (d.exclusiveMinimum === undefined || v > d.exclusiveMinimum) &&
          (d.maximum === undefined || v <= d.maximum);
        if (!ok) {
          this.add('error', atOffset, { id: 'out-of-range', expected: c.expected, value: scalarText(node) });
          return BAD;
        }
        return v;
      }
      case 'boolean':
        if (!node || !isScalar(node) || typeof node.value !== 'boolean') {
          this.mismatch(atOffset, c, node, undefined);
          return BAD;
        }
        return node.value;
      case 'array': {
        if (!node || !isSeq(node)) {
          this.mismatch(atOffset, c, node, undefined);
          return BAD;
        }
        const items = node.items as (Node | null)[];
        const out: unknown[] = new Array(items.length);
        const path = this.path;
        for (let i = 0; i < items.length; i++) {
          path.push(i);
          const v = this.value(items[i] ?? null, c.items, undefined, inherited);
          path.pop();
          out[i] = v === BAD || v === SKIP ? undefined : v;
        }
        if (c.def.minItems !== undefined && items.length < c.def.minItems) {
          this.add('error', atOffset, { id: 'too-few', min: c.def.minItems, expected: c.expected });
        }
        return out;
      }
      case 'object':
        if (!node || !isMap(node)) {
          this.mismatch(atOffset, c, node, undefined);
          return BAD;
        }
        return this.object(node, c, atOffset, inherited);
      case 'oneOf': {
        for (const alt of c.alternatives) {
          if (!kindMatches(alt, node)) continue;
          const v = this.check(node, atOffset, alt, keyNode, inherited);
          if (v === BAD || v === SKIP || !c.wrapAsList || alt.k === 'array') return v;
          return [v];
        }
        this.mismatch(atOffset, c, node, undefined);
        return BAD;
      }
    }
  }

  private object(map: Node & { items: unknown[] }, c: CObject, atOffset: number, inherited: unknown): unknown {
    const pairs = this.pairsOf(map as unknown as MapNode);
    const out: Record<string, unknown> = {};
    const path = this.path;
    let present = 0;
    let sourceIndex = -1;
    if (c.sourced) {
      for (let i = 0; i < pairs.length; i++) {
        const k = (pairs[i]!.key as Node | null) ?? null;
        if (k && isScalar(k) && k.value === 'source') {
          sourceIndex = i;
          break;
        }
      }
      if (sourceIndex >= 0) {
        const pair = pairs[sourceIndex]!;
        const prop = c.props.get('source')!;
        present |= 1 << prop.bit;
        path.push('source');
        const v = this.value((pair.value as Node | null) ?? null, prop.c, pair.key as Node, undefined);
        if (Array.isArray(v)) {
          out.source = v;
          const written = (pair.value as Node | null) ?? null;
          this.sourceRefs.push({ ids: v as string[], path: path.slice(), single: !!written && isScalar(written) });
        }
        path.pop();
      }
      if (out.source === undefined && inherited !== undefined && sourceIndex < 0) out.source = inherited;
    }
    const childInherited = c.sourced ? (out.source ?? inherited) : inherited;

    for (let i = 0; i < pairs.length; i++) {
      if (i === sourceIndex) continue;
      const pair = pairs[i]!;
      const keyNode = (pair.key as Node | null) ?? null;
      let name: string;
      if (keyNode && isScalar(keyNode) && typeof keyNode.value === 'string') {
        name = keyNode.value;
      } else if (keyNode && isScalar(keyNode) && (typeof keyNode.value === 'number' || typeof keyNode.value === 'boolean')) {
        name = String(keyNode.value);
      } else {
        this.add('error', start(keyNode) || atOffset, { id: 'plain-key' });
        continue;
      }
      const prop = c.props.get(name);
      if (!prop) {
        if (c.ignored.some((re) => re.test(name))) continue;
        this.unknownKey(start(keyNode), name, c);
        continue;
      }
      present |= 1 << prop.bit;
      path.push(name);
      const v = this.value((pair.value as Node | null) ?? null, prop.c, keyNode, childInherited);
      path.pop();
      if (v !== BAD && v !== SKIP) out[name] = v;
    }

    for (const prop of c.list) {
      if (present & (1 << prop.bit)) continue;
      if (prop.required) {
        this.add('error', atOffset, { id: 'missing-key', key: quote(prop.name), expected: prop.c.expected }, prop.name);
      } else if (prop.default !== undefined) {
        out[prop.name] = cloneDefault(prop.default);
      }
    }
    return out;
  }

  private unknownKey(offset: number, name: string, c: CObject): void {
    const allowed = c.list.map((p) => p.name);
    const guess = closest(name, allowed);
    const key = quote(name);
    this.add(
      'warning',
      offset,
      guess ? { id: 'unknown-key', key, guess: quote(guess), allowed } : { id: 'unknown-key', key, allowed },
      name,
    );
  }

  /** The map's pairs, with `<<` merge keys expanded (own keys win, then earlier merges). */
  private pairsOf(map: MapNode): readonly Pair[] {
    const items = map.items;
    let merges = false;
    for (let i = 0; i < items.length; i++) {
      const k = items[i]!.key as Node | null;
      if (k && isScalar(k) && typeof k.value === 'symbol') {
        merges = true;
        break;
      }
    }
    if (!merges) return items;
    if (this.merging.has(map)) {
      this.add('error', start(map as unknown as Node), { id: 'merge-self' });
      return [];
    }
    this.merging.add(map);
    try {
      return this.mergedPairs(items);
    } finally {
      this.merging.delete(map);
    }
  }

  private mergedPairs(items: readonly Pair[]): Pair[] {
    const out: Pair[] = [];
    const names = new Set<unknown>();
    const mergeSources: Node[] = [];
    for (const pair of items) {
      const k = pair.key as Node | null;
      if (k && isScalar(k) && typeof k.value === 'symbol') {
        const v = pair.value as Node | null;
        if (v && isSeq(v)) for (const item of v.items as Node[]) mergeSources.push(item);
        else if (v) mergeSources.push(v);
        continue;
      }
      names.add(k && isScalar(k) ? k.value : k);
      out.push(pair);
    }
    for (let source of mergeSources) {
      this.tick();
      if (isAlias(source)) {
        const target = this.resolveAlias(source.source, start(source));
        if (!target) {
          this.add('error', start(source), { id: 'unknown-alias', name: source.source });
          continue;
        }
        source = target;
      }
      if (!isMap(source)) {
        this.add('error', start(source), { id: 'merge-not-mapping' });
        continue;
      }
      for (const pair of this.pairsOf(source as unknown as MapNode)) {
        const k = pair.key as Node | null;
        const name = k && isScalar(k) ? k.value : k;
        if (names.has(name)) continue;
        names.add(name);
        out.push(pair);
      }
    }
    return out;
  }

  private resolveAlias(name: string, offset: number): Node | undefined {
    this.anchors ??= collectAnchors(this.doc);
    const candidates = this.anchors.get(name);
    if (!candidates) return undefined;
    for (let i = candidates.length - 1; i >= 0; i--) {
      const node = candidates[i]!;
      if (start(node) < offset) return node;
    }
    return undefined;
  }

  private mismatch(offset: number, c: Compiled, node: Node | null, example: string | number | undefined): void {
    const quoteIt = c.k === 'string' && !!node && isScalar(node) && (typeof node.value === 'number' || typeof node.value === 'boolean');
    const got = describe(node);
    this.add(
      'error',
      offset,
      example === undefined
        ? { id: 'wrong-value', expected: c.expected, got, quoteIt }
        : { id: 'wrong-value', expected: c.expected, example: JSON.stringify(example), got, quoteIt },
    );
  }
}

interface MapNode {
  items: Pair[];
}

function kindMatches(c: Compiled, node: Node | null): boolean {
  if (!node) return false;
  switch (c.k) {
    case 'string':
      return isScalar(node) && typeof node.value === 'string';
    case 'number':
      return isScalar(node) && typeof node.value === 'number';
    case 'boolean':
      return isScalar(node) && typeof node.value === 'boolean';
    case 'array':
      return isSeq(node);
    case 'object':
      return isMap(node);
    case 'oneOf':
      return c.alternatives.some((a) => kindMatches(a, node));
  }
}

function describe(node: Node | null): Got {
  if (!node) return { id: 'nothing' };
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return { id: 'empty' };
    if (typeof v === 'string') return { id: 'text', text: show(v) };
    if (typeof v === 'number') return { id: 'number', text: scalarText(node) };
    if (typeof v === 'boolean') return { id: 'boolean', text: String(v) };
    return { id: 'non-text' };
  }
  if (isMap(node)) return { id: 'mapping' };
  if (isSeq(node)) return { id: 'list' };
  if (isPair(node)) return { id: 'pair' };
  return { id: 'other' };
}

function scalarText(node: Node): string {
  const source = (node as { source?: unknown }).source;
  const v = isScalar(node) ? node.value : undefined;
  const text = typeof source === 'string' && source !== '' ? source : String(v);
  return show(text).slice(1, -1);
}

function cloneDefault(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (value !== null && typeof value === 'object') return { ...value };
  return value;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string names a real day, as the hours engine reads it (other strings, like "unknown", pass). */
export function isRealDate(text: string): boolean {
  return !DATE_SHAPE.test(text) || parseIsoDate(text) !== null;
}

/** Anchored nodes by name, in document order; gathered without recursion (deep documents are fine). */
function collectAnchors(doc: Document): Map<string, Node[]> {
  const anchors = new Map<string, Node[]>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop() as (Node & { anchor?: string; items?: unknown[] }) | null | undefined;
    if (!node || typeof node !== 'object') continue;
    if (typeof node.anchor === 'string' && node.anchor !== '') {
      let list = anchors.get(node.anchor);
      if (!list) {
        list = [];
        anchors.set(node.anchor, list);
      }
      list.push(node);
    }
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => start(a) - start(b));
  return anchors;
}

// ---------------------------------------------------------------------------------------------
// Finding the node at a path, for issues found after the walk (semantic checks).

/**
 * Where the node at `segments` is (following aliases and merge keys). When the path leads to a
 * missing key, the offset of the closest existing ancestor and `exact: false`; an empty value
 * points at its key.
 */
export function nodeAt(doc: Document, segments: readonly PathSegment[]): { offset: number; exact: boolean } {
  let node = (doc.contents as Node | null) ?? null;
  let best = start(node);
  let anchors: Map<string, Node[]> | undefined;
  const deref = (n: Node): Node => {
    if (!isAlias(n)) return n;
    anchors ??= collectAnchors(doc);
    const list = anchors.get(n.source) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (start(list[i]) < start(n)) return list[i]!;
    return n;
  };
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    if (!node) return { offset: best, exact: false };
    node = deref(node);
    let next: Node | null = null;
    let keyNode: Node | null = null;
    if (isMap(node) && typeof seg === 'string') {
      const pair = findPair(node as unknown as MapNode, seg, deref, 0);
      if (!pair) return { offset: best, exact: false };
      keyNode = (pair.key as Node | null) ?? null;
      next = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = (node.items[seg] as Node | null | undefined) ?? null;
      if (!next) return { offset: best, exact: false };
    } else {
      // e.g. source: "seed" normalised to a list: index 0 is the scalar itself.
      return { offset: best, exact: seg === 0 && s === segments.length - 1 };
    }
    if (!next || isEmptyScalar(next)) {
      return { offset: keyNode ? start(keyNode) : best, exact: s === segments.length - 1 };
    }
    node = next;
    best = start(next);
  }
  return { offset: best, exact: true };
}

function findPair(map: MapNode, name: string, deref: (n: Node) => Node, depth: number): Pair | undefined {
  let merged: Pair | undefined;
  for (const pair of map.items) {
    const k = pair.key as Node | null;
    if (!k || !isScalar(k)) continue;
    if (k.value === name) return pair;
    if (typeof k.value === 'symbol' && !merged && depth < 8 && pair.value) {
      const v = pair.value as Node;
      const sources = isSeq(v) ? (v.items as Node[]) : [v];
      for (const s of sources) {
        const target = deref(s);
        if (isMap(target)) merged ??= findPair(target as unknown as MapNode, name, deref, depth + 1);
      }
    }
  }
  return merged;
}
