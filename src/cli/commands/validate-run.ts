// `wxhelp validate [file]`, its run (loaded only for validate).
import { issueLine } from '../../catalog/messages.js';
import { parseCatalogInterruptibly } from '../../catalog/parse-off-thread.js';
import { validationJson } from '../../render/json/validate.js';
import { emit } from '../runtime/output.js';
import type { Context } from '../runtime/context.js';
import { EXIT } from '../runtime/errors.js';
import { locateCatalogFor, readCatalogText } from '../runtime/load-catalog.js';

/** Checks a catalog: every problem with its position, exit 0 when valid (warnings allowed), 3 when not. */
export async function run(ctx: Context, _opts: unknown, [given]: [string | undefined]): Promise<number> {
  const { path: file, origin } = given === undefined ? locateCatalogFor(ctx) : { path: given, origin: undefined };
  const lang = ctx.options.lang;
  const text = await readCatalogText(file, origin, lang);
  // The YAML parser is loaded only when a catalog is actually parsed (a large one on a worker thread).
  const { catalog, issues } = await parseCatalogInterruptibly({ text, fileName: file, checkNumbers: true });
  const valid = issues.every((i) => i.severity !== 'error');
  await emit(
    ctx,
    'validate',
    { serviceTimeZone: catalog?.serviceTimeZone ?? 'Asia/Shanghai' },
    () => validationJson(file, issues, lang),
    async () =>
      (await import('../../render/text/index.js')).renderValidation(
        file,
        issues.map((i) => ({ severity: i.severity, line: issueLine(lang, file, i) })),
        ctx.paint,
        lang,
      ),
  );
  return valid ? EXIT.ok : EXIT.catalog;
}
