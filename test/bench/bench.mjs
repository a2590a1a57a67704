// npm run bench: the SPEC's quality bars as ratios. Start-up of every one-shot command (text and
// JSON) against three baselines — the time-zone floor (`node floor.mjs`), bare Node (`node -e 0`)
// and the same floor run as `node -e` — with peak memory; TZ=:/etc/localtime against a zone's name;
// `ask` to its first question; a user's own catalog (first run and repeat) against the built-in
// one; and catalog scale against a bare YAML parse.
// Whole-process figures come from alternating runs (A B C D A B C D …) so that drift in the
// machine's speed affects every side alike; a ratio is the median of the per-round ratios.
// NODE_EXTRA_CA_CERTS and NODE_OPTIONS are removed from every child's environment (a CA bundle
// alone adds ~50 ms to any Node start and hides the difference). Public tools only: Node, esbuild
// and script(1).
//   BENCH_PAIRS=N   rounds per start-up figure (default 15)
//   BENCH_ONLY=re   only the sections whose title matches (e.g. BENCH_ONLY=scale)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateCatalog } from './generate-catalog.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/wxhelp.js');
const work = mkdtempSync(join(tmpdir(), 'wxhelp-bench-'));
const PAIRS = Number(process.env.BENCH_PAIRS ?? 15);
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : null;
const section = (title) => !only || only.test(title);

const baseEnv = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', HOME: join(work, 'home'), XDG_CACHE_HOME: join(work, 'cache') };
delete baseEnv.NODE_EXTRA_CA_CERTS;
delete baseEnv.NODE_OPTIONS;
delete baseEnv.WXHELP_CHANNELS;
delete baseEnv.XDG_CONFIG_HOME;
delete baseEnv.WXHELP_NO_CACHE;
delete baseEnv.LC_ALL;
delete baseEnv.LC_MESSAGES;
delete baseEnv.LANGUAGE;
mkdirSync(baseEnv.HOME, { recursive: true });

// The SPEC's time-zone floor, as a file and as the same line run with `node -e`.
const FLOOR_LINE =
  "process.stdout.write(new Intl.DateTimeFormat('en-US', {timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit'}).format(new Date()) + '\\n')";
const floor = join(work, 'floor.mjs');
writeFileSync(floor, `${FLOOR_LINE}\n`);
// CPU time and peak RSS of a Node process, reported by the process itself at exit on fd 3 (by its
// main thread only: a worker thread, which a large catalog gets, loads the probe too; the usage is
// the whole process's either way).
const probe = join(work, 'probe.cjs');
writeFileSync(
  probe,
  "if (require('node:worker_threads').isMainThread) process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(3, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS })); });\n",
);

/** A run: node with these arguments, in this environment (a function: made anew for each run). */
const run = (args, env = () => baseEnv) => ({ args, env });
const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

