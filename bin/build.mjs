// Bundles src/ into bin/dist with esbuild: one entry plus lazily loaded chunks per command.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const outdir = `${root}bin/dist`;

rmSync(outdir, { recursive: true, force: true });
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
