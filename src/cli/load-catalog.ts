// The catalog a command uses: located by precedence, read with limits, validated. Any error is
// exit 3 with the first problem as file:line:col; warnings go to stderr and do not stop the run.
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../catalog/types.js';
import { CatalogError, formatIssue, locateCatalog, parseCatalog, readCatalogFile } from '../catalog/index.js';
import { sanitize, sanitizeDeep } from '../render/terminal/sanitize.js';
import { catalogError } from './errors.js';
import type { Context } from './context.js';

export const BUILTIN_CATALOG = fileURLToPath(new URL('../../channels.yaml', import.meta.url));

export interface LoadedCatalog {
  catalog: Catalog;
  path: string;
}

export function loadCatalogFor(ctx: Context): LoadedCatalog {
  const { path, origin } = locateCatalog({
    flag: ctx.options.channels,
    env: ctx.io.env,
    homeDir: ctx.io.homeDir,
    builtin: BUILTIN_CATALOG,
  });
  let text: string;
  try {
    text = readCatalogFile(path, { origin });
  } catch (error) {
    if (error instanceof CatalogError) throw catalogError(error.code, error.message, error.hint);
    throw error;
  }
  const { catalog, issues } = parseCatalog(text, path);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!catalog || errors.length > 0) {
    const first = errors[0];
    const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
    throw catalogError(
      'CATALOG_INVALID',
      `${first ? formatIssue(path, first) : `${path}: invalid catalog`}${more}`,
      `run \`wxhelp validate ${path}\` to see every problem`,
    );
  }
  if (!ctx.options.json) {
    for (const warning of issues) ctx.io.stderr.write(`${sanitize(formatIssue(path, warning))}\n`);
  }
  // Catalog text reaches terminals and scripts: no control characters, ever.
  return { catalog: sanitizeDeep(catalog), path };
}
