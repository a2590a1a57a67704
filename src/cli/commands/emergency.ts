import { emergencyPlan, findEmergency } from '../../advise/emergency.js';
import { regionOf } from '../../advise/region.js';
import { regionJson } from '../../render/json/region.js';
import { regionFor } from '../region.js';
import { pick } from '../../render/localize.js';
import { emergencyJson } from '../../render/json/emergency.js';
import type { Context } from '../context.js';
import { loadCatalogFor } from '../load-catalog.js';
import { emit } from '../output.js';
import { unknownIdError } from './unknown-id.js';

export async function run(ctx: Context, opts: { overseas?: boolean; mainland?: boolean; verbose?: boolean }, args: unknown[]): Promise<number> {
  const { catalog } = await loadCatalogFor(ctx);
  const { at, lang } = ctx.options;
  const view = ctx.view(catalog.serviceTimeZone);
  const frame = { serviceTimeZone: catalog.serviceTimeZone };
  const kind = typeof args[0] === 'string' ? args[0] : undefined;
  if (kind === undefined) {
    await emit(
      ctx,
      'emergency',
      frame,
      () => ({ kind: null, kinds: catalog.emergencies.map((e) => ({ id: e.id, name: pick(e.name, lang) })), steps: [], contacts: [] }),
      async () => (await import('../../render/text/index.js')).renderEmergencyList(catalog, ctx.paint, view),
    );
    return 0;
  }
  const emergency = findEmergency(catalog, kind);
  if (!emergency) {
    throw await unknownIdError(catalog, lang, { kind: 'emergency', value: kind, example: (id) => `wxhelp emergency ${id}` });
  }
  const region = regionFor(ctx.options, opts);
  const plan = emergencyPlan(catalog, emergency, at, regionOf(region.overseas));
  await emit(
    ctx,
    'emergency',
    frame,
    () => ({ ...emergencyJson(plan, catalog, view), region: regionJson(region, lang) }),
    async () => (await import('../../render/text/index.js')).renderEmergency(plan, region, catalog, ctx.paint, view, { links: ctx.hyperlinks === true, verbose: opts.verbose === true, columns: ctx.columns }),
  );
  return 0;
}
