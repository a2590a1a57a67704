// Traditional Chinese made when wxhelp is built (and when its tests run): src/i18n/traditional.ts
// becomes the zh tables of src/i18n/messages/zh.json, src/i18n/prefs-messages/zh.json and src/catalog/messages.ts with their Chinese converted by
// src/hant/convert.ts (an esbuild plugin for bin/build.mjs, a Vite one for vitest.config.ts); and
// the matcher's Traditional → Simplified table as one string (bin/build.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/** The module replaced, and what it re-exports: [the export converted, from that module's converted source]. */
const STUB = 'src/i18n/traditional.ts';
const CONVERTED = {
  messagesTable: ['default', './messages/zh.json'],
  catalogWordsTable: ['default', '../catalog/words/zh.json'],
  prefsMessagesTable: ['default', './prefs-messages/zh.json'],
};
/** A converted module's path: the original's, with this added (still a .ts file to the tools). */
const SUFFIX = '.zh-Hant.ts';

/** A TypeScript module of wxhelp's, bundled for Node now (this file is plain JavaScript). */
async function importSource(root, file) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, file)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** src/hant/convert.ts's converter (Simplified → Traditional). */
export async function loadConverter(root) {
  return (await importSource(root, 'src/hant/convert.ts')).simplifiedToTraditional();
}

/** src/hant/necessary-phrases.ts's phrases, that the converter needs (the bundle holds them as one string). */
export async function loadHantPhrases(root) {
  return (await importSource(root, 'src/hant/necessary-phrases.ts')).necessaryPhrases();
}

/** src/match/fold-pairs.ts's table (Traditional → Simplified, for matching), as the compact string the bundle holds. */
export async function loadFoldPairs(root) {
  return (await importSource(root, 'src/match/fold-pairs.ts')).foldPairs();
}

const stubContents = () =>
  Object.entries(CONVERTED)
    .map(([name, [from, file]]) => `export { ${from} as ${name} } from '${file}${SUFFIX}';`)
    .join('\n');

// The whole source is converted: OpenCC changes Chinese text only, so code, keys and English stay.
// A table of data (.json) becomes a module whose default export is the converted table's JSON text.
const convertedSource = (path, convert) => {
  const original = path.slice(0, -SUFFIX.length);
  const source = readFileSync(original, 'utf8');
  const text = convert(source);
  if (!original.endsWith('.json')) return text;
  // A table is the JSON text (src/wording/hant-tables.ts): parsed only by a run that speaks it.
  return `export default ${JSON.stringify(JSON.stringify(keptInBothSpellings(JSON.parse(text), JSON.parse(source))))};\n`;
};

// The words the wrapper keeps whole (src/render/layout/wrap.ts) are, in the converted interface
// table, its own (僅自助服務) and the Simplified ones (仅自助服务): a zh-Hant run's text keeps both
// whole without reading the Simplified table for them.
function keptInBothSpellings(converted, original) {
  if (!Array.isArray(converted.keepWhole) || !Array.isArray(original.keepWhole)) return converted;
  return { ...converted, keepWhole: [...new Set([...converted.keepWhole, ...original.keepWhole])] };
}

export function esbuildPlugin(root, convert) {
  const stub = join(root, STUB);
  return {
    name: 'zh-hant-tables',
    setup(b) {
      b.onLoad({ filter: /[\\/]i18n[\\/]traditional\.ts$/ }, (args) =>
        args.path === stub ? { contents: stubContents(), loader: 'ts', resolveDir: dirname(stub) } : undefined,
      );
      b.onResolve({ filter: /\.zh-Hant\.ts$/ }, (args) => ({ path: join(args.resolveDir, args.path), namespace: 'zh-hant' }));
      b.onLoad({ filter: /.*/, namespace: 'zh-hant' }, (args) => ({
        contents: convertedSource(args.path, convert),
        loader: 'ts',
        resolveDir: dirname(args.path),
      }));
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
