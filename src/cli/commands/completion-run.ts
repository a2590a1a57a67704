// The runs of `wxhelp completion <shell>`, which prints a completion script; the hidden `wxhelp __complete <kind>`
// is what those scripts call on Tab: the ids of the catalog in use right now, one
// "id<TAB>name" line each (names in --lang), so completion follows catalog edits and --channels.
import {
  completionScript,
  completionSpec,
  LIVE_KINDS,
  safeWord,
  type CatalogKind,
  type LiveKind,
  type Shell,
} from '../../completion/index.js';
import type { Catalog, Lang, Localized } from '../../catalog/types.js';
import { pick } from '../../render/localize.js';
import type { Factory } from '../runtime/command.js';
import type { Context } from '../runtime/context.js';
import { usageError } from '../runtime/errors.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';

function catalogIds(catalog: Catalog): Record<CatalogKind, string[]> {
  return {
    topics: catalog.topics.map((t) => t.id),
    needs: catalog.needs.map((n) => n.id),
    channels: catalog.channels.map((c) => c.id),
    emergencies: catalog.emergencies.map((e) => e.id),
  };
}

export async function run(ctx: Context, _opts: unknown, [shell]: [Shell], { program, version }: Factory): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const script = completionScript(shell, completionSpec(program, catalogIds(catalog)), version);
  if (ctx.options.json) {
    const { envelope } = await import('../../render/json/envelope.js');
    ctx.io.stdout.write(
      envelope('completion', { at: ctx.options.at, timeZone: ctx.options.tz, serviceTimeZone: catalog.serviceTimeZone }, { shell, script }),
    );
  } else {
    ctx.io.stdout.write(script);
  }
  return 0;
}

/** One line per value: "id<TAB>name"; the name without tabs or line breaks. */
function line(id: string, name: Localized, lang: Lang): string {
  return `${id}\t${pick(name, lang).replace(/\s+/g, ' ').trim()}`;
}

function zones(): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return all.includes('UTC') ? all : [...all, 'UTC'];
}

export async function runComplete(ctx: Context, _opts: unknown, [kind]: [string]): Promise<number> {
  if (!(LIVE_KINDS as readonly string[]).includes(kind)) {
    throw usageError('BAD_COMPLETE_KIND', `__complete: unknown kind "${kind}"`, `use one of ${LIVE_KINDS.join(', ')}`, {
      valid: LIVE_KINDS,
    });
  }
  let lines: string[];
  if ((kind as LiveKind) === 'zones') {
    lines = zones();
  } else {
    const { catalog } = await loadCatalogFor(ctx);
    const { lang } = ctx.options;
    const entries: { id: string; name: Localized }[] =
      kind === 'topics' ? catalog.topics : kind === 'needs' ? catalog.needs : kind === 'channels' ? catalog.channels : catalog.emergencies;
    lines = entries.filter((e) => safeWord(e.id)).map((e) => line(e.id, e.name, lang));
  }
  ctx.io.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}
