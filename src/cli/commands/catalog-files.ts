// `wxhelp schema` prints the catalog's JSON Schema (or where it is installed), or with --output the one of every --json output; `wxhelp catalog
// init [path]` writes a copy of the built-in catalog whose first line names that schema by an
// absolute path, so an editor checks the copy wherever it lives (a relative one would not resolve).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinCatalogPath, builtinSchemaPath } from '../../catalog/builtin.js';
import { userCatalogPath } from '../../catalog/locate.js';
import { shown } from '../../catalog/read-file.js';
import { WriteError, writeFileSafely, type WriteProblem } from '../../catalog/write-file.js';
import type { Lang } from '../../catalog/types.js';
import { messages } from '../../i18n/messages.js';
import type { Factory } from '../runtime/command.js';
import type { Context } from '../runtime/context.js';
import { CliError, EXIT, usageError } from '../runtime/errors.js';
import { emit } from '../runtime/output.js';

const MODELINE = /^# yaml-language-server: \$schema=\S+/;

/** The built-in catalog's text with its first line naming the schema at `schemaPath`. */
export function catalogCopy(builtinText: string, schemaPath: string): string {
  const modeline = `# yaml-language-server: $schema=${schemaPath}`;
  return MODELINE.test(builtinText) ? builtinText.replace(MODELINE, modeline) : `${modeline}\n${builtinText}`;
}

export async function runSchema(ctx: Context, opts: { path?: true; output?: true }, _args: [], f: Factory): Promise<number> {
  if (opts.output) {
    const { outputSchema } = await import('../../render/json/output-schema.js');
    const schema = outputSchema(f.version);
    await emit(
      ctx,
      'schema',
      { serviceTimeZone: 'Asia/Shanghai' },
      () => ({ schema }),
      async () => `${JSON.stringify(schema, null, 2)}\n`,
    );
    return EXIT.ok;
  }
  const file = builtinSchemaPath();
  if (opts.path) {
    ctx.out(file);
    return EXIT.ok;
  }
  const text = readFileSync(file, 'utf8');
  await emit(
    ctx,
    'schema',
    { serviceTimeZone: 'Asia/Shanghai' },
    () => ({ file, schema: JSON.parse(text) as unknown }),
    async () => text,
  );
  return EXIT.ok;
}

export async function runInit(ctx: Context, opts: { force?: true }, [given]: [string | undefined]): Promise<number> {
  const m = messages(ctx.options.lang).catalogInit;
  const target = given === undefined ? userCatalogPath(ctx.io.env, ctx.io.homeDir) : resolve(given);
  if (target === undefined) throw usageError('NO_CONFIG_DIR', m.noConfigDir, m.givePath);
  const schema = builtinSchemaPath();
  const text = catalogCopy(readFileSync(builtinCatalogPath(), 'utf8'), schema);
  // Loaded only here: no other command needs random bytes.
  const { randomBytes } = await import('node:crypto');
  try {
    writeFileSafely(target, text, { replace: opts.force === true, randomBytes });
  } catch (error) {
    if (error instanceof WriteError) throw initError(ctx.options.lang, error.problem);
    throw error;
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

/** A path that cannot be written is the user's to change: a usage error (exit 2), one line. */
function initError(lang: Lang, problem: WriteProblem): CliError {
  const m = messages(lang).catalogInit;
  const file = shown(problem.path);
  switch (problem.id) {
    case 'exists':
      return usageError('FILE_EXISTS', m.exists(file), m.force(file));
    case 'not-a-file': {
      const what =
        problem.kind === 'link' ? m.kinds.link(problem.target === undefined ? '?' : shown(problem.target)) : m.kinds[problem.kind];
      return usageError('NOT_A_FILE', m.notAFile(file, what), m.givePath);
    }
    case 'cannot-write':
      return new CliError('WRITE_FAILED', m.cannotWrite(file, m.why[problem.why] ?? problem.code), EXIT.usage, m.givePath);
  }
}
