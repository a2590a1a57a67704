import { locateCatalog } from '../../catalog/locate.js';
import { CatalogError, readCatalogFile } from '../../catalog/read-file.js';
import { messages } from '../../i18n/messages.js';
import { envelope } from '../../render/json/envelope.js';
import { sanitize } from '../../render/terminal/sanitize.js';
import type { Context } from '../context.js';
import { catalogError, EXIT } from '../errors.js';
import { BUILTIN_CATALOG } from '../load-catalog.js';

// The YAML parser is loaded only when a catalog is actually read.

export async function run(ctx: Context, _opts: unknown, args: unknown[]): Promise<number> {
  const given = typeof args[0] === 'string' ? args[0] : undefined;
  const file =
    given ?? locateCatalog({ flag: ctx.options.channels, env: ctx.io.env, homeDir: ctx.io.homeDir, builtin: BUILTIN_CATALOG }).path;
  let text: string;
  try {
    text = readCatalogFile(file);
  } catch (error) {
    if (error instanceof CatalogError) throw catalogError(error.code, error.message, error.hint);
    throw error;
  }
  const { formatIssue, parseCatalog } = await import('../../catalog/load.js');
  const { catalog, issues } = parseCatalog(text, file);
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const valid = errors.length === 0;
  if (ctx.options.json) {
    const issueJson = (i: (typeof issues)[number]) => ({ line: i.line, column: i.column, path: i.path, message: sanitize(i.message) });
    ctx.io.stdout.write(
      envelope('validate', { at: ctx.options.at, timeZone: ctx.options.tz, serviceTimeZone: catalog?.serviceTimeZone ?? 'Asia/Shanghai' }, {
        file,
        valid,
        errors: errors.map(issueJson),
        warnings: warnings.map(issueJson),
      }),
    );
  } else {
    const m = messages(ctx.options.lang);
    const lines = issues.map((i) => {
      const line = sanitize(formatIssue(file, i));
      return i.severity === 'error' ? ctx.paint.red(line) : ctx.paint.yellow(line);
    });
    const summary = valid
      ? warnings.length > 0
        ? m.warningsOnly(file, warnings.length)
        : m.valid(file)
      : m.invalid(file, errors.length, warnings.length);
    lines.push(valid ? ctx.paint.green(sanitize(summary)) : ctx.paint.red(sanitize(summary)));
    ctx.out(lines.join('\n'));
  }
  return valid ? EXIT.ok : EXIT.catalog;
}
