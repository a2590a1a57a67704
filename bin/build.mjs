// Bundles src/ into bin/dist with esbuild: one entry plus lazily loaded chunks per command,
// and the library entry (bin/dist/index.js) with its type declarations (bin/dist/types).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin as zhHantTables, loadConverter, loadFoldPairs, loadHantPhrases } from './hant-modules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = `${root}bin/dist`;
// A hash of the sources (and the lock file), part of the key of every cached catalog
// (src/catalog/cache.ts): a rebuilt wxhelp whose validator changed never reads an older build's entries.
const buildId = (() => {
  const hash = createHash('sha256');
  const files = readdirSync(`${root}src`, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(`${root}src/${file}`))
      .update('\0');
  hash.update(readFileSync(`${root}package-lock.json`));
  return hash.digest('hex').slice(0, 16);
})();
const defines = { WXHELP_VERSION: JSON.stringify(pkg.version), WXHELP_BUILD_ID: JSON.stringify(buildId) };
// Everything is built in a scratch directory (same file system, git-ignored) and swapped in at the
// end, so a wxhelp running meanwhile, or a parallel test run, never sees a half-built bin/dist.
const scratch = `${root}node_modules/.wxhelp-build`;
const outdir = `${scratch}/${process.pid}`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
// The library's type declarations (bin/dist/types), from tsc, while esbuild bundles below.
const declarations = new Promise((resolve, reject) => {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const child = spawn(process.execPath, [tsc, '-p', 'bin/tsconfig.lib.json', '--outDir', `${outdir}/types`], {
    cwd: root,
    stdio: 'inherit',
  });
  child.on('error', reject);
  child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p bin/tsconfig.lib.json failed (exit ${code})`))));
});
// commander requires node:child_process for executable subcommands, which wxhelp does not use;
// loading it costs several milliseconds of every start-up, so commander gets an empty stand-in.
const noChildProcessForCommander = {
  name: 'no-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'unused-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'unused-builtin' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// wxhelp decides colour itself (chalk ignores NO_COLOR) and always gives chalk a level, so chalk's
// own terminal detection — which loads node:tty and node:os at start-up — is replaced by its
// environment-free variant.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer)
        ? { path: join(dirname(args.importer), 'vendor/supports-color/browser.js') }
        : undefined,
    );
  },
};

// string-width creates an Intl.Segmenter and compiles its emoji regexes when it loads (tens of
// milliseconds of every text command); src/render/terminal/width.ts gives the same widths and
// creates them only for a string that needs them. Any `import stringWidth from 'string-width'`
// in wxhelp's own code is given that module instead.
const widthModule = `${root}src/render/terminal/width.ts`;
const stringWidthAsDisplayWidth = {
  name: 'string-width-as-display-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: 'string-width', namespace: 'display-width' },
    );
    b.onLoad({ filter: /.*/, namespace: 'display-width' }, () => ({
      contents: `export { displayWidth as default } from ${JSON.stringify(widthModule)};`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

// The prompts' line wrapping (fast-wrap-ansi) measures every character it lays out with
// fast-string-width, whose first character outside Latin-1 compiles its emoji and CJK regexes
// before `ask` can draw its first question: it is given src/ask/prompt-width.ts, the same widths
// by a plain loop, with fast-string-width itself for the characters that loop leaves alone.
const promptWidthModule = `${root}src/ask/prompt-width.ts`;
const promptWidthForWrapping = {
  name: 'prompt-width-for-wrapping',
  setup(b) {
    b.onResolve({ filter: /^fast-string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]fast-wrap-ansi[\\/]/.test(args.importer)
        ? { path: 'fast-string-width', namespace: 'prompt-width', pluginData: args.resolveDir }
        : undefined,
    );
    // The library itself is resolved from where fast-wrap-ansi asked for it (this module is not fast-wrap-ansi).
    b.onLoad({ filter: /.*/, namespace: 'prompt-width' }, (args) => ({
      contents: `import library from 'fast-string-width';\nimport { promptWidth } from ${JSON.stringify(promptWidthModule)};\nexport default (text, options) => promptWidth(text, options, library);\n`,
      loader: 'js',
      resolveDir: args.pluginData,
    }));
  },
};

// @inquirer/prompts re-exports every prompt, an editor and iconv-lite with them (580 kB to load
// before `ask` can show its first question); the prompt part is built from the few that `ask` uses.
const promptsAsked = {
  name: 'only-the-prompts-asked',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\/prompts$/ }, (args) =>
      args.kind === 'entry-point' ? { path: 'prompts', namespace: 'prompts-asked' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'prompts-asked' }, () => ({
      contents: `${['select', 'search', 'input'].map((p) => `export { default as ${p} } from '@inquirer/${p}';\n`).join('')}export { Separator } from '@inquirer/core';`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

// wxhelp uses luxon's zone classes only (IANAZone, FixedOffsetZone: src/zone/zone-source.ts, src/zone/zone-clock.ts).
// luxon's entry brings all of it (DateTime, Duration, Interval, its formatter and parsers: 71 kB of
// the CLI bundle, compiled and run at every start), and so does its source's settings module,
// which imports DateTime; the zone classes use nothing from settings. So every part gets
// luxon's zone classes from its published source, with settings
// replaced by a stand-in that throws if a later luxon ever reads it: the tests would then fail
// instead of a time being wrong. Importing anything else from 'luxon' fails the build.
const luxonSource = join(dirname(createRequire(import.meta.url).resolve('luxon/package.json')), 'src');
const luxonZonesOnly = {
  name: 'luxon-zones-only',
  setup(b) {
    b.onResolve({ filter: /^luxon$/ }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) ? undefined : { path: 'luxon', namespace: 'luxon-zones' },
    );
    b.onLoad({ filter: /.*/, namespace: 'luxon-zones' }, () => ({
      contents: [
        `export { default as IANAZone } from ${JSON.stringify(join(luxonSource, 'zones/IANAZone.js'))};`,
        `export { default as FixedOffsetZone } from ${JSON.stringify(join(luxonSource, 'zones/fixedOffsetZone.js'))};`,
      ].join('\n'),
      loader: 'js',
      resolveDir: luxonSource,
    }));
    b.onResolve({ filter: /[\\/]settings\.js$/ }, (args) =>
      args.importer === join(luxonSource, 'impl/util.js') ? { path: 'settings', namespace: 'luxon-settings-unused' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'luxon-settings-unused' }, () => ({
      contents:
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the bundle, whose template is evaluated there
        "export default new Proxy({}, { get(_, key) { throw new Error(`luxon's Settings.${String(key)} is not in this bundle (bin/build.mjs: luxon-zones-only)`); } });",
      loader: 'js',
    }));
  },
};

