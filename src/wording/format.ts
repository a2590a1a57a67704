// The message tables' one formatter: a message is plain text with named placeholders, in the
// subset of ICU MessageFormat that translators' tools know:
//   {name}                                   the value as text
//   {name, list, comma}                      a list, joined as the table's `lists.comma` says
//   {name, capital}                          the text with its first letter upper-case
//   {name, select, a {…} b {…} other {…}}    one branch by the value (true, false, null, or a word)
//   {name, plural, =0 {…} =1 {…} other {…}}  one branch by the number (# inside is the number);
//                                            one/two/few/many: the language's own plural rules
// '{', '}' and '#' are literal between apostrophes ('{'), and '' is one apostrophe. A language that
// does not say a value still takes it: {name, select, other {}}. A table may ask for a space where
// a Chinese character meets a Latin letter, digit or quote at the edge of a value (its
// `spaceAroundCode`: "应为" + "IANA 时区" → "应为 IANA 时区"); the number of a plural's # is never spaced.

/** What a placeholder can stand for. */
export type Arg = string | number | boolean | null | readonly string[];
export type Args = Readonly<Record<string, Arg>>;
/** A list style: the separator, or the separator and the one before the last item (", " and " and "). */
export type ListStyle = string | readonly [string, string];
/** How a table writes values: its list styles, and whether code in Chinese text is set off by spaces. */
export interface Style {
  lists: Readonly<Record<string, ListStyle>>;
  spaceAroundCode?: boolean;
}

type Node =
  | string
  | { name: string; type: 'text' | 'list' | 'capital'; style: string }
  | { name: string; type: 'select' | 'plural'; options: Map<string, Node[]> }
  | '#';

const parsed = new Map<string, Node[]>();

/** The placeholders a message names (select and plural ones included). */
export function placeholders(message: string): Set<string> {
  const names = new Set<string>();
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      names.add(node.name);
      if ('options' in node) for (const branch of node.options.values()) visit(branch);
    }
  };
  visit(parse(message));
  return names;
}

export function format(message: string, args: Args, style: Style, lang: string): string {
  let nodes = parsed.get(message);
  if (nodes === undefined) {
    nodes = parse(message);
    parsed.set(message, nodes);
  }
  return render(nodes, args, style, lang, null);
}

function render(nodes: readonly Node[], args: Args, style: Style, lang: string, count: number | null): string {
  let out = '';
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (typeof node === 'string') {
      out += node === '#' && count !== null ? String(count) : node;
      continue;
    }
    const value = args[node.name];
    if (value === undefined) throw new Error(`message placeholder {${node.name}} has no value`);
    let said: string;
    switch (node.type) {
      case 'text':
        said = text(value);
        break;
      case 'capital': {
        const t = text(value);
        said = t.charAt(0).toUpperCase() + t.slice(1);
        break;
      }
      case 'list': {
        const list = style.lists[node.style];
        if (list === undefined) throw new Error(`message list style "${node.style}" is not in the table`);
        said = join(typeof value === 'object' && value !== null ? value : [text(value)], list);
        break;
      }
      case 'select':
        said = render(branch(node.options, selectKey(value)), args, style, lang, count);
        break;
      case 'plural': {
        const n = Number(value);
        const exact = node.options.get(`=${n}`);
        const chosen = exact ?? node.options.get(pluralCategory(lang, n, node.options)) ?? branch(node.options, 'other');
        said = render(chosen, args, style, lang, n);
        break;
      }
    }
    if (style.spaceAroundCode && said !== '') {
      const next = nodes[i + 1];
      if (meets(out.slice(-1), said[0]!)) out += ' ';
      out += said;
      if (typeof next === 'string' && next !== '#' && next !== '' && meets(said.slice(-1), next[0]!)) out += ' ';
    } else out += said;
  }
  return out;
}

/** The branch a value chooses: its text; a list is `empty` or not. */
const selectKey = (value: Arg): string =>
  typeof value === 'object' && value !== null ? (value.length === 0 ? 'empty' : 'other') : String(value);