/** One run: wall time, CPU time (ms) and peak RSS (KiB). */
function once({ args, env }) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', probe, ...args], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    env: env(),
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const { cpu, rss } = JSON.parse(r.output[3]);
  return { wall, cpu, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternating runs of a and b: medians of each side and of the per-pair ratios, per measure. */
function pair(a, b, pairs = PAIRS, warmup = 2) {
  return rounds(a, [b], pairs, warmup)[0];
}

/**
 * Rounds of a and each baseline in turn (a b1 b2 … a b1 b2 …): for each baseline, the medians of
 * each side and of the per-round ratios a ÷ baseline, per measure.
 */
function rounds(a, baselines, count = PAIRS, warmup = 2) {
  for (let i = 0; i < warmup; i++) for (const r of [a, ...baselines]) once(r);
  const rows = [];
  for (let i = 0; i < count; i++) rows.push([a, ...baselines].map(once));
  return baselines.map((_, j) => {
    const stat = (key) => ({
      a: median(rows.map((row) => row[0][key])),
      b: median(rows.map((row) => row[j + 1][key])),
      ratio: median(rows.map((row) => row[0][key] / row[j + 1][key])),
    });
    return { wall: stat('wall'), cpu: stat('cpu'), rss: stat('rss') };
  });
}

const ms = (v) => `${v.toFixed(1)} ms`;
const x = (r) => `${r.toFixed(2)}×`;
const mark = (r, budget) => (r <= budget ? '' : '  over');
const row = (cells, widths) =>
  console.log(`  ${cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')}`);

console.log(`wxhelp benchmarks — node ${process.version}, ${PAIRS} alternating rounds per start-up figure`);
console.log('NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset; CPU = user + system time of the process\n');

const floorRun = run([floor]);
const bareRun = run(['-e', '0']);
const floorERun = run(['-e', FLOOR_LINE]);

if (section('start-up')) {
  console.log('Start-up against three baselines (CPU and peak memory, each a median of per-round ratios):');
  console.log('  floor   = node floor.mjs, the one-line time-zone program (budget 1.25×, aim 1.10×; memory 1.2×)');
  console.log('  bare    = node -e 0 (budget 1.7×)');
  console.log('  floor-e = the same line run as node -e (budget 1.05×)');
  const commands = [
    ['phone', '--overseas'],
    ['recommend', '--topic', 'account-security', '--urgent'],
    // A problem in the user's own words (the free-text scorer, and its index from the snapshot).
    ['recommend', '我的微信号被盗了'],
    ['recommend', 'WeChat Pay charged me twice'],
    // A longer problem (more words to look up, typos to look for), and one typed in Traditional.
    ['recommend', 'someone stole my wechat account and is messaging my friends asking for money what should I do'],
    ['recommend', '我的帳號被盜了'],
    ['emergency', 'stolen'],
    ['channels'],
    ['hours'],
    ['topics'],
  ];
  const widths = [52, 8, 12, 12, 12, 12, 10, 10];
  row(['command', 'cpu', 'cpu ×floor', 'cpu ×bare', 'cpu ×f-e', 'rss ×floor', 'rss ×bare', 'rss ×f-e'], widths);
  const base = { floor: [], bare: [], floorE: [] };
  const worst = { floor: 0, bare: 0, floorE: 0, rss: 0, rssBare: 0, rssFloorE: 0 };
  const line = (label, r) => {
    const [f, b, e] = r;
    base.floor.push(f);
    base.bare.push(b);
    base.floorE.push(e);
    worst.floor = Math.max(worst.floor, f.cpu.ratio);
    worst.bare = Math.max(worst.bare, b.cpu.ratio);
    worst.floorE = Math.max(worst.floorE, e.cpu.ratio);
    worst.rss = Math.max(worst.rss, f.rss.ratio);
    worst.rssBare = Math.max(worst.rssBare, b.rss.ratio);
    worst.rssFloorE = Math.max(worst.rssFloorE, e.rss.ratio);
    row(
      [
        label,
        ms(f.cpu.a),
        x(f.cpu.ratio) + mark(f.cpu.ratio, 1.25),
        x(b.cpu.ratio) + mark(b.cpu.ratio, 1.7),
        x(e.cpu.ratio) + mark(e.cpu.ratio, 1.05),
        x(f.rss.ratio) + mark(f.rss.ratio, 1.2),
        x(b.rss.ratio),
        x(e.rss.ratio),
      ],
      widths,
    );
  };
  for (const command of commands) {
    // Each reader's language for the commands people run most (zh-Hant reads the catalog's Traditional copy).
    for (const variant of [[], ['--json'], ['--lang', 'zh'], ['--lang', 'zh-Hant']]) {
      if (variant[0] === '--lang' && !['phone', 'recommend'].includes(command[0])) continue;
      const args = [...command, ...variant];
      // A long problem is shortened in the table, not its options.
      const said = command.join(' ');
      const room = widths[0] - (variant.length > 0 ? variant.join(' ').length + 1 : 0);
      const label = [said.length > room ? `${said.slice(0, room - 1)}…` : said, ...variant].join(' ');
      line(label, rounds(run([bin, ...args, ...AT]), [floorRun, bareRun, floorERun]));
    }
  }
  line('--help', rounds(run([bin, '--help']), [floorRun, bareRun, floorERun]));
  const med = (list, key) => median(list.map((r) => r[key].b));
  row(
    [
      'the baselines themselves (cpu; rss)',
      '',
      ms(med(base.floor, 'cpu')),
      ms(med(base.bare, 'cpu')),
      ms(med(base.floorE, 'cpu')),
      `${(med(base.floor, 'rss') / 1024).toFixed(1)} MiB`,
      `${(med(base.bare, 'rss') / 1024).toFixed(1)} MiB`,
      `${(med(base.floorE, 'rss') / 1024).toFixed(1)} MiB`,
    ],
    widths,
  );
  row(['worst', '', x(worst.floor), x(worst.bare), x(worst.floorE), x(worst.rss), x(worst.rssBare), x(worst.rssFloorE)], widths);

  // TZ as a path (":/etc/localtime", what many systems set) against TZ as a zone's name, without --tz.
  const tzEnv = (tz) => () => ({ ...baseEnv, TZ: tz });
  const noTz = [bin, 'phone', '--overseas', '--at', AT[1]];
  const [tz] = rounds(run(noTz, tzEnv(':/etc/localtime')), [run(noTz, tzEnv('Asia/Shanghai'))]);
  console.log(
    `  TZ=:/etc/localtime ÷ TZ=Asia/Shanghai (phone --overseas, no --tz): cpu ${x(tz.cpu.ratio)}${mark(tz.cpu.ratio, 1.05)}, rss ${x(tz.rss.ratio)} (budget 1.05×)`,
  );
}

/** Wall time from spawning `node args` on a pseudo-terminal (script(1)) until `marker` is printed. */
function untilOutput(args, marker) {
  return new Promise((resolve, reject) => {
    const command = ['exec', process.execPath, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
    const start = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...baseEnv, TERM: 'xterm-256color', COLUMNS: '80', LINES: '24' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let done = false;
    const timer = setTimeout(
      () => finish(new Error(`no ${JSON.stringify(marker)} after 10 s: ${JSON.stringify(out.slice(-300))}`)),
      10_000,
    );
    function finish(error, value) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      error ? reject(error) : resolve(value);
    }
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes(marker)) finish(null, Number(process.hrtime.bigint() - start) / 1e6);
    });
    child.on('exit', () =>
      setTimeout(() => finish(new Error(`exited before ${JSON.stringify(marker)}: ${JSON.stringify(out.slice(-300))}`)), 50),
    );
  });
}

