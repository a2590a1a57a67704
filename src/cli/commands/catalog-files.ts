// `wxhelp schema` prints the catalog's JSON Schema (or where it is installed); `wxhelp catalog
// init [path]` writes a copy of the built-in catalog whose first line names that schema by an
// absolute path, so an editor checks the copy wherever it lives (a relative one would not resolve).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { builtinCatalogPath, builtinSchemaPath } from '../../catalog/builtin.js';
import { userCatalogPath } from '../../catalog/locate.js';
import { messages } from '../../i18n/messages.js';
import type { Context } from '../runtime/context.js';
import { CliError, EXIT, usageError } from '../runtime/errors.js';
import { emit } from '../runtime/output.js';

const MODELINE = /^# yaml-language-server: \$schema=\S+/;

/** The built-in catalog's text with its first line naming the schema at `schemaPath`. */
export function catalogCopy(builtinText: string, schemaPath: string): string {
  const modeline = `# yaml-language-server: $schema=${schemaPath}`;
  return MODELINE.test(builtinText) ? builtinText.replace(MODELINE, modeline) : `${modeline}\n${builtinText}`;
}

export async function runSchema(ctx: Context, opts: { path?: true }): Promise<number> {
  const file = builtinSchemaPath();
  if (opts.path) {
    ctx.out(file);
    return EXIT.ok;
  }
  const text = readFileSync(file, 'utf8');
  await emit(ctx, 'schema', { serviceTimeZone: 'Asia/Shanghai' }, () => ({ file, schema: JSON.parse(text) as unknown }), async () => text);
  return EXIT.ok;
}

export async function runInit(ctx: Context, opts: { force?: true }, [given]: [string | undefined]): Promise<number> {
  const m = messages(ctx.options.lang).catalogInit;
  const target = given === undefined ? userCatalogPath(ctx.io.env, ctx.io.homeDir) : resolve(given);
  if (target === undefined) throw usageError('NO_CONFIG_DIR', m.noConfigDir, m.givePath);
  if (existsSync(target) && !opts.force) throw usageError('FILE_EXISTS', m.exists(target), m.force(target));
  const schema = builtinSchemaPath();
  const text = catalogCopy(readFileSync(builtinCatalogPath(), 'utf8'), schema);
  try {
    mkdirSync(dirname(target), { recursive: true });
    // Written beside the target and renamed: a reader never sees half a catalog.
    const scratch = `${target}.${process.pid}.tmp`;
    writeFileSync(scratch, text);
    renameSync(scratch, target);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new CliError('WRITE_FAILED', m.cannotWrite(target, why), EXIT.failure, m.givePath);
  }
  await emit(
    ctx,
    'catalog-init',
    { serviceTimeZone: 'Asia/Shanghai' },
    () => ({ file: target, schema }),
    async () => `${m.wrote(target, schema)}\n${m.next(target)}\n`,
  );
  return EXIT.ok;
}
