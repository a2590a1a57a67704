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
}

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word as a POSIX shell reads it back: bare when it is plain, else in single quotes. */
export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `--flag value`; `--flag=value` when the value starts with "-" so it is never read as a flag. */
function flag(name: string, value: string): string {
  return value.startsWith('-') ? shellQuote(`${name}=${value}`) : `${name} ${shellQuote(value)}`;
}

export function recommendCommandLine(answers: AskAnswers, globals: RepeatedGlobals = {}, program = 'wxhelp'): string {
  const words = [program, 'recommend', flag('--topic', answers.topic)];
  if (answers.urgent) words.push('--urgent');
  if (answers.overseas) words.push('--overseas');
  for (const need of new Set(answers.needs)) words.push(flag('--need', need));
  if (globals.at !== undefined) words.push(flag('--at', globals.at));
  if (globals.tz !== undefined) words.push(flag('--tz', globals.tz));
  if (globals.lang !== undefined) words.push(flag('--lang', globals.lang));
  if (globals.channels !== undefined) words.push(flag('--channels', globals.channels));
  return words.join(' ');
}
