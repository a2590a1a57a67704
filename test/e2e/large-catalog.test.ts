// A catalog large enough to be parsed on a worker thread (src/catalog/parse-off-thread.ts) gives
// the binary exactly the answer that parsing in place gives in-process: valid, with warnings, and
// invalid. (Ctrl-C during such a parse: test/hardening/pipes-signals.test.ts.)
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { OFF_THREAD_CHARS } from '../../src/catalog/parse-off-thread.js';
import { tempDir } from '../hardening/helpers.js';
import { runCli } from '../support/fake-io.js';
import { wxhelp } from './run-bin.js';

const AT = ['--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Shanghai', '--no-cache'];
const tmp = tempDir('wxhelp-large-');
afterAll(tmp.cleanup);

/** The built-in catalog with its channels copied under new ids until the text is `minChars` long. */
function largeCatalog(minChars: number, edit: (catalog: Record<string, any>) => void = () => {}): string {
  const catalog = parse(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8')) as Record<string, any>;
  const originals = catalog.channels as { id: string }[];
  edit(catalog);
  for (let copy = 1; stringify(catalog, { lineWidth: 0 }).length < minChars; copy++) {
    catalog.channels.push(...originals.map((c) => ({ ...structuredClone(c), id: `${c.id}-copy-${copy}` })));
  }
  return stringify(catalog, { lineWidth: 0, aliasDuplicateObjects: false });
}

describe('a catalog parsed off the main thread', () => {
  // Parsing is slow (yaml reads a few hundred KB a second on a busy machine): one command per case.
  const cases: [string, string, (file: string) => string[]][] = [
    ['valid', largeCatalog(OFF_THREAD_CHARS * 1.05), (file) => ['channels', '--json', '--channels', file, ...AT]],
    [
      'invalid, with a warning',
      largeCatalog(OFF_THREAD_CHARS * 1.05, (c) => {
        c.extraKey = 1;
        c.channels[0].hours.windows = [{ from: '25:00', to: '26:00' }];
      }),
      (file) => ['validate', file, ...AT],
    ],
  ];
  it.each(cases)('%s: the binary answers as the in-place parse does', async (name, text, argsFor) => {
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_CHARS);
    const args = argsFor(tmp.file(`${name.replace(/\W/g, '-')}.yaml`, text));
    const bin = wxhelp(args);
    const here = await runCli(args, { env: { LANG: 'en_US.UTF-8' } });
    expect(here.code).toBe(name === 'valid' ? 0 : 3);
    expect({ code: bin.code, stdout: bin.stdout, stderr: bin.stderr }).toEqual(here);
  });
});
