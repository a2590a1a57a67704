// The free-text matcher against the labelled problems (test/match/problems.ts), through the matcher
// bundled as the CLI bundles it (src/match) and the built-in catalog as the library loads it (from its snapshot):
// right at rank 1, right within the top 3, per language, and how long one match takes. Run by
// `npm run bench`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync, transformSync } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'wxhelp-match-'));
buildSync({
  entryPoints: [`${root}src/match/index.ts`],
  outfile: join(work, 'match.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'error',
});
const { loadFolding, rankProblem } = require(join(work, 'match.cjs'));
// As the CLI does for text that is not ASCII: Traditional characters read as Simplified.
await loadFolding();
rmSync(work, { recursive: true, force: true });
const { loadCatalog } = await import(`${root}bin/dist/index.js`);
const { catalog } = loadCatalog();
const source = transformSync(readFileSync(`${root}test/match/problems.ts`, 'utf8'), { loader: 'ts', format: 'esm' }).code;
const { PROBLEMS, FRESH, TRADITIONAL, TRADITIONAL_FRESH } = await import(
  `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
);

const HAN = /\p{Script=Han}/u;
function score(problems) {
  let first = 0;
  let top3 = 0;
  for (const p of problems) {
    const ranked = rankProblem(catalog, p.text).ranked.filter((r) => r.score > 0);
    if (ranked[0] && p.topics.includes(ranked[0].id)) first++;
    if (ranked.slice(0, 3).some((r) => p.topics.includes(r.id))) top3++;
  }
  return { n: problems.length, rank1: first / problems.length, top3: top3 / problems.length };
}
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const rows = [
  ['all', score(PROBLEMS)],
  ['zh (any Chinese)', score(PROBLEMS.filter((p) => HAN.test(p.text)))],
  ['en', score(PROBLEMS.filter((p) => !HAN.test(p.text)))],
  ['fresh (not tuned)', score(FRESH)],
  ['zh-Hant (HK/TW)', score(TRADITIONAL)],
  ['zh-Hant held out', score(TRADITIONAL_FRESH)],
];
console.log('\nfree-text match (test/match/problems.ts; the test requires ≥ 90 % at rank 1, ≥ 98 % in the top 3)');
for (const [name, r] of rows)
  console.log(`  ${name.padEnd(18)} n=${String(r.n).padStart(3)}  rank 1 ${pct(r.rank1).padStart(7)}  top 3 ${pct(r.top3).padStart(7)}`);

// Time per match, warm (the index is built once per catalog).
const start = process.hrtime.bigint();
let runs = 0;
while (process.hrtime.bigint() - start < 500_000_000n) {
  for (const p of PROBLEMS) rankProblem(catalog, p.text);
  runs += PROBLEMS.length;
}
console.log(`  one match: ${(Number(process.hrtime.bigint() - start) / runs / 1000).toFixed(1)} µs (warm)`);
