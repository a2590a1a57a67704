// Text wrapped to a terminal width: display columns (a CJK character counts two), breaks at
// spaces and between CJK characters (never before a closing mark such as ，。」 or after an
// opening one such as 「), continuation lines indented under their label, and colour and
// hyperlinks (SGR and OSC 8 sequences) closed at each break and reopened on the next line. Only
// an unbreakable token (a URL, a command, a long number) may run past the width.
import { messages } from '../../i18n/messages.js';
import { hantTables } from '../../wording/hant-tables.js';
import { displayWidth, fitsWhole, PRINTABLE_ASCII } from '../terminal/width.js';

/** One SGR (colour) or OSC 8 (hyperlink) sequence; `y`: matched at a position. */
const ESCAPE = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/y;
const CJK =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f]|[\u{20000}-\u{3fffd}]/u;
/** CJK marks that must not start a line (ASCII punctuation simply stays inside its word). */
const CLOSING = /^[，。、；：！？）」』》】〉〕〗〙〛…—”’]$/u;
/** CJK marks that must not end a line. */
const OPENING = /^[（「『《【〈〔〖〘〚“‘]$/u;
/** A letter of a word written without spaces (Han, kana, Hangul): no punctuation. */
const IDEOGRAPH = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]$|^[\u{20000}-\u{3fffd}]$/u;
/** A run of this many letters or fewer is one or two words: it is not broken. */
const SHORT_RUN = 4;

interface Atom {
  /** Visible text with its escape sequences. */
  text: string;
  /** The visible text alone (the text without its escape sequences). */
  visible: string;
  width: number;
  space: boolean;
}

/** Splits text into atoms: words, single CJK characters, spaces; escapes stick to the text after them. */
function atoms(text: string): Atom[] {
  const out: Atom[] = [];
  let pending = '';
  // The word being read (pushed when a space, a CJK character or the end comes: inline, not a
  // function called at every one of them, which a long note made hot enough for V8 to optimise).
  let word: Atom | null = null;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // Printable ASCII other than a space: part of a word, one column each (the common case,
    // without the regular expressions below), taken a run at a time.
    if (unit > 0x20 && unit < 0x7f) {
      let end = i + 1;
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (next <= 0x20 || next >= 0x7f) break;
        end++;
      }
      const run = text.slice(i, end);
      if (!word) word = { text: pending, visible: '', width: 0, space: false };
      pending = '';
      word.text += run;
      word.visible += run;
      word.width += end - i;
      i = end;
      continue;
    }
    if (unit === 0x20) {
      if (word) out.push(word);
      word = null;
      out.push({ text: `${pending} `, visible: ' ', width: 1, space: true });
      pending = '';
      i++;
      continue;
    }
    if (unit === 0x1b) {
      ESCAPE.lastIndex = i;
      const esc = ESCAPE.exec(text);
      if (esc) {
        if (word) word.text += esc[0];
        else pending += esc[0];
        i += esc[0].length;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (CJK.test(ch) || CLOSING.test(ch) || OPENING.test(ch)) {
      if (word) out.push(word);
      word = null;
      // The main block of Chinese characters, most of a Chinese answer, is two columns each (as
      // displayWidth says), without measuring each character as a string.
      out.push({ text: pending + ch, visible: ch, width: cp >= 0x4e00 && cp <= 0x9fff ? 2 : displayWidth(ch), space: false });
      pending = '';
    } else {
      if (!word) word = { text: pending, visible: '', width: 0, space: false };
      pending = '';
      word.text += ch;
      word.visible += ch;
      word.width += displayWidth(ch);
    }
  }
  if (word) out.push(word);
  if (pending !== '') out.push({ text: pending, visible: '', width: 0, space: false });
  // Kinsoku: a closing mark joins the atom before it, an opening mark the atom after it.
  const joined: Atom[] = [];
  // Loops by index here: in V8's interpreter, for…of makes an object at every step.
  const kept = keepWords(out);
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i]!;
    const prev = joined[joined.length - 1];
    // A mark is one character, never ASCII: an atom that is not one such character (most of them,
    // in English) is not asked of the pattern at all, which in V8's interpreter costs more than the
    // test. (Inline, not a function called for every atom, which V8 would soon mark to optimise.)
    const closing = a.visible.length === 1 && a.visible.charCodeAt(0) > 0x7f && CLOSING.test(a.visible);
    const opening = prev !== undefined && prev.visible.length === 1 && prev.visible.charCodeAt(0) > 0x7f && OPENING.test(prev.visible);
    if (prev && !a.space && !prev.space && (closing || opening || a.width === 0)) {
      prev.text += a.text;
      prev.visible += a.visible;
      prev.width += a.width;
    } else {
      // The atom itself, not a copy: the atoms and keepWords' list are made for this call alone.
      joined.push(a);
    }
  }
  return joined;
}

