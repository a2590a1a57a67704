// Writes a catalog of N channels: copies of the built-in channels with new ids, everything
// else (sources, topics, routes…) as built in. Usage: node test/bench/generate-catalog.mjs N FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

export function generateCatalog(count) {
  const builtin = fileURLToPath(new URL('../../channels.yaml', import.meta.url));
  const catalog = parse(readFileSync(builtin, 'utf8'));
  const originals = catalog.channels;
  const channels = [];
  for (let i = 0; i < count; i++) {
    const base = originals[i % originals.length];
    // Deep copies: shared objects would be written as YAML aliases and shrink the file.
    const copy = structuredClone(base);
    if (i >= originals.length) {
      copy.id = `${base.id}-copy-${i}`;
      // A copy of a line says that it shares the original's number (else validate warns).
      if (base.number !== undefined) copy.sharedNumber = { with: [base.id], text: { zh: '副本', en: 'A copy' }, source: 'seed' };
    }
    channels.push(copy);
  }
  return stringify({ ...catalog, channels }, { lineWidth: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count, file] = process.argv.slice(2);
  if (!count || !file) {
    console.error('usage: node test/bench/generate-catalog.mjs <channels> <file>');
    process.exit(2);
  }
  writeFileSync(file, generateCatalog(Number(count)));
}
