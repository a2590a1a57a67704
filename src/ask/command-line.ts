// The one-line `wxhelp recommend …` that gives the same answer as the questions did, quoted so
// it can be pasted into a POSIX shell as is.
import type { AskAnswers } from './flow.js';

/** Global options worth repeating: only those that change the answer from the defaults. */
export interface RepeatedGlobals {
  /** The --at instant, ISO 8601 with its offset, so it means the same moment in any zone. */
  at?: string;
  tz?: string;
  lang?: string;
  channels?: string;
  accessible?: boolean;
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** What a terminal could act on, or that would break the line (as in render/terminal/sanitize.ts). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A word as a POSIX shell reads it back: bare when it is plain, else in single quotes; with a
 * control character in it, in $'…' with the character escaped, so that printing the line never
 * acts on the terminal and pasting it gives the same word back.
 */
export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word;
  if (UNSAFE.test(word)) {
    UNSAFE.lastIndex = 0;
    const body = word
      .replace(/[\\']/g, (c) => `\\${c}`)
      .replace(UNSAFE, (c) => {
        const code = c.charCodeAt(0);
        return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      });
    return `$'${body}'`;
  }
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `--flag value`; `--flag=value` when the value starts with "-" so it is never read as a flag. */
function flag(name: string, value: string): string {
  return value.startsWith('-') ? shellQuote(`${name}=${value}`) : `${name} ${shellQuote(value)}`;
}

/** What `recommend` would assume without flags: overseas from the zone, urgent from the topic's nature. */
export interface RecommendDefaults {
  /** null: recommend would be unsure. */
  overseas: boolean | null;
  urgent: boolean;
}

export function recommendCommandLine(
  answers: AskAnswers,
  globals: RepeatedGlobals = {},
  program = 'wxhelp',
  defaults: RecommendDefaults = { overseas: false, urgent: false },
): string {
  const words = [program, 'recommend', flag('--topic', answers.topic)];
  // Each answer that recommend would not assume by itself is said, so the line gives the same answer;
  // the region always, since recommend would take it from the zone of the machine it is pasted on.
  if (answers.urgent) words.push('--urgent');
  else if (defaults.urgent) words.push('--not-urgent');
  // Unsure: nothing said, and the pasted line is as unsure as the machine it runs on.
  if (answers.overseas === true) words.push('--overseas');
  else if (answers.overseas === false) words.push('--mainland');
  for (const need of new Set(answers.needs)) words.push(flag('--need', need));
  if (globals.at !== undefined) words.push(flag('--at', globals.at));
  if (globals.tz !== undefined) words.push(flag('--tz', globals.tz));
  if (globals.lang !== undefined) words.push(flag('--lang', globals.lang));
  if (globals.channels !== undefined) words.push(flag('--channels', globals.channels));
  if (globals.accessible === true) words.push('--accessible');
  return words.join(' ');
}