if (section('ask')) {
  console.log('\n`ask` to its first question, on a pseudo-terminal (wall; budget 1.5× floor, 1.4× floor-e)');
  const askArgs = [bin, 'ask', ...AT];
  const asks = [];
  const floors = [];
  const floorEs = [];
  const ratios = [];
  const ratiosE = [];
  for (let i = 0; i < 2; i++) {
    await untilOutput(askArgs, '?');
    await untilOutput([floor], ':');
    await untilOutput(['-e', FLOOR_LINE], ':');
  }
  for (let i = 0; i < Math.max(5, Math.round(PAIRS / 2)); i++) {
    const a = await untilOutput(askArgs, '?');
    const f = await untilOutput([floor], ':');
    const e = await untilOutput(['-e', FLOOR_LINE], ':');
    asks.push(a);
    floors.push(f);
    floorEs.push(e);
    ratios.push(a / f);
    ratiosE.push(a / e);
  }
  const widths = [44, 9, 9];
  row(['wxhelp ask, first question shown', ms(median(asks))], widths);
  row(['floor (node floor.mjs), same terminal', ms(median(floors)), x(median(ratios)) + mark(median(ratios), 1.5)], widths);
  row(['floor-e (node -e), same terminal', ms(median(floorEs)), x(median(ratiosE)) + mark(median(ratiosE), 1.4)], widths);
}

