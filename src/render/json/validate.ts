import type { CatalogIssue } from '../../catalog/issues.js';
import { sanitize } from '../terminal/sanitize.js';

/** validate → { file, valid, errors, warnings }, each issue with its position. */
export function validationJson(file: string, issues: readonly CatalogIssue[]) {
  const issueJson = (i: CatalogIssue) => ({ line: i.line, column: i.column, path: i.path, message: sanitize(i.message) });
  return {
    file,
    valid: issues.every((i) => i.severity !== 'error'),
    errors: issues.filter((i) => i.severity === 'error').map(issueJson),
    warnings: issues.filter((i) => i.severity === 'warning').map(issueJson),
  };
}
