// Traditional Chinese made when wxhelp is built (and when its tests run): src/i18n/traditional.ts
// becomes the zh tables of messages.ts and catalog-messages.ts with their Chinese converted by
// src/hant/convert.ts. Used by bin/build.mjs (an esbuild plugin) and vitest.config.ts (a Vite one).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** The module replaced, and the modules whose converted source it re-exports from. */
const STUB = 'src/i18n/traditional.ts';
const CONVERTED = { messagesTable: 'messages.ts', catalogWordsTable: 'catalog-messages.ts' };
/** A converted module's path: the original's, with this added (still a .ts file to the tools). */
const SUFFIX = '.zh-Hant.ts';

/** src/hant/convert.ts's converter, bundled for Node now (this file is plain JavaScript). */
export async function loadConverter(root) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'src/hant/convert.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const { simplifiedToTraditional } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return simplifiedToTraditional();
}

const stubContents = () => Object.entries(CONVERTED).map(([name, file]) => `export { makeZh as ${name} } from './${file}${SUFFIX}';`).join('\n');

// The whole source is converted: OpenCC changes Chinese text only, so code, keys and English stay.
const convertedSource = (path, convert) => convert(readFileSync(path.slice(0, -SUFFIX.length), 'utf8'));

export function esbuildPlugin(root, convert) {
  const stub = join(root, STUB);
  return {
    name: 'zh-hant-tables',
    setup(b) {
      b.onLoad({ filter: /[\\/]i18n[\\/]traditional\.ts$/ }, (args) => (args.path === stub ? { contents: stubContents(), loader: 'ts', resolveDir: dirname(stub) } : undefined));
      b.onResolve({ filter: /\.zh-Hant\.ts$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'zh-hant' }));
      b.onLoad({ filter: /.*/, namespace: 'zh-hant' }, (args) => ({ contents: convertedSource(args.path, convert), loader: 'ts', resolveDir: dirname(args.path) }));
    },
  };
}

export function vitePlugin(root, convert) {
  const stub = join(root, STUB);
  return {
    name: 'zh-hant-tables',
    enforce: 'pre',
    resolveId(source, importer) {
      return source.endsWith(SUFFIX) && importer ? join(dirname(importer), source) : null;
    },
    load(id) {
      if (id === stub) return stubContents();
      return id.endsWith(SUFFIX) ? convertedSource(id, convert) : null;
    },
  };
}