const CJK = /[\u3400-\u9fff]/;
const CODE = /[A-Za-z0-9"'*&<[(+/_.-]/;
/** A Chinese character beside a Latin letter, digit or quote (either way round). */
const meets = (a: string, b: string): boolean => (CJK.test(a) && CODE.test(b)) || (CODE.test(a) && CJK.test(b));

const text = (value: Arg): string => (typeof value === 'object' && value !== null ? value.join(', ') : String(value));

function join(items: readonly string[], style: ListStyle): string {
  if (typeof style === 'string') return items.join(style);
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(style[0])}${style[1]}${items[items.length - 1]}`;
}

function branch(options: Map<string, Node[]>, key: string): Node[] {
  const found = options.get(key) ?? options.get('other');
  if (found === undefined) throw new Error(`message choice has neither "${key}" nor "other"`);
  return found;
}

// The language's plural rules, made only for a message that names a category (one, few, …):
// English and Chinese say theirs with =N, so their runs never build one.
const rules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, n: number, options: Map<string, Node[]>): string {
  if (![...options.keys()].some((k) => k !== 'other' && !k.startsWith('='))) return 'other';
  let r = rules.get(lang);
  if (r === undefined) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  return r.select(n);
}

// ---------------------------------------------------------------------------------------------
// The parser: text, {placeholders} and their branches, quoting. A scanner over the message's
// characters, without regular expressions or copies of the rest of the message: a run parses the
// twenty or so messages it says, and compiling a pattern costs more than scanning one.

type Scan = { s: string; i: number };

function parse(message: string): Node[] {
  const p = { s: message, i: 0 };
  const nodes = parseText(p, false);
  if (p.i < message.length) throw new Error(`message has an unmatched "}" at ${p.i}: ${message}`);
  return nodes;
}

function parseText(p: Scan, inPlural: boolean): Node[] {
  const nodes: Node[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer !== '') nodes.push(buffer);
    buffer = '';
  };
  while (p.i < p.s.length) {
    // Plain text up to the next character that may mean something, taken in one piece.
    const end = plainEnd(p.s, p.i, inPlural);
    if (end > p.i) {
      buffer += p.s.slice(p.i, end);
      p.i = end;
      continue;
    }
    const c = p.s[p.i]!;
    if (c === '}') break;
    if (c === "'") {
      const next = p.s[p.i + 1];
      if (next === "'") {
        buffer += "'";
        p.i += 2;
      } else if (next === '{' || next === '}' || (next === '#' && inPlural)) {
        const close = p.s.indexOf("'", p.i + 1);
        if (close < 0) throw new Error(`message has an unclosed quote: ${p.s}`);
        buffer += p.s
          .slice(p.i + 1, close)
          .split("''")
          .join("'");
        p.i = close + 1;
      } else {
        buffer += c;
        p.i++;
      }
    } else if (c === '#') {
      flush();
      nodes.push('#');
      p.i++;
    } else {
      flush();
      nodes.push(parsePlaceholder(p));
    }
  }
  flush();
  return nodes;
}

/**
 * Where the plain text from `from` ends: at the next '{', '}' or apostrophe, and inside a plural
 * '#' (or the end). Found by indexOf, in native code: most of a message is plain text, and a
 * loop over its characters took a run a few tenths of a millisecond in V8's interpreter.
 */
function plainEnd(s: string, from: number, inPlural: boolean): number {
  let end = s.length;
  end = before(end, s.indexOf('{', from));
  end = before(end, s.indexOf('}', from));
  end = before(end, s.indexOf("'", from));
  return inPlural ? before(end, s.indexOf('#', from)) : end;
}
const before = (end: number, at: number): number => (at >= 0 && at < end ? at : end);

/** What a regular expression's \s matches. */
const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** What \w matches (ASCII letters, digits, _), and with `dash` also '-'. */
const isWord = (code: number, dash: boolean): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || (dash && code === 45);

function skipSpace(p: Scan): void {
  while (p.i < p.s.length && isSpace(p.s.charCodeAt(p.i))) p.i++;
}

/** The run of word characters at p.i ('' when there is none), stepped over. */
function word(p: Scan, dash: boolean): string {
  const from = p.i;
  while (p.i < p.s.length && isWord(p.s.charCodeAt(p.i), dash)) p.i++;
  return p.s.slice(from, p.i);
}

function parsePlaceholder(p: Scan): Node {
  const close = (at: number) => {
    if (p.s[at] !== '}') throw new Error(`message placeholder is not closed at ${at}: ${p.s}`);
  };
  p.i++;
  // {name} or {name, type} or {name, type, …}
  skipSpace(p);
  const name = word(p, true);
  if (name === '') throw new Error(`message placeholder has no name at ${p.i}: ${p.s}`);
  skipSpace(p);
  let type = 'text';
  if (p.s[p.i] === ',') {
    const comma = p.i;
    p.i++;
    skipSpace(p);
    const typed = word(p, false);
    if (typed === '')
      p.i = comma; // a comma with no type after it is not part of the head
    else {
      type = typed;
      skipSpace(p);
      if (p.s[p.i] === ',') {
        p.i++;
        skipSpace(p);
      }
    }
  }
  if (type === 'text' || type === 'capital' || type === 'list') {
    const style = word(p, true);
    skipSpace(p);
    close(p.i);
    p.i++;
    if (type === 'list' && style === '') throw new Error(`message list {${name}} names no style: ${p.s}`);
    return { name, type, style };
  }
  if (type !== 'select' && type !== 'plural') throw new Error(`message placeholder {${name}, ${type}} is not a known kind: ${p.s}`);
  const options = new Map<string, Node[]>();
  for (;;) {
    // A branch: its key (any run without spaces or braces: a word, or =N), then '{'.
    const before = p.i;
    skipSpace(p);
    const from = p.i;
    while (p.i < p.s.length && !isSpace(p.s.charCodeAt(p.i)) && p.s[p.i] !== '{' && p.s[p.i] !== '}') p.i++;
    const key = p.s.slice(from, p.i);
    skipSpace(p);
    if (key === '' || p.s[p.i] !== '{') {
      p.i = before;
      break;
    }
    p.i++;
    options.set(key, parseText(p, type === 'plural'));
    close(p.i);
    p.i++;
  }
  skipSpace(p);
  close(p.i);
  p.i++;
  if (!options.has('other')) throw new Error(`message choice {${name}, ${type}} has no "other": ${p.s}`);
  return { name, type, options };
}
