// One `wxhelp ask` run, given a catalog and prompt functions: the questions, then exactly what
// `wxhelp recommend` prints for the answers, then that command as one line. Ctrl-C → exit 130.
import type { UserRegion } from '../advise/region.js';
import type { Catalog } from '../catalog/types.js';
import { printRecommendation } from '../cli/runtime/print-recommendation.js';
import { systemZoneOf, type Context } from '../cli/runtime/context.js';
import { EXIT, usageError } from '../cli/runtime/errors.js';
import { checkPreferredNeeds } from '../cli/runtime/preferences.js';
import { regionFor } from '../cli/values/region.js';
import { langFromEnv } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { isoInZone } from '../render/time-format.js';
import { recommendCommandLine, type RepeatedGlobals } from './command-line.js';
import { askQuestions, toQuery, type AskAnswers, type Prompts } from './flow.js';

/** ask prompts only on a terminal (stdin and stdout) and never with --json; otherwise a usage error. */
export function assertCanPrompt(ctx: Context): void {
  const m = messages(ctx.options.lang).ask;
  if (ctx.options.json) throw usageError('NOT_A_TERMINAL', m.noJson, m.useRecommend);
  if (ctx.io.stdin.isTTY !== true || ctx.io.stdout.isTTY !== true) {
    throw usageError('NOT_A_TERMINAL', m.needsTerminal, m.useRecommend);
  }
}

/** What the prompt library throws when the user presses Ctrl-C (matched by name: it is loaded lazily). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && error.name === 'ExitPromptError';
}

/** What the prompt library throws when its question is aborted (a stop signal: the process edge exits, with its own code). */
export function isPromptAborted(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortPromptError';
}

/** The global options that made this answer differ from a plain run in the same environment. */
export function repeatedGlobals(ctx: Context): RepeatedGlobals {
  const globals: RepeatedGlobals = {};
  const { at, atGiven, tz, lang, channels } = ctx.options;
  // An answer for another moment is repeated for that moment (as an instant with its offset).
  if (atGiven === true) globals.at = isoInZone(at, tz);
  if (tz !== systemZoneOf(ctx.io).zone) globals.tz = tz;
  if (lang !== langFromEnv(ctx.io.env)) globals.lang = lang;
  if (channels !== undefined) globals.channels = channels;
  return globals;
}

export async function printAnswer(ctx: Context, catalog: Catalog, answers: AskAnswers): Promise<void> {
  // The region as answered, like a flag; "not sure" stays what the zone said, with its advice.
  const assumed = regionFor(ctx.options, {});
  const region: UserRegion =
    answers.overseas === null ? { ...assumed, overseas: null } : { overseas: answers.overseas, from: 'flag', flag: answers.overseas ? '--overseas' : '--mainland' };
  await printRecommendation(ctx, catalog, { ...toQuery(answers), region, regionFrom: region.from });
  const m = messages(ctx.options.lang);
  const defaults = { overseas: assumed.overseas, urgent: catalog.topics.find((t) => t.id === answers.topic)?.urgent === true };
  const command = recommendCommandLine(answers, repeatedGlobals(ctx), 'wxhelp', defaults);
  ctx.out(`\n${ctx.paint.dim(`${m.rec.repeat}${ctx.options.lang === 'zh' ? '：' : ':'}`)}\n  ${ctx.paint.bold(command)}`);
}

export async function runAskSession(ctx: Context, catalog: Catalog, prompts: Prompts): Promise<number> {
  let answers: AskAnswers;
  try {
    answers = await askQuestions(
      {
        catalog,
        lang: ctx.options.lang,
        tz: ctx.options.tz,
        region: regionFor(ctx.options, {}),
        needs: await checkPreferredNeeds(ctx.options.preferences, catalog, ctx.options.lang),
        columns: ctx.io.stdout.columns,
        dim: (text) => ctx.paint.dim(text),
      },
      prompts,
    );
  } catch (error) {
    if (isPromptExit(error)) {
      ctx.io.stderr.write(`wxhelp: ${messages(ctx.options.lang).interrupted}\n`);
      return EXIT.interrupted;
    }
    if (isPromptAborted(error)) return EXIT.interrupted;
    throw error;
  }
  ctx.out('');
  await printAnswer(ctx, catalog, answers);
  return EXIT.ok;
}