// The CLI is one CommonJS file for what every one-shot run needs — loading one file costs far less
// than loading the same code as a dozen ES modules, and V8 can cache its compiled code — plus a
// file for each part only some runs need, loaded when first needed: a dynamic import() of one of
// these modules becomes a require() of its file.
// The human-text renderers are not a lazy part: as a separate file they would carry a second copy
// of the time code they share with the engine and be compiled on every text run, without the code
// cache (measured when that copy was all of luxon: inside the bundle they cost a JSON run ~2 % and
// save a text run ~10 %).
// Simplified → Traditional (src/hant/convert.ts), for wxhelp's own zh-Hant text made now; and the
// matcher's Traditional → Simplified table (src/match/fold-pairs.ts), stored as one string in the
// bundle so that a run need not work it out from OpenCC's dictionaries (measured: tens of ms).
const toTraditional = await loadConverter(root);
const foldPairs = await loadFoldPairs(root);
// The converter's phrases, likewise (src/hant/convert.ts: a fifth of OpenCC's, the ones that matter).
const hantPhrases = await loadHantPhrases(root);

const lazyParts = {
  parse: 'src/catalog/load.ts', // the YAML parser: only for a catalog that is not the built-in snapshot
  'parse-worker': 'src/catalog/parse-worker.ts', // a worker thread for a large catalog (src/catalog/parse-off-thread.ts)
  ask: 'src/cli/commands/ask-run.ts',
  remind: 'src/cli/commands/remind-run.ts', // the .ics writer: only for remind
  phonenumbers: 'src/catalog/phone-numbers.ts', // libphonenumber-js: only for validate
  prompts: '@inquirer/prompts', // the prompt library: only for ask (only the prompts it uses: see below)
  completion: 'src/cli/commands/completion-run.ts',
  'catalog-files': 'src/cli/commands/catalog-files.ts', // catalog init and schema (with the output schema)
  hyperlinks: 'supports-hyperlinks', // only when stdout is a terminal with colour
  traditional: 'src/match/traditional.ts', // Traditional → Simplified for matching: only for text that is not ASCII
  'zh-hant': 'src/i18n/traditional.ts', // the interface text in Traditional Chinese: only for a zh-Hant run
  'hant-catalog': 'src/hant/prepare.ts', // a catalog's Traditional text put in place: only for a zh-Hant run
  hant: 'src/hant/convert-catalog.ts', // OpenCC's tables (440 kB): only for a user's catalog without zh-Hant text, in a zh-Hant run
  // The free-text scorer and did-you-mean are in the bundle (code-cached): as a file of their own
  // they cost a run that matches words more to load and compile than they cost the others to carry.
  prefs: 'src/prefs/parse.ts', // reading and editing the preferences file: only when there is one, or for `config`
  // The YAML library itself, one file for every part that parses YAML (a catalog, the preferences
  // file): each part requires it instead of carrying a copy, and its code cache serves them all.
  yaml: 'yaml',
  config: 'src/cli/commands/config-run.ts', // `wxhelp config`: only for config
};
const lazyFileOf = new Map(
  Object.entries(lazyParts).map(([name, spec]) => [spec.startsWith('src/') ? `${root}${spec}` : spec, `./${name}.cjs`]),
);
const lazyAsSeparateFiles = (self) => ({
  name: 'lazy-parts-as-separate-files',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.path === 'yaml' && args.kind === 'import-statement' && self !== 'yaml') return { path: './yaml.cjs', external: true };
      if (args.kind !== 'dynamic-import') return undefined;
      const key = args.path.startsWith('.') ? join(args.resolveDir, args.path).replace(/\.js$/, '.ts') : args.path;
      const file = lazyFileOf.get(key);
      return file && file !== `./${self}.cjs` ? { path: file, external: true } : undefined;
    });
  },
});

