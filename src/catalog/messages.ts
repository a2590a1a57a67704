// The words for problems with a catalog, in each language: why a file cannot be read, and each
// issue the validator finds. The catalog layer reports them as data (src/catalog/issues.ts
// IssueDetail, read-problem.ts ReadProblem); they are worded here, beside the catalog, in the
// user's language, and the library's English `message` comes from the English table. The wording
// is data, a file per language (src/catalog/words/<lang>.json, messages as in src/wording/format.ts),
// whose placeholders are the fields of the issue or problem. Keys, ids, paths and quoted values
// arrive already formatted: they are code and read the same in every language.
import type { CatalogIssue, IssueDetail } from './issues.js';
import type { ReadProblem } from './read-problem.js';
import type { Lang } from './types.js';
import { lineOf, readTable, wordsOf } from './wording.js';

/** An issue's message in `lang`. */
export function issueText(lang: Lang, detail: IssueDetail): string {
  return wordsOf(lang).issue(detail);
}

/** file:line:col: severity: message (at path), in `lang`; `message` defaults to the issue's own in that language. */
export function issueLine(lang: Lang, file: string, issue: CatalogIssue, message = issueText(lang, issue.detail)): string {
  return lineOf(wordsOf(lang), file, issue, message);
}

/** Why a catalog file cannot be used, and what to do about it, in `lang`. */
export function readProblemText(lang: Lang, problem: ReadProblem): { message: string; hint: string } {
  const t = wordsOf(lang);
  return { message: t.read(problem), hint: t.readHint(problem) };
}

/** The schema phrases the Chinese table words (for a test that every one is covered); zh.json is read when asked. */
export const translatedPhrases: Pick<ReadonlySet<string>, 'has'> = { has: (phrase) => Object.hasOwn(readTable('zh').phrases, phrase) };

/** An issue as one line, in English: file:line:col: severity: message (at path). */
export function formatIssue(file: string, issue: CatalogIssue): string {
  return issueLine('en', file, issue, issue.message);
}
