import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import { sanitize } from '../terminal/sanitize.js';

/** One formatted `file:line:col: …` line per problem, in its colour, then the summary. */
export function renderValidation(
  file: string,
  issues: readonly { severity: 'error' | 'warning'; line: string }[],
  paint: ChalkInstance,
  lang: Lang,
): string {
  const m = messages(lang);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const lines = issues.map((i) => (i.severity === 'error' ? paint.red(sanitize(i.line)) : paint.yellow(sanitize(i.line))));
  const summary = sanitize(errors > 0 ? m.invalid(file, errors, warnings) : warnings > 0 ? m.warningsOnly(file, warnings) : m.valid(file));
  lines.push(errors > 0 ? paint.red(summary) : paint.green(summary));
  return `${lines.join('\n')}\n`;
}