const cjs = (name, entry) =>
  build({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir,
    outExtension: { '.js': '.cjs' },
    // The typed commander (src/cli/runtime/command.ts) is commander itself at run time.
    alias: { '@commander-js/extra-typings': 'commander' },
    plugins: [
      luxonZonesOnly,
      noChildProcessForCommander,
      chalkWithoutDetection,
      stringWidthAsDisplayWidth,
      promptWidthForWrapping,
      promptsAsked,
      zhHantTables(root, toTraditional),
      lazyAsSeparateFiles(name),
    ],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() → require(): the lazy parts are CommonJS files beside this one.
    supported: { 'dynamic-import': false },
    minify: true,
    legalComments: 'none',
    // bin/dist/*.cjs and src/*/*.ts are both two levels below the package root, so relative paths
    // such as '../../channels.yaml' work from either.
    define: {
      ...defines,
      WXHELP_FOLD_PAIRS: JSON.stringify(foldPairs),
      WXHELP_HANT_PHRASES: JSON.stringify(hantPhrases),
      'import.meta.dirname': '__dirname',
    },
    logLevel: 'warning',
  });

await Promise.all([cjs('cli', 'src/cli/entry.ts'), ...Object.entries(lazyParts).map(([name, entry]) => cjs(name, entry))]);

