// Accessible mode's prompts (SPEC "--accessible"): each question as plain lines — the question,
// its choices numbered, then "type a number and press Enter" — read back as a line the terminal
// itself echoes. No spinner, no cursor movement or hiding, no redraw: nothing but text and line
// ends, so a screen reader or a braille line reads it in order. After GitHub CLI's accessible prompter.
import type { Lang } from '../catalog/types.js';
import { isChinese } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { loadFolding, mayNeedFolding } from '../match/folding.js';
import type { Choice, Prompts, SearchQuestion, SelectQuestion } from './flow.js';

/** Where the questions go and the typed lines come from; readLine gives null at the end of input. */
export interface LineIO {
  write(text: string): void;
  readLine(): Promise<string | null>;
}

/** What the session takes as "the user left" (the prompt library's name for Ctrl-C). */
class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

export function plainPrompts(io: LineIO, lang: Lang): Prompts {
  const m = messages(lang).ask;
  const colon = isChinese(lang) ? '：' : ': ';
  const list = <V>(choices: readonly Choice<V>[]) =>
    choices.map((c, i) => `  ${i + 1}. ${c.description ? `${c.name}${colon}${c.description}` : c.name}`).join('\n');
  const read = async () => {
    const line = await io.readLine();
    if (line === null) throw new ExitPromptError('end of input');
    return line.trim();
  };
  const say = (text: string) => io.write(`${text}\n`);
  /** A number for one of `choices`; Enter alone gives the one at `fallback`. */
  const number = async <V>(choices: readonly Choice<V>[], fallback: number, prompt: string): Promise<V> => {
    for (;;) {
      io.write(`${prompt} `);
      const typed = await read();
      const n = typed === '' ? fallback + 1 : /^\d+$/.test(typed) ? Number(typed) : NaN;
      const choice = choices[n - 1];
      if (choice !== undefined) {
        say(m.chosen(choice.short ?? choice.name));
        return choice.value;
      }
      say(m.notANumber(choices.length));
    }
  };
  return {
    async select<V>(question: SelectQuestion<V>): Promise<V> {
      const fallback = Math.max(
        0,
        question.choices.findIndex((c) => c.value === question.default),
      );
      say(`\n${question.message}\n${list(question.choices)}`);
      const name = question.choices[fallback]?.short ?? question.choices[fallback]?.name ?? '';
      return number(question.choices, fallback, m.typeNumber(question.choices.length, `${fallback + 1}, ${name}`));
    },
    async search<V>(question: SearchQuestion<V>): Promise<V> {
      const all = question.source('');
      // Topic names only: a screen reader reads the whole line, so the description waits for --verbose.
      const names = all.map((c) => ({ ...c, name: c.short ?? c.name, description: undefined }));
      say(`\n${question.message}\n${list(names)}`);
      for (;;) {
        io.write(`${m.typeNumberOrWords(all.length, `1, ${names[0]?.name ?? ''}`)} `);
        const typed = await read();
        if (typed === '' || /^\d+$/.test(typed)) {
          const choice = names[typed === '' ? 0 : Number(typed) - 1];
          if (choice !== undefined) {
            say(m.chosen(choice.name));
            return choice.value;
          }
          say(m.notANumber(all.length));
          continue;
        }
        // Traditional characters read as Simplified, as in the drawn prompts (./inquirer.ts).
        if (mayNeedFolding(typed)) await loadFolding();
        const matched = question.matches(typed).map((c) => ({ ...c, name: c.short ?? c.name, description: undefined }));
        if (matched.length === 0) {
          say(m.noMatch(typed));
          continue;
        }
        say(`${m.matched}\n${list(matched)}`);
        return number(matched, 0, m.typeNumber(matched.length, `1, ${matched[0]!.name}`));
      }
    },
  };
}

/** Lines from a readable stream, one at a time, without any terminal handling (readline in its plain mode). */
export async function streamLines(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<LineIO & { close(): void }> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    write: (text) => {
      output.write(text);
    },
    readLine: async () => {
      const next = await lines.next();
      return next.done === true ? null : next.value;
    },
    close: () => rl.close(),
  };
}
