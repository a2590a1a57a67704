// `wxhelp topics`: the topics a problem can be filed under, with their ids.
import { topicsJson } from '../../render/json/topics.js';
import { defineCommand, examples } from '../runtime/command.js';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';

export const topicsCommand = defineCommand({
  name: 'topics',
  description: (h) => h.cmd.topics,
  flags: (cmd, h) => cmd.addHelpText('after', () => examples(h.example, ['wxhelp topics --lang zh'])),
  run: async (ctx) => {
    const { catalog } = await loadCatalogFor(ctx);
    const { lang } = ctx.options;
    await emit(
      ctx,
      'topics',
      { serviceTimeZone: catalog.serviceTimeZone },
      () => topicsJson(catalog, lang),
      async () => (await import('../../render/text/index.js')).renderTopics(catalog, ctx.paint, lang, ctx.columns),
    );
    return 0;
  },
});
