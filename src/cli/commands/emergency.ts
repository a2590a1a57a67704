import { emergencyContacts, findEmergency } from '../../advise/emergency.js';
import { emergencyJson } from '../../render/json/emergency.js';
import { envelope } from '../../render/json/envelope.js';
import { pick } from '../../render/localize.js';
import { renderEmergency, renderEmergencyList } from '../../render/text/emergency.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { loadCatalogFor } from '../load-catalog.js';

export async function run(ctx: Context, opts: { overseas?: boolean }, args: unknown[]): Promise<number> {
  const { catalog } = loadCatalogFor(ctx);
  const { at, tz, lang } = ctx.options;
  const view = ctx.view(catalog.serviceTimeZone);
  const frame = { at, timeZone: tz, serviceTimeZone: catalog.serviceTimeZone };
  const kind = typeof args[0] === 'string' ? args[0] : undefined;
  if (kind === undefined) {
    if (ctx.options.json) {
      ctx.io.stdout.write(envelope('emergency', frame, { kind: null, kinds: catalog.emergencies.map((e) => ({ id: e.id, name: pick(e.name, lang) })), steps: [], contacts: [] }));
    } else {
      ctx.io.stdout.write(renderEmergencyList(catalog, ctx.paint, view));
    }
    return 0;
  }
  const emergency = findEmergency(catalog, kind);
  if (!emergency) {
    const ids = catalog.emergencies.map((e) => e.id);
    throw usageError('UNKNOWN_EMERGENCY', `emergency: unknown kind "${kind}"; valid: ${ids.join(', ')}`, `e.g. wxhelp emergency ${ids[0] ?? ''}`);
  }
  const contacts = emergencyContacts(catalog, emergency, at, opts.overseas === true);
  if (ctx.options.json) {
    ctx.io.stdout.write(envelope('emergency', frame, emergencyJson(emergency, catalog, contacts, view)));
  } else {
    ctx.io.stdout.write(renderEmergency(emergency, contacts, catalog, ctx.paint, view));
  }
  return 0;
}
