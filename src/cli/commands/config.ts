// `wxhelp config [list | get <key> | set <key> <value> | unset <key>]`: the standing preferences
// (lang, region, needs, accessible). The run is a part of its own, loaded only for config, and
// given what it uses of the bundle (config-run.ts's ConfigDeps).
import { messages } from '../../i18n/messages.js';
import { defineCommand, examples } from '../runtime/command.js';
import { catalogError, shown, usageError } from '../runtime/errors.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { preferencesError } from '../runtime/preferences.js';

export const configCommand = defineCommand({
  name: 'config',
  description: (h) => h.cmd.config,
  flags: (cmd, h) =>
    cmd
      .argument('[action]', h.arg.configAction)
      .argument('[words...]', h.arg.configWords)
      .addHelpText(
        'after',
        () =>
          `${examples(h.examples, [
            'wxhelp config set region mainland',
            'wxhelp config set needs elderly',
            'wxhelp config set lang zh',
            'wxhelp config get region',
            'wxhelp config unset region',
            'wxhelp config list',
          ])}\n\n${h.notes.config}`,
      ),
  run: async (ctx, _opts, args) => {
    const { runConfig } = await import('./config-run.js');
    return runConfig(ctx, args, {
      needIds: async () => (await loadCatalogFor(ctx)).catalog.needs.map((n) => n.id),
      // Nothing of it depends on a catalog: the envelope names the service's usual zone.
      emit: (json, text) => emit(ctx, 'config', { serviceTimeZone: 'Asia/Shanghai' }, json, async () => text()),
      usageError,
      catalogError,
      preferencesError,
      shown: (value) => shown(value),
      listJoin: messages(ctx.options.lang).listJoin,
    });
  },
});