if (section('user catalog')) {
  console.log("\nA user's own catalog (a copy of channels.yaml in ~/.config/wxhelp/) against the built-in one (repeat budget 1.10×)");
  const config = join(work, 'config');
  mkdirSync(join(config, 'wxhelp'), { recursive: true });
  copyFileSync(join(root, 'channels.yaml'), join(config, 'wxhelp', 'channels.yaml'));
  const userCache = join(work, 'user-cache');
  const userEnv = () => ({ ...baseEnv, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: userCache });
  let fresh = 0;
  // A first run: a cache directory nobody has written to.
  const firstEnv = () => ({ ...baseEnv, XDG_CONFIG_HOME: config, XDG_CACHE_HOME: join(work, `first-cache-${fresh++}`) });
  const widths = [44, 9, 9, 8, 8];
  row(['command', 'wall', 'cpu', 'wall ×', 'cpu ×'], widths);
  for (const args of [['phone', '--overseas', '--json'], ['channels']]) {
    const builtin = run([bin, ...args, ...AT]);
    const first = pair(run([bin, ...args, ...AT], firstEnv), builtin, Math.max(5, Math.round(PAIRS / 2)));
    row([`${args.join(' ')}: first run ÷ built-in`, ms(first.wall.a), ms(first.cpu.a), x(first.wall.ratio), x(first.cpu.ratio)], widths);
    const repeat = pair(run([bin, ...args, ...AT], userEnv), builtin);
    row(
      [
        `${args.join(' ')}: repeat ÷ built-in`,
        ms(repeat.wall.a),
        ms(repeat.cpu.a),
        x(repeat.wall.ratio),
        x(repeat.cpu.ratio) + mark(repeat.cpu.ratio, 1.1),
      ],
      widths,
    );
  }
}

if (section('scale')) {
  console.log('\nCatalog scale: wxhelp channels --json --channels FILE against a bare yaml parse of FILE');
  console.log('  (first run budget 1.5×, repeat 0.25×, growth 500 → 5,000 at most 12×)');
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
  // The wording is read from a JSON file per language beside the code that reads it (src/i18n/messages.ts):
  // the build's copies go beside the stages script.
  for (const folder of ['messages', 'prefs-messages', 'words'])
    cpSync(join(root, 'bin/dist', folder), join(work, folder), { recursive: true });
  const widths = [14, 10, 11, 11, 8, 8, 10];
  row(['channels', 'MiB', 'yaml parse', 'first run', 'first ×', 'repeat', 'repeat ×'], widths);
  const firsts = {};
  const stageLines = [];
  for (const size of [500, 5000]) {
    const file = join(work, `channels-${size}.yaml`);
    const text = generateCatalog(size);
    writeFileSync(file, text);
    const pairs = size >= 5000 ? 3 : 7;
    let fresh = 0;
    const firstEnv = () => ({ ...baseEnv, XDG_CACHE_HOME: join(work, `scale-cache-${size}-${fresh++}`) });
    const repeatEnv = () => ({ ...baseEnv, XDG_CACHE_HOME: join(work, `scale-cache-${size}-repeat`) });
    const command = [bin, 'channels', '--json', '--channels', file, ...AT];
    const first = pair(run(command, firstEnv), run([yamlParse, file]), pairs, 1);
    const repeat = pair(run(command, repeatEnv), run([yamlParse, file]), pairs, 1);
    firsts[size] = first.wall.a;
    row(
      [
        String(size),
        (Buffer.byteLength(text) / 2 ** 20).toFixed(1),
        ms(first.wall.b),
        ms(first.wall.a),
        x(first.wall.ratio) + mark(first.wall.ratio, 1.5),
        ms(repeat.wall.a),
        x(repeat.wall.ratio) + mark(repeat.wall.ratio, 0.25),
      ],
      widths,
    );
    const stages = spawnSync(process.execPath, ['--expose-gc', stagesScript, file], { encoding: 'utf8', env: baseEnv });
    if (stages.status !== 0) throw new Error(`stage timing failed: ${stages.stderr}`);
    stageLines.push(
      `${size} channels, stages in-process: ${Object.entries(JSON.parse(stages.stdout))
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(' · ')} ms`,
    );
  }
  const growth = firsts[5000] / firsts[500];
  console.log(`  growth 500 → 5,000 (first run): ${x(growth)}${mark(growth, 12)}`);
  for (const l of stageLines) console.log(`  ${l}`);
}

rmSync(work, { recursive: true, force: true });