// The wording, a JSON file per language beside the bundle (src/i18n/messages.ts, prefs-messages.ts
// and src/catalog/messages.ts each read the one a run speaks, when first needed), without the
// indentation; zh-Hant's is in the zh-hant part, made from zh (bin/hant-modules.mjs). Written
// before the snapshot below, whose catalog issues are worded in English.
for (const [folder, from] of [
  ['messages', 'src/i18n/messages'],
  ['prefs-messages', 'src/i18n/prefs-messages'],
  ['words', 'src/catalog/words'],
]) {
  mkdirSync(`${outdir}/${folder}`);
  for (const lang of ['en', 'zh'])
    writeFileSync(`${outdir}/${folder}/${lang}.json`, JSON.stringify(JSON.parse(readFileSync(`${root}${from}/${lang}.json`, 'utf8'))));
}

// The CLI bundle and its parts in ASCII: read as a string at every start, one non-ASCII character
// makes all of it a two-byte string (500 kB instead of 250 kB to decode, copy and hold in the young
// generation). esbuild escapes every other non-ASCII character, but not in a tagged template (an
// escape would change its raw text): wxhelp's one tag (zhText) reads only the cooked text, which
// \uXXXX keeps. Each is stored wrapped as Node wraps a CommonJS module, so that the launcher
// compiles the file as read, with its code cache (bin/wxhelp.js).
for (const name of ['cli', ...Object.keys(lazyParts)]) {
  const file = `${outdir}/${name}.cjs`;
  const code = readFileSync(file, 'utf8');
  if (/String\.raw`[^`]*[^\x00-\x7f]/.test(code))
    throw new Error(`bin/build.mjs: a String.raw template with non-ASCII text in ${name}.cjs: escaping it would change it`);
  const ascii = code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);
}

// The zone names this Node's ICU knows, with its spelling of each (src/cli/process-zones.ts): the
// CLI then checks a --tz or the system's zone, and reads offsets, without an Intl.DateTimeFormat
// (the first costs a run ~17 ms). Every zone ICU lists, the names of UTC, the Etc/GMT offsets,
// and current IANA names ICU lists under an older spelling; a name is kept only when reading its
// offsets with TZ set gives what Intl gives, at two instants of 2026.
{
  const renamed = [
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Asia/Ho_Chi_Minh',
    'Asia/Yangon',
    'Europe/Kyiv',
    'America/Nuuk',
    'Atlantic/Faroe',
    'Pacific/Kanton',
    'Pacific/Chuuk',
    'Pacific/Pohnpei',
    'America/Argentina/Buenos_Aires',
    'America/Indiana/Indianapolis',
    'America/Kentucky/Louisville',
  ];
  const utc = [
    'UTC',
    'Etc/UTC',
    'Etc/UCT',
    'UCT',
    'Etc/Universal',
    'Universal',
    'Etc/Zulu',
    'Zulu',
    'Etc/GMT',
    'GMT',
    'Etc/Greenwich',
    'Greenwich',
    'Etc/GMT0',
    'GMT0',
    'Etc/GMT+0',
    'Etc/GMT-0',
    'GMT+0',
    'GMT-0',
  ];
  const offsets = Array.from({ length: 26 }, (_, i) => (i < 12 ? `Etc/GMT+${i + 1}` : `Etc/GMT-${i - 11}`));
  const names = {};
  const was = process.env.TZ;
  // Where setting TZ does not reach ICU (Windows), no name is kept: the CLI then asks Intl.
  const reaches = [
    ['Pacific/Chatham', -825],
    ['America/St_Johns', 210],
  ].every(([zone, west]) => {
    process.env.TZ = zone;
    return new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset() === west;
  });
  for (const name of reaches ? new Set([...Intl.supportedValuesOf('timeZone'), ...utc, ...offsets, ...renamed]) : []) {
    let spelled;
    try {
      spelled = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      continue;
    }
    // Intl's offset ("GMT", "GMT+08:00", "GMT-03:30") in minutes east of UTC.
    const intlOffset = (ms) => {
      const text = new Intl.DateTimeFormat('en-US', { timeZone: spelled, timeZoneName: 'longOffset' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName').value;
      const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(text);
      return m === null ? NaN : m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    };
    process.env.TZ = spelled;
    const same = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)].every((ms) => -new Date(ms).getTimezoneOffset() === intlOffset(ms));
    if (same) names[name] = spelled;
  }
  if (was === undefined) delete process.env.TZ;
  else process.env.TZ = was;
  writeFileSync(`${outdir}/zones.json`, `${JSON.stringify({ icu: process.versions.icu, tz: process.versions.tz, names })}\n`);
}

