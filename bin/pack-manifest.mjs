// The package as packed has no `prepare` script. In a checkout `prepare` builds the bundle (npm ci
// runs it); a tarball already holds the bundle, and npm warns about any install-time script a
// package declares ("install scripts not yet covered by allowScripts"). `prepack` builds, then
// runs `strip`, so the tarball's package.json has none; `postpack` runs `restore`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = `${root}package.json`;
const saved = `${root}node_modules/.wxhelp-build/package.json.packing`;

const action = process.argv[2];
if (action === 'strip') {
  mkdirSync(`${root}node_modules/.wxhelp-build`, { recursive: true });
  copyFileSync(manifest, saved);
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  delete pkg.scripts.prepare;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (action === 'restore') {
  if (existsSync(saved)) renameSync(saved, manifest);
} else {
  console.error('usage: node bin/pack-manifest.mjs strip|restore');
  process.exit(2);
}
