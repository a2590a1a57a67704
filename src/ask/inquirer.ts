// The flow's prompt functions on top of @inquirer/prompts. The library itself is passed in (the
// command imports it dynamically), so nothing here loads it; only its types are named.
import type * as Inquirer from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../catalog/types.js';
import { messages } from '../i18n/messages.js';
import type { Prompts } from './flow.js';
import { isChinese } from '../i18n/lang.js';
import { loadFolding, mayNeedFolding } from '../match/folding.js';

export type PromptLibrary = Pick<typeof Inquirer, 'select' | 'checkbox' | 'search'>;

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborts the question shown (a stop signal): it rejects with AbortPromptError. */
  signal?: AbortSignal;
}

type KeyTips = [key: string, action: string][];

/**
 * The prompts' look, drawn with our own chalk instance so colour follows the same rules as
 * every other output (NO_COLOR, --no-color, TERM=dumb, FORCE_COLOR), and their key hints in the
 * chosen language. (The library's own theme colours through node:util styleText, which on
 * Node 20 does not check any of that.)
 */
export function promptTheme(paint: ChalkInstance, lang: Lang) {
  const keys = messages(lang).ask.keys;
  const none = messages(lang).ask.needsNone;
  return {
    prefix: { idle: paint.blue('?'), done: paint.green('✔') },
    spinner: { interval: 80, frames: ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'].map((f) => paint.yellow(f)) },
    icon: { cursor: '❯', checked: paint.green('◉'), unchecked: '◯', disabledChecked: paint.green('◎'), disabledUnchecked: '-' },
    style: {
      answer: (text: string) => paint.cyan(text),
      message: (text: string) => paint.bold(text),
      error: (text: string) => paint.red(`> ${text}`),
      defaultAnswer: (text: string) => paint.dim(`(${text})`),
      help: (text: string) => paint.dim(text),
      highlight: (text: string) => paint.cyan(text),
      searchTerm: (text: string) => paint.cyan(text),
      key: (text: string) => paint.cyan.bold(`<${text}>`),
      disabled: (text: string) => paint.dim(text),
      description: (text: string) => paint.cyan(text),
      keysHelpTip: (tips: KeyTips) =>
        tips.map(([key, action]) => `${paint.bold(keys[key] ?? key)} ${paint.dim(keys[action] ?? action)}`).join(paint.dim(' • ')),
      renderSelectedChoices: <T>(selected: ReadonlyArray<{ short: string; value: T }>) =>
        selected.length === 0 ? none : selected.map((c) => c.short).join(isChinese(lang) ? '、' : ', '),
    },
  };
}

/** The flow's `select`, `search` and `checkbox`, themed, reading and drawing on the given streams. */
export function inquirerPrompts(library: PromptLibrary, paint: ChalkInstance, lang: Lang, streams: PromptStreams = {}): Prompts {
  const theme = promptTheme(paint, lang);
  const context = { ...streams };
  return {
    select: (question) => library.select({ ...question, loop: false, theme }, context),
    checkbox: (question) => library.checkbox({ ...question, loop: false, theme }, context),
    // The list follows what is typed; the matching itself is the flow's (a plain function of the
    // term), with Traditional characters read as Simplified once some text is not ASCII.
    search: (question) =>
      library.search(
        {
          message: question.message,
          source: async (term) => {
            if (mayNeedFolding(term ?? '')) await loadFolding();
            return question.source(term ?? '');
          },
          pageSize: question.pageSize,
          theme,
        },
        context,
      ),
  };
}
