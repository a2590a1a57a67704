// `wxhelp emergency [kind]`: what to do first when an account is stolen, funds are at risk, ….
import { Option } from '@commander-js/extra-typings';
import { emergencyPlan, findEmergency } from '../../advise/emergency.js';
import { regionOf } from '../../advise/region.js';
import { pick } from '../../render/localize.js';
import { emergencyJson } from '../../render/json/emergency.js';
import { regionJson } from '../../render/json/region.js';
import { defineCommand, examples } from '../runtime/command.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { regionFor } from '../values/region.js';
import { unknownIdError } from '../values/unknown-id.js';

export const emergencyCommand = defineCommand({
  name: 'emergency',
  description: (h) => h.cmd.emergency,
  flags: (cmd, h) =>
    cmd
      .argument('[kind]', h.arg.kind)
      .addOption(new Option('--overseas', h.opt.overseas).conflicts('mainland'))
      .addOption(new Option('--mainland', h.opt.mainland))
      .option('--verbose', h.opt.verbose)
      .addHelpText('after', () => examples(h.examples, ['wxhelp emergency stolen', 'wxhelp emergency funds --json'])),
  run: async (ctx, opts, [kind]) => {
    const { catalog } = await loadCatalogFor(ctx);
    const { at, lang } = ctx.options;
    const view = ctx.view(catalog.serviceTimeZone);
    const frame = { serviceTimeZone: catalog.serviceTimeZone };
    if (kind === undefined) {
      await emit(
        ctx,
        'emergency',
        frame,
        () => ({ kind: null, kinds: catalog.emergencies.map((e) => ({ id: e.id, name: pick(e.name, lang) })), steps: [], contacts: [] }),
        async () => (await import('../../render/text/index.js')).renderEmergencyList(catalog, ctx.paint, view, ctx.columns),
      );
      return 0;
    }
    const found = findEmergency(catalog, kind);
    if (!found) {
      throw await unknownIdError(catalog, lang, { kind: 'emergency', value: kind, example: (id) => `wxhelp emergency ${id}` });
    }
    const region = regionFor(ctx.options, opts);
    const plan = emergencyPlan(catalog, found, at, regionOf(region.overseas));
    await emit(
      ctx,
      'emergency',
      frame,
      () => ({ ...emergencyJson(plan, catalog, view), region: regionJson(region, lang) }),
      async () =>
        (await import('../../render/text/index.js')).renderEmergency(plan, region, catalog, ctx.paint, view, {
          links: ctx.hyperlinks === true,
          verbose: opts.verbose === true,
          columns: ctx.columns,
        }),
    );
    return 0;
  },
});
