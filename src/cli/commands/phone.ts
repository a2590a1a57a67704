// `wxhelp phone`: the hotline to call for a topic, from where the user is, and whether it is open.
import { Option } from '@commander-js/extra-typings';
import { advisePhone, type PhoneQuery } from '../../advise/phone.js';
import type { UserRegion } from '../../advise/region.js';
import { phoneJson } from '../../render/json/phone.js';
import { defineCommand, examples, type HelpText, type OptionsOf } from '../runtime/command.js';
import type { Command } from '@commander-js/extra-typings';
import { loadCatalogFor } from '../runtime/load-catalog.js';
import { emit } from '../runtime/output.js';
import { regionFor } from '../values/region.js';
import { assertTopic } from '../values/topic.js';

const flags = (cmd: Command, h: HelpText) =>
  cmd
    .addOption(new Option('--overseas', h.opt.phoneOverseas).conflicts('mainland'))
    .addOption(new Option('--mainland', h.opt.phoneMainland))
    .addOption(new Option('--payment', h.opt.payment).conflicts('topic'))
    .option('--topic <id>', h.opt.phoneTopic)
    .option('--verbose', h.opt.verbose)
    .addHelpText('after', () =>
      examples(h.examples, ['wxhelp phone', 'wxhelp phone --overseas --tz America/Los_Angeles', 'wxhelp phone --payment --json']),
    );

export type PhoneOptions = OptionsOf<typeof flags>;

/** argv options → the query: any topic (--payment is the payment topic) from where the user is (see regionFor). */
export function phoneQuery(opts: PhoneOptions, region: UserRegion): PhoneQuery {
  const topic = opts.payment ? 'payment' : (opts.topic ?? 'general');
  return { topic, overseas: region.overseas, regionFrom: region.from, region };
}

export const phoneCommand = defineCommand({
  name: 'phone',
  description: (h) => h.cmd.phone,
  flags,
  run: async (ctx, opts) => {
    const query = phoneQuery(opts, regionFor(ctx.options, opts));
    const { catalog } = await loadCatalogFor(ctx);
    if (opts.topic !== undefined) await assertTopic(catalog, opts.topic, ctx.options.lang);
    const advice = advisePhone(catalog, query, ctx.options.at);
    const { lang, tz } = ctx.options;
    await emit(
      ctx,
      'phone',
      { serviceTimeZone: catalog.serviceTimeZone },
      () => phoneJson(advice, catalog, lang, tz),
      async () =>
        (await import('../../render/text/index.js')).renderPhone(advice, catalog, ctx.paint, ctx.view(catalog.serviceTimeZone), {
          links: ctx.hyperlinks === true,
          verbose: opts.verbose === true,
          columns: ctx.columns,
        }),
    );
    return 0;
  },
});
