// npm run bench: start-up against the time-zone floor, catalog scale against a bare YAML parse,
// and peak memory. Whole-process figures come from alternating runs (A B A B …) so that drift in
// the machine's speed affects both sides; quote medians. Public tools only: Node and esbuild.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateCatalog } from './generate-catalog.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/wxhelp.js');
const work = mkdtempSync(join(tmpdir(), 'wxhelp-bench-'));
const PAIRS = Number(process.env.BENCH_PAIRS ?? 21);

const floor = join(work, 'floor.mjs');
writeFileSync(
  floor,
  "process.stdout.write(new Intl.DateTimeFormat('en-US', {timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit'}).format(new Date()) + '\\n')\n",
);
// Peak RSS of a Node process, reported by the process itself at exit on fd 3.
const probe = join(work, 'rss-probe.cjs');
writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(3, String(process.resourceUsage().maxRSS)));\n");

const node = (...args) => [process.execPath, ...args];
const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

function wall([cmd, ...args]) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function peakKiB([cmd, ...args]) {
  const r = spawnSync(cmd, ['--require', probe, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  return Number(r.output[3]);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternating runs; the median of per-pair ratios and each side's median. */
function pair(a, b, pairs = PAIRS, warmup = 2) {
  for (let i = 0; i < warmup; i++) (wall(a), wall(b));
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const ta = wall(a);
    const tb = wall(b);
    as.push(ta);
    bs.push(tb);
    ratios.push(ta / tb);
  }
  return { a: median(as), b: median(bs), ratio: median(ratios) };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const x = (r) => `${r.toFixed(2)}×`;
const line = (label, value) => console.log(`  ${label.padEnd(48)} ${value}`);

console.log(`wxhelp benchmarks — node ${process.version}, ${PAIRS} alternating pairs per start-up figure\n`);

console.log('Start-up (median wall time; ratio = median of per-pair ratios)');
const oneShot = node(bin, 'phone', '--overseas', '--json', ...AT);
const help = node(bin, '--help');
const empty = node('-e', '0');
const floorCmd = node(floor);
const vsFloor = pair(oneShot, floorCmd);
const vsEmpty = pair(oneShot, empty);
const helpVsFloor = pair(help, floorCmd);
const helpVsEmpty = pair(help, empty);
line('wxhelp phone --overseas --json', fmt(vsFloor.a));
line('wxhelp --help', fmt(helpVsFloor.a));
line('time-zone floor (node floor.mjs)', fmt(vsFloor.b));
line('node -e 0', fmt(vsEmpty.b));
line('phone --overseas --json ÷ floor   (budget 1.25×)', x(vsFloor.ratio));
line('phone --overseas --json ÷ node -e 0', x(vsEmpty.ratio));
line('--help ÷ floor', x(helpVsFloor.ratio));
line('--help ÷ node -e 0', x(helpVsEmpty.ratio));

console.log('\nPeak memory (max RSS, median of 7)');
const rss = (cmd) => median(Array.from({ length: 7 }, () => peakKiB(cmd)));
const rssOne = rss(oneShot);
const rssFloor = rss(floorCmd);
line('wxhelp phone --overseas --json', `${(rssOne / 1024).toFixed(1)} MiB`);
line('time-zone floor', `${(rssFloor / 1024).toFixed(1)} MiB`);
line('ratio   (budget 1.2×)', x(rssOne / rssFloor));

console.log('\nCatalog scale: wxhelp channels --json --channels FILE vs a bare yaml parse of FILE');
const yamlParse = join(work, 'yaml-parse.mjs');
writeFileSync(
  yamlParse,
  `import { readFileSync } from 'node:fs';\nimport { parse } from ${JSON.stringify(pathToFileURL(join(root, 'node_modules/yaml/dist/index.js')).href)};\nparse(readFileSync(process.argv[2], 'utf8'));\n`,
);
const stagesScript = join(work, 'stages.mjs');
await build({
  entryPoints: [join(root, 'test/bench/stages.ts')],
  outfile: stagesScript,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
  banner: { js: "import{createRequire as __r}from'node:module';const require=__r(import.meta.url);" },
});
const scale = {};
for (const size of [500, 5000]) {
  const file = join(work, `channels-${size}.yaml`);
  writeFileSync(file, generateCatalog(size));
  const runs = size >= 5000 ? 3 : 7;
  const r = pair(node(bin, 'channels', '--json', '--channels', file, ...AT), node(yamlParse, file), runs, 1);
  scale[size] = r;
  line(`${size} channels: wxhelp`, fmt(r.a));
  line(`${size} channels: bare yaml parse`, fmt(r.b));
  line(`${size} channels: ratio   (budget 1.5×)`, x(r.ratio));
  const run = spawnSync(process.execPath, ['--expose-gc', stagesScript, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`stage timing failed: ${run.stderr}`);
  const stages = JSON.parse(run.stdout);
  line(`${size} channels: stages in-process`, Object.entries(stages).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' · ') + ' ms');
}
line('growth 500 → 5,000 (wxhelp)   (budget ≤ 12×)', x(scale[5000].a / scale[500].a));

rmSync(work, { recursive: true, force: true });
