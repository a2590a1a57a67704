// One `wxhelp ask` run, given what its command hands it (a catalog, prompt functions, where to
// write and how to print an answer): the questions, then exactly what `wxhelp recommend` prints
// for the answers, then that command as one line. Nothing here knows the CLI: the command
// (src/cli/commands/ask-run.ts) decides whether it may prompt and what an interrupted run exits with.
import type { ChalkInstance } from 'chalk';
import type { RecommendQuery } from '../advise/recommend.js';
import type { UserRegion } from '../advise/region.js';
import type { Catalog, Lang } from '../catalog/types.js';
import { isChinese } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { recommendCommandLine, type RepeatedGlobals } from './command-line.js';
import { askQuestions, toQuery, type AskAnswers, type Prompts } from './flow.js';

/** What the ask flow receives from its command. */
export interface AskSurface {
  lang: Lang;
  /** The user's IANA zone. */
  tz: string;
  /** Where the user is as far as flags, preferences and zone tell (the question's default). */
  region: UserRegion;
  /** The preferences' needs (ticked to begin with). */
  needs: readonly string[];
  /** stdout's columns, when it is a terminal that says. */
  columns: number | undefined;
  paint: ChalkInstance;
  /** Writes a line on stdout. */
  out(text: string): void;
  /** The global options that made this answer differ from a plain run in the same environment. */
  repeatedGlobals(): RepeatedGlobals;
  /** Prints the answer to a query exactly as `wxhelp recommend` does. */
  printRecommendation(query: RecommendQuery): Promise<void>;
}

/** What the prompt library throws when the user presses Ctrl-C (matched by name: it is loaded lazily). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** What the prompt library throws when its question is aborted (a stop signal: the process edge exits, with its own code). */
export function isPromptAborted(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortPromptError';
}

export async function printAnswer(s: AskSurface, catalog: Catalog, answers: AskAnswers): Promise<void> {
  // The region as answered, like a flag; "not sure" stays what the zone said, with its advice.
  const region: UserRegion =
    answers.overseas === null
      ? { ...s.region, overseas: null }
      : { overseas: answers.overseas, from: 'flag', flag: answers.overseas ? '--overseas' : '--mainland' };
  await s.printRecommendation({ ...toQuery(answers), region, regionFrom: region.from });
  const m = messages(s.lang);
  const defaults = { overseas: s.region.overseas, urgent: catalog.topics.find((t) => t.id === answers.topic)?.urgent === true };
  const command = recommendCommandLine(answers, s.repeatedGlobals(), 'wxhelp', defaults);
  s.out(`\n${s.paint.dim(`${m.rec.repeat}${isChinese(s.lang) ? '：' : ':'}`)}\n  ${s.paint.bold(command)}`);
}

/** Asks, then answers; 'interrupted' when the user pressed Ctrl-C at a question, 'aborted' when a stop signal ended it. */
export async function askSession(s: AskSurface, catalog: Catalog, prompts: Prompts): Promise<'answered' | 'interrupted' | 'aborted'> {
  let answers: AskAnswers;
  try {
    answers = await askQuestions(
      { catalog, lang: s.lang, tz: s.tz, region: s.region, needs: s.needs, columns: s.columns, dim: (text) => s.paint.dim(text) },
      prompts,
    );
  } catch (error) {
    if (isPromptExit(error)) return 'interrupted';
    if (isPromptAborted(error)) return 'aborted';
    throw error;
  }
  s.out('');
  await printAnswer(s, catalog, answers);
  return 'answered';
}
