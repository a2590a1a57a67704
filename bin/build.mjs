// Bundles src/ into bin/dist with esbuild: one entry plus lazily loaded chunks per command,
// and the library entry (bin/dist/index.js) with its type declarations (bin/dist/types).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dist = `${root}bin/dist`;
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
  const child = spawn(process.execPath, [tsc, '-p', 'bin/tsconfig.lib.json', '--outDir', `${outdir}/types`], { cwd: root, stdio: 'inherit' });
  child.on('error', reject);
  child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p bin/tsconfig.lib.json failed (exit ${code})`))));
});
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/entry.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  // Chunks sit beside cli.js: src/cli/*.ts and bin/dist/*.js are both two levels below the
  // package root, so '../../channels.yaml' finds the built-in catalog from either.
  chunkNames: '[name]-[hash]',
  define: { WXHELP_VERSION: JSON.stringify(pkg.version) },
  // Some dependencies are CommonJS and call require() on Node built-ins.
  banner: { js: "import{createRequire as __wxCreateRequire}from'node:module';const require=__wxCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The built-in catalog, validated and cleaned now so that runs need not parse YAML. A catalog
// with errors fails the build: the package never ships one the CLI would reject.
const snapshotScript = `${outdir}/.make-snapshot.mjs`;
await build({
  absWorkingDir: root,
  stdin: {
    contents: `
      import { readFileSync, writeFileSync } from 'node:fs';
      import { formatIssue, parseCatalog } from './src/catalog/load.ts';
      import { makeSnapshot } from './src/catalog/snapshot.ts';
      import { sanitizeDeep } from './src/render/terminal/sanitize.ts';
      const file = ${JSON.stringify(`${root}channels.yaml`)};
      const source = readFileSync(file, 'utf8');
      const { catalog, issues } = parseCatalog(source, 'channels.yaml');
      if (!catalog || issues.length > 0) {
        for (const issue of issues) console.error(formatIssue('channels.yaml', issue));
        process.exit(1);
      }
      writeFileSync(${JSON.stringify(`${outdir}/channels.snapshot.json`)}, JSON.stringify(makeSnapshot(source, sanitizeDeep(catalog))));
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
// its dependencies left to node_modules. Its type declarations are the tsc run started above.
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts' },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
});
await declarations;

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