/** An ASCII digit at `at` (a character code, not a pattern a run would compile). */
const digitAt = (text: string, at: number): boolean => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
const endsWithDigit = (a: Atom) => !a.space && digitAt(a.visible, a.visible.length - 1);
const startsWithDigit = (a: Atom) => !a.space && digitAt(a.visible, 0);

/**
 * Where Chinese (or Japanese, Korean) text may not break: inside a short run of letters (one or two
 * words: 未证实, 小时后), inside one of the interface's own words (the message table's
 * `keepWhole`: 仅自助服务, 有人接听), and between a number and the letters around it (11月27日,
 * 6小时, 09:00起). Everything else between two letters stays a place to break.
 */
/**
 * The table's words in Simplified and, once a zh-Hant run has loaded its table, in Traditional
 * (僅自助服務) too: that table lists both (bin/hant-modules.mjs), so a zh-Hant run does not read the
 * Simplified one for them.
 */
const keptWords = (): readonly string[] => messages(hantTables().messages === undefined ? 'zh' : 'zh-Hant').keepWhole;

function keepWords(atoms: Atom[]): Atom[] {
  // Each atom asked once, in a loop (a long note has hundreds, and asking each again, or through a
  // function per atom, made the question hot enough for V8 to optimise it, in a run that is over
  // before that pays).
  const letters: boolean[] = [];
  for (const a of atoms) letters.push(!a.space && IDEOGRAPH.test(a.visible));
  if (!letters.includes(true)) return atoms;
  const glue: boolean[] = atoms.map(() => false); // glue[i]: no break between atom i-1 and atom i
  for (let i = 0; i < atoms.length; ) {
    if (!letters[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < atoms.length && letters[j]) j++;
    // atoms[i..j) is a run of letters.
    if (j - i <= SHORT_RUN) for (let k = i + 1; k < j; k++) glue[k] = true;
    else {
      const run = atoms
        .slice(i, j)
        .map((a) => a.visible)
        .join('');
      const words = keptWords();
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + 1)) {
          for (let k = at + 1; k < at + [...word].length; k++) glue[i + k] = true;
        }
      }
    }
    if (i > 0 && endsWithDigit(atoms[i - 1]!)) glue[i] = true;
    if (j < atoms.length && startsWithDigit(atoms[j]!)) glue[j] = true;
    i = j;
  }
  // Glued atoms join the one before them: in place, not copied (the atoms are this call's own). A
  // callback, not a loop in this function: with a loop here, a --verbose answer's notes made
  // keepWords hot enough for V8 to optimise.
  const out: Atom[] = [];
  atoms.forEach((a, i) => {
    const prev = out[out.length - 1];
    if (glue[i] && prev) {
      prev.text += a.text;
      prev.visible += a.visible;
      prev.width += a.width;
    } else out.push(a);
  });
  return out;
}

/** The SGR and hyperlink state after some text, to close at a break and reopen after it. */
interface Style {
  sgr: string[];
  link: string | null;
}

