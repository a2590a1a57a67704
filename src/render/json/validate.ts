import type { CatalogIssue } from '../../catalog/issues.js';
import type { Lang } from '../../catalog/types.js';
import { issueText } from '../../catalog/messages.js';
import { sanitize } from '../terminal/sanitize.js';

/**
 * validate → { file, valid, errors, warnings }, each issue with its position, its message in
 * `lang` and `code`, the problem's id, which reads the same in every language.
 */
export function validationJson(file: string, issues: readonly CatalogIssue[], lang: Lang) {
  const issueJson = (i: CatalogIssue) => ({
    line: i.line,
    column: i.column,
    path: i.path,
    code: i.detail.id,
    message: sanitize(issueText(lang, i.detail)),
  });
  return {
    file,
    valid: issues.every((i) => i.severity !== 'error'),
    errors: issues.filter((i) => i.severity === 'error').map(issueJson),
    warnings: issues.filter((i) => i.severity === 'warning').map(issueJson),
  };
}
