// `wxhelp catalog init [path]` writes a copy of the built-in catalog to edit; `wxhelp schema`
// prints the catalog's JSON Schema, or with --output the one of every --json output. Their runs
// are in catalog-files.ts, loaded only for them.
import { Option } from '@commander-js/extra-typings';
import { defineCommand, examples } from '../runtime/command.js';

const files = () => import('./catalog-files.js');

export const catalogInitCommand = defineCommand({
  name: 'init',
  description: (h) => h.cmd.catalogInit,
  flags: (cmd, h) =>
    cmd
      .argument('[path]', h.arg.initPath)
      .option('--force', h.opt.force)
      .addHelpText(
        'after',
        () =>
          `${examples(h.examples, ['wxhelp catalog init', 'wxhelp catalog init ./my-channels.yaml --force'])}\n\n${h.notes.catalogInit}`,
      ),
  load: async () => ({ run: (await files()).runInit }),
});

export const catalogCommand = defineCommand({
  name: 'catalog',
  description: (h) => h.cmd.catalog,
  flags: (cmd, h) =>
    cmd.addHelpText('after', () => examples(h.examples, ['wxhelp catalog init', 'wxhelp catalog init ./my-channels.yaml --force'])),
  subcommands: [catalogInitCommand],
});

export const schemaCommand = defineCommand({
  name: 'schema',
  description: (h) => h.cmd.schema,
  flags: (cmd, h) =>
    cmd
      .option('--path', h.opt.schemaPath)
      .addOption(new Option('--output', h.opt.schemaOutput).conflicts('path'))
      .addHelpText('after', () =>
        examples(h.examples, [
          'wxhelp schema > channels.schema.json',
          'wxhelp schema --path',
          'wxhelp schema --output > output.schema.json',
        ]),
      ),
  load: async () => ({ run: (await files()).runSchema }),
});
