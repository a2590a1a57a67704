import { issueLine } from '../../i18n/catalog-messages.js';
import { validationJson } from '../../render/json/validate.js';
import { emit } from '../output.js';
import type { Context } from '../context.js';
import { EXIT } from '../errors.js';
import { locateCatalogFor, readCatalogText } from '../load-catalog.js';

/** Checks a catalog: every problem with its position, exit 0 when valid (warnings allowed), 3 when not. */
export async function run(ctx: Context, _opts: unknown, args: unknown[]): Promise<number> {
  const given = typeof args[0] === 'string' ? args[0] : undefined;
  const { path: file, origin } = given === undefined ? locateCatalogFor(ctx) : { path: given, origin: undefined };
  const lang = ctx.options.lang;
  const text = await readCatalogText(file, origin, lang);
  // The YAML parser is loaded only when a catalog is actually parsed.
  const [{ parseCatalog }, { checkNumbers }] = await Promise.all([import('../../catalog/load.js'), import('../../catalog/phone-numbers.js')]);
  const { catalog, issues } = parseCatalog(text, file, checkNumbers);
  const valid = issues.every((i) => i.severity !== 'error');
  await emit(
    ctx,
    'validate',
    { serviceTimeZone: catalog?.serviceTimeZone ?? 'Asia/Shanghai' },
    () => validationJson(file, issues, lang),
    async () => (await import('../../render/text/index.js')).renderValidation(file, issues.map((i) => ({ severity: i.severity, line: issueLine(lang, file, i) })), ctx.paint, lang),
  );
  return valid ? EXIT.ok : EXIT.catalog;
}