function track(style: Style, text: string): void {
  for (const m of text.matchAll(/\u001b\[([0-9;]*)m|\u001b\]8;[^;\u0007\u001b]*;([^\u0007\u001b]*)(?:\u0007|\u001b\\)/g)) {
    if (m[1] !== undefined) {
      const code = m[1];
      if (code === '' || code === '0') style.sgr = [];
      else if (/^(22|23|24|27|28|29|39|49)$/.test(code)) {
        const closes: Record<string, RegExp> = {
          '22': /^(1|2)$/,
          '23': /^3$/,
          '24': /^4$/,
          '27': /^7$/,
          '28': /^8$/,
          '29': /^9$/,
          '39': /^(3[0-8]|9[0-7])(;|$)/,
          '49': /^(4[0-8]|10[0-7])(;|$)/,
        };
        style.sgr = style.sgr.filter((c) => !closes[code]!.test(c));
      } else style.sgr.push(code);
    } else {
      style.link = m[2] ? m[2] : null;
    }
  }
}

const close = (s: Style) => `${s.link !== null ? '\u001b]8;;\u0007' : ''}${s.sgr.length > 0 ? '\u001b[0m' : ''}`;
const reopen = (s: Style) => `${s.sgr.map((c) => `\u001b[${c}m`).join('')}${s.link !== null ? `\u001b]8;;${s.link}\u0007` : ''}`;

/** Without the spaces (U+0020 only) at either end. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

/**
 * `text` after `first` (a label or a list marker) on the first line, wrapped to `width` columns,
 * continuation lines starting with `indent`.
 */
export function wrap(text: string, width: number, first = '', indent = ' '.repeat(displayWidth(first))): string[] {
  // Most lines: plain characters (no escapes, marks or emoji) that fit. Spaces at the start and the
  // end are dropped, as below; nothing else changes. (Such a character takes a column or more, so
  // a text longer than the room cannot fit: it is not measured, a long note's every character.)
  const trimmed = trimSpaces(text);
  const room = width - displayWidth(first);
  if (room >= 0 && trimmed.length <= room && fitsWhole(trimmed, room)) return [first + trimmed];
  // English text: its words and spaces read without making atoms (no escapes, no CJK to keep
  // together): a long --verbose note made the atoms' passes hot enough for V8 to optimise.
  if (PRINTABLE_ASCII.test(text)) return wrapPrintableAscii(text, width, first, indent);
  return wrapAtoms(text, width, first, indent);
}

/** wrapAtoms for text of printable ASCII alone (each character one column, a space an atom of its own). */
function wrapPrintableAscii(text: string, width: number, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let used = displayWidth(first);
  let lineStart = used; // spaces at the start of a line are dropped
  let spaces = 0; // since the last word on this line
  // The words between single spaces ('' between two spaces in a row, and before a leading one).
  const words = text.split(' ');
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && used > lineStart) spaces++; // the space before words[k]
    const word = words[k]!;
    if (word === '') continue;
    if (used > lineStart && used + spaces + word.length > width) {
      lines.push(line);
      line = indent;
      used = displayWidth(indent);
      lineStart = used;
      spaces = 0;
    }
    line += ' '.repeat(spaces) + word;
    used += spaces + word.length;
    spaces = 0;
  }
  lines.push(line);
  return lines;
}

/** wrap's general case, atom by atom (exported for the test that holds the quick case to it). */
export function wrapAtoms(text: string, width: number, first: string, indent: string): string[] {
  const lines: string[] = [];
  const style: Style = { sgr: [], link: null };
  let line = first;
  let used = displayWidth(first);
  let lineStart = used; // spaces at the start of a line are dropped
  // The spaces since the last word, and the columns they take (a space atom's width).
  let space = '';
  let spaceWidth = 0;
  // Text without escape sequences (any output but a terminal's) has no style to carry over a break.
  const styled = text.includes('\u001b');
  const all = atoms(text);
  for (let i = 0; i < all.length; i++) {
    const atom = all[i]!;
    if (atom.space) {
      if (used > lineStart) {
        space += atom.text;
        spaceWidth += atom.width;
      }
      continue;
    }
    if (used > lineStart && used + spaceWidth + atom.width > width) {
      if (styled) track(style, space);
      lines.push(line + close(style));
      line = indent + reopen(style);
      used = displayWidth(indent);
      lineStart = used;
      space = '';
      spaceWidth = 0;
    }
    line += space + atom.text;
    used += spaceWidth + atom.width;
    if (styled) track(style, space + atom.text);
    space = '';
    spaceWidth = 0;
  }
  lines.push(line);
  return lines;
}