// The built-in catalog, validated and cleaned now so that runs need not parse YAML, with what is
// worked out from it ahead of time (the topics' free-text index). A catalog with errors fails the
// build: the package never ships one the CLI would reject.
const snapshotScript = `${outdir}/.make-snapshot.mjs`;
await build({
  absWorkingDir: root,
  stdin: {
    contents: `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { formatIssue, parseCatalog } from './src/catalog/load.ts';
      import { makeSnapshot } from './src/catalog/snapshot.ts';
      import { precomputeFor } from './src/match/precompute.ts';
      import { loadFolding } from './src/match/folding.ts';
      import { simplifiedToTraditional } from './src/hant/convert.ts';
      import {
        packTraditionalText,
        shownTraditionalText,
        TRADITIONAL_CATALOG,
        TRADITIONAL_SHOWN,
        TRADITIONAL_TEXT,
        traditionalCatalogPart,
        traditionalText,
      } from './src/hant/catalog.ts';
      import { checkNumbers } from './src/catalog/phone-numbers.ts';
      import { sanitizeDeep } from './src/render/terminal/sanitize.ts';
      const file = ${JSON.stringify(`${root}channels.yaml`)};
      const bytes = readFileSync(file);
      const source = bytes.toString('utf8');
      const { catalog, issues } = parseCatalog(source, 'channels.yaml', checkNumbers);
      if (!catalog || issues.length > 0) {
        for (const issue of issues) console.error(formatIssue('channels.yaml', issue));
        process.exit(1);
      }
      // The built-in catalog has no warnings (any issue fails the build above).
      const clean = sanitizeDeep(catalog);
      // The topics' index reads Traditional phrases as Simplified; the zh-Hant text is made from zh.
      await loadFolding();
      // zh-Hant: the table from each Simplified text to its Traditional form; the catalog with the
      // table's text in place, which a zh-Hant run reads instead of the catalog; and the table's
      // entries for the plain strings it shows as they are.
      const table = traditionalText(clean, simplifiedToTraditional());
      const precomputed = {
        ...precomputeFor(clean),
        [TRADITIONAL_TEXT]: packTraditionalText(table),
        [TRADITIONAL_CATALOG]: traditionalCatalogPart(clean, table),
        [TRADITIONAL_SHOWN]: packTraditionalText(shownTraditionalText(clean, table)),
      };
      writeFileSync(${JSON.stringify(`${outdir}/channels.snapshot`)}, makeSnapshot(bytes, clean, JSON.stringify(clean) === JSON.stringify(catalog), precomputed));
    `,
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'make-snapshot.ts',
  },
  outfile: snapshotScript,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner: { js: "import{createRequire as __wxCreateRequire}from'node:module';const require=__wxCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
try {
  await import(pathToFileURL(snapshotScript).href);
} finally {
  rmSync(snapshotScript, { force: true });
}

// The library entry (`import { recommend } from 'wxhelp'`): one file beside the CLI's chunks
// (two levels below the package root, like src/catalog/builtin.ts, so it finds channels.yaml),
// with luxon and yaml inside it, so the package has no dependencies to install: the CLI never
// loads them from node_modules, and a global install would carry 5.9 MB for nothing. Its type
// declarations are the tsc run started above.
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts' },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yaml is CommonJS and requires node's built-ins; in an ES module that needs a require.
  banner: {
    js: "import { createRequire as wxhelpCreateRequire } from 'node:module';\nconst require = wxhelpCreateRequire(import.meta.url);",
  },
  define: defines,
  legalComments: 'none',
  logLevel: 'warning',
});
await declarations;
// The Traditional-Chinese tables come from OpenCC's dictionaries (opencc-js: MIT, its data Apache
// 2.0): their licences travel with the bundle.
{
  // (Its exports map hides package.json: found from its core module, three levels below the package.)
  const from = join(dirname(createRequire(import.meta.url).resolve('opencc-js/core')), '../..');
  mkdirSync(`${outdir}/licenses/opencc-js`, { recursive: true });
  for (const [file, as] of [
    ['LICENSE', 'LICENSE'],
    ['LICENSES/Apache-2.0.txt', 'Apache-2.0.txt'],
    ['THIRD_PARTY_LICENSES.md', 'THIRD_PARTY_LICENSES.md'],
  ]) {
    writeFileSync(`${outdir}/licenses/opencc-js/${as}`, readFileSync(join(from, file)));
  }
}
// bin/ is CommonJS (bin/package.json, for the launcher); the library entry is an ES module.
writeFileSync(`${outdir}/package.json`, `${JSON.stringify({ type: 'module' })}\n`);

// Swap the new bundle in: move the old one aside, the new one into place, then drop the old.
// Another build finishing at the same moment only means one more round.
for (let round = 0; ; round++) {
  const old = `${scratch}/old-${process.pid}-${round}`;
  try {
    renameSync(dist, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(outdir, dist);
    rmSync(old, { recursive: true, force: true });
    break;
  } catch (error) {
    rmSync(old, { recursive: true, force: true });
    if (round >= 5 || !['EEXIST', 'ENOTEMPTY'].includes(error.code)) throw error;
  }
}

// V8's code caches, made after a warm-up that runs every one-shot command in text and JSON,
// English and Chinese, in-process (a fake IO: nothing is printed), so that the functions they use
// are cached compiled; then, for the parser's cache, a user's catalog. Ask and its prompts, and
// the parser's worker, are cached as loaded: their code compiled, not parsed, at its first use.
// The one-shot commands also get a cache each, in text and in JSON (below, after this one).
const launcher = createRequire(import.meta.url)('./wxhelp.js');
const io = createRequire(import.meta.url)('./command-cache.cjs').warmUpIO('UTC');
const { exports: cli } = launcher.compileBundle();
const oneShotRuns = [
  ['phone', '--overseas'],
  ['phone', '--payment', '--mainland'],
  ['recommend', '--topic', 'account-security', '--urgent'],
  ['recommend', '--topic', 'payment', '--overseas'],
  ['recommend', '我的微信号被盗了'],
  ['recommend', 'WeChat', 'Pay', 'charged', 'me', 'twice'],
  ['emergency', 'stolen'],
  ['emergency'],
  ['channels'],
  ['hours'],
  ['hours', 'hotline', '--days', '3'],
  ['topics'],
];
for (const argv of oneShotRuns.flatMap((argv) => [
  argv,
  [...argv, '--json'],
  [...argv, '--lang', 'zh'],
  [...argv, '--json', '--lang', 'zh'],
])) {
  await cli.run(argv, io);
}
// A Traditional reader's runs: the interface text is a part of its own (zh-hant), cached below.
for (const argv of [
  ['recommend', '我的帳號被盜了', '--lang', 'zh-Hant'],
  ['phone', '--overseas', '--lang', 'zh-Hant'],
  ['emergency', 'stolen', '--json', '--lang', 'zh-Hant'],
])
  await cli.run(argv, io);
for (const argv of [['--help'], ['help', 'phone']]) await cli.run(argv, io);
// The bundle's cache now: what the runs below compile of it would only make every run's cache larger.
const writeCache = (file, script) => {
  const cache = file === launcher.BUNDLE ? launcher.CODE_CACHE : `${file}.cache`;
  writeFileSync(`${cache}.tmp`, script.createCachedData());
  renameSync(`${cache}.tmp`, cache);
};
writeCache(launcher.BUNDLE, launcher.scripts.get(launcher.BUNDLE));
// Parts the runs above do not load: the parser, run on a copy of the catalog (with --no-cache:
// nothing is written), and the others loaded as they are.
const copy = `${scratch}/warm-${process.pid}.yaml`;
writeFileSync(copy, readFileSync(`${root}channels.yaml`));
try {
  await cli.run(['channels', '--json', '--no-cache', '--channels', copy], io);
  // A zh-Hant run on a catalog other than the built-in one gives it its Traditional text (hant-catalog).
  await cli.run(['recommend', '我的帳號被盜了', '--json', '--no-cache', '--lang', 'zh-Hant', '--channels', copy], io);
} finally {
  rmSync(copy, { force: true });
}
// The preferences file's parser, run on a file like the one `wxhelp config set` writes.
const prefsHome = `${scratch}/warm-prefs-${process.pid}`;
mkdirSync(`${prefsHome}/wxhelp`, { recursive: true });
writeFileSync(`${prefsHome}/wxhelp/config.yaml`, 'lang: en\nregion: mainland\nneeds: [ elderly ]\naccessible: false\n');
try {
  await cli.run(['phone'], { ...io, env: { XDG_CONFIG_HOME: prefsHome } });
} finally {
  rmSync(prefsHome, { recursive: true, force: true });
}
launcher.loadPart('prompts.cjs');
launcher.loadPart('ask.cjs');
{
  // The worker's part runs its job when loaded (a worker thread's workerData): compiled, not run.
  const { Script } = await import('node:vm');
  const file = `${dist}/parse-worker.cjs`;
  launcher.scripts.set(file, new Script(readFileSync(file, 'latin1'), { filename: file }));
}
// Only the parts whose first use someone waits on (ask's first question, a user's catalog read
// the first time, the YAML library, which every run with a preferences file loads too, the
// Traditional → Simplified table, which every Chinese problem in words loads: its one string,
// compiled from escapes, cost such a run 2 %; and the zh-Hant ones: the interface text, which every
// zh-Hant run loads, and the catalog's Traditional text, which a zh-Hant run on a user's catalog loads).
for (const name of ['ask', 'prompts', 'parse', 'parse-worker', 'yaml', 'traditional', 'zh-hant', 'hant-catalog'])
  writeCache(`${dist}/${name}.cjs`, launcher.scripts.get(`${dist}/${name}.cjs`));

// A cache for each one-shot command in each output mode (bin/dist/cli.cjs.<command>[-json].cache),
// made from that command's runs alone, each in a process of its own (bin/command-cache.cjs); the
// launcher reads the one a run names (bin/wxhelp.js). Holding only the code such a run needs,
// and the process edge's, it loads faster than the one for every command (measured: 3 to 6 % of
// a run). Two at a time: the machines that build it have two cores or more.
{
  // Each run goes to the cache the launcher will read for it (recommend has two: a problem in words, and a --topic).
  const runsOf = new Map();
  for (const argv of oneShotRuns.flatMap((argv) => [argv, [...argv, '--json']])) {
    const name = launcher.ownCacheName(argv);
    if (name === undefined) throw new Error(`bin/build.mjs: the launcher names no cache of its own for wxhelp ${argv.join(' ')}`);
    runsOf.set(name, [...(runsOf.get(name) ?? []), argv]);
  }
  const jobs = [...runsOf].map(([name, runs]) => ({ file: `${launcher.BUNDLE}.${name}.cache`, runs }));
  const home = `${scratch}/warm-home-${process.pid}`;
  // The child's environment is the build's choice, not the builder's: no preferences, catalog or cache of theirs.
  const env = {
    PATH: process.env.PATH ?? '',
    TZ: 'Asia/Shanghai',
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    HOME: home,
    XDG_CONFIG_HOME: home,
    XDG_CACHE_HOME: home,
  };
  const make = ({ file, runs }) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [`${root}bin/command-cache.cjs`, file, JSON.stringify(runs)], {
        cwd: root,
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bin/command-cache.cjs ${file} failed (exit ${code})`))));
    });
  try {
    const queue = [...jobs];
    await Promise.all(
      [0, 1].map(async () => {
        while (queue.length > 0) await make(queue.shift());
      }),
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
