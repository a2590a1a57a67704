// Random argv over every command and every flag, against the built binary, with hostile values,
// environments and catalogs. Prints counts — runs, crashes, stack traces, hangs, terminal control
// bytes leaked, invalid JSON — and the first few failures of each kind. Counts only: nothing here
// is a timed assertion. Then the targeted attacks of test/bench/attacks.mjs (signals in ask,
// catalog init's writes, the cache's reads, odd environments), as a table. Usage: node
// test/bench/fuzz.mjs [runs=400] [seed=1] [attack rounds=1] (npm run fuzz).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attacks, table } from './attacks.mjs';

const BIN = process.env.WXHELP_BIN ?? fileURLToPath(new URL('../../bin/wxhelp.js', import.meta.url));
const RUNS = Number(process.argv[2] ?? 400);
let seed = Number(process.argv[3] ?? 1) >>> 0 || 1;
const HANG_MS = 10_000;
const random = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const dir = mkdtempSync(join(tmpdir(), 'wxhelp-fuzz-'));
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const keys = (n) => Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join('\n');
const catalogs = [
  file('ok.yaml', original),
  file('dup.yaml', original.replace('\nchannels:\n', `\nx-big:\n${keys(5000)}\n  k1: again\nchannels:\n`)),
  file('y11.yaml', `%YAML 1.1\n---\n${original}`),
  file(
    'zw.yaml',
    original.replace(/(name: \{zh: )([^,]+)/, (_m, a, b) => `${a}"${'\u200b'.repeat(8000)}${b}"`),
  ),
  file('esc.yaml', original.replace('schemaVersion: 1\n', 'schemaVersion: 1\n"x\u009b31m\u202e\u001b]0;PWNED\u0007": 1\n')),
  file('half.yaml', original.slice(0, original.length / 2)),
  file('x\u001b]0;PWNED\u0007.yaml', original),
  '/dev/zero',
  '/dev/null',
  dir,
  join(dir, 'missing.yaml'),
];

const hostile = [
  '',
  ' ',
  '-',
  '--',
  '--json',
  'x'.repeat(5000),
  '\u001b[31mred',
  '\u001b]0;PWNED\u0007',
  '\u009b2J',
  '\u202eevil',
  '微信',
  '👨‍👩‍👧',
  '-1',
  '0',
  '1e309',
  'NaN',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%s%n',
];
const values = {
  '--at': [
    '2026-11-28T21:30',
    '2026-11-28T21:30+08:00',
    '2026-11-28T21:30Z',
    'tomorrow',
    '2026-02-30T10:00',
    '2026-11-28T21:30+99:99',
    '9999-12-31T23:59Z',
    ...hostile,
  ],
  '--tz': ['Asia/Shanghai', 'Europe/London', 'America/New_York', 'UTC', 'Mars/Olympus', '+08:00', ...hostile],
  '--lang': ['zh', 'en', 'fr', ...hostile],
  '--channels': [...catalogs, ...hostile],
  '--topic': ['general', 'account-security', 'payment', 'payment-appeal', 'ticket', 'genral', ...hostile],
  '--need': ['elderly', 'visually-impaired', 'enterprise', 'eldery', ...hostile],
  '--limit': ['1', '3', '100', ...hostile],
  '--days': ['1', '7', '31', '1000', ...hostile],
  '--before': ['10', '0', ...hostile],
};
const commands = {
  recommend: ['--topic', '--urgent', '--not-urgent', '--overseas', '--mainland', '--need', '--limit', '--verbose'],
  phone: ['--overseas', '--mainland', '--payment', '--topic', '--verbose'],
  channels: ['--verbose'],
  hours: ['--days'],
  emergency: ['--overseas', '--mainland', '--verbose'],
  topics: [],
  validate: [],
  completion: [],
  remind: ['--before'],
  ask: [],
  help: [],
  __complete: [],
};
const operands = {
  recommend: ['my account was stolen', '我的微信号被盗了', ...hostile],
  hours: ['app-help', 'hotline', 'nope', ...hostile],
  emergency: ['stolen', 'funds', 'leak', 'stoln', ...hostile],
  validate: catalogs,
  completion: ['bash', 'zsh', 'fish', 'tcsh'],
  remind: ['app-help', 'nope'],
  help: Object.keys(commands),
  __complete: ['topics', 'needs', 'channels', 'emergencies', 'zones', 'nope'],
};
const globals = ['--json', '--at', '--tz', '--lang', '--channels', '--no-color', '--help', '--version'];
const envs = [
  {},
  { TZ: 'CST-8' },
  { TZ: 'UTC+8' },
  { TZ: '/usr/share/zoneinfo/Asia/Shanghai' },
  { TZ: 'Asia/Shanghai ' },
  { TZ: ':/etc/passwd' },
  { LANG: 'zh_CN.UTF-8' },
  { NO_COLOR: '1' },
  { FORCE_COLOR: '3' },
  { COLUMNS: '1' },
  { COLUMNS: '-5' },
  { WXHELP_CHANNELS: pick(catalogs) },
  { XDG_CONFIG_HOME: dir },
];

function argvOf() {
  const command = pick([...Object.keys(commands), 'nope', undefined]);
  const flags = [...globals, ...(commands[command] ?? []), '--bogus'];
  const words = command === undefined ? [] : [command];
  for (let n = Math.floor(random() * 5); n > 0; n--) {
    const flag = pick(flags);
    if (flag === '--help' || flag === '--version') {
      if (random() < 0.1) words.push(flag);
      continue;
    }
    words.push(flag);
    if (values[flag]) words.push(pick(values[flag]));
  }
  if (operands[command] && random() < 0.7) words.push(pick(operands[command]));
  if (random() < 0.8) words.push('--at', pick(values['--at'].slice(0, 3)));
  if (random() < 0.1) words.push('--', pick(hostile));
  return words;
}

/** Whether argv asks for JSON as commander reads it: --json as an option, not a value or after "--". */
function wantsJson(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return false;
    if (argv[i] === '--json') return true;
    if (values[argv[i]]) i++;
  }
  return false;
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // what may act on a terminal
const STACK = /\n\s+at .+:\d+:\d+\)?$|node:internal|^\w*Error: /m;
const counts = { runs: 0, crashes: 0, stackTraces: 0, hangs: 0, leaks: 0, invalidJson: 0 };
const examples = Object.fromEntries(Object.keys(counts).map((k) => [k, []]));
const note = (kind, argv, env, detail) => {
  counts[kind]++;
  if (examples[kind].length < 3) examples[kind].push({ argv, env, detail: String(detail).slice(0, 200) });
};

function runOnce(argv, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      env: { PATH: process.env.PATH, HOME: dir, LANG: 'en_US.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

async function one() {
  const argv = argvOf();
  const env = pick(envs);
  const r = await runOnce(argv, env);
  counts.runs++;
  // With FORCE_COLOR the colour codes (SGR) are wxhelp's own: only other control bytes are leaks.
  const text = env.FORCE_COLOR ? (r.stdout + r.stderr).replace(/\u001b\[[0-9;]*m/g, '') : r.stdout + r.stderr;
  if (r.signal === 'SIGKILL') return note('hangs', argv, env, 'killed after 10 s');
  if (STACK.test(r.stderr)) note('stackTraces', argv, env, r.stderr);
  // The message of an unexpected failure (the help's exit-code list names it too: not that).
  if (![0, 2, 3].includes(r.code) || /^wxhelp: (unexpected failure|意外错误)|"code":"UNEXPECTED"/m.test(r.stderr))
    note('crashes', argv, env, `exit ${r.code}: ${r.stderr}`);
  // A completion script's own text and the .ics are multi-line: only the controls a terminal acts on count.
  if (CONTROL.test(text.replace(/[\t\n\r]/g, ''))) note('leaks', argv, env, JSON.stringify(text.match(CONTROL)?.[0]));
  // Without a command wxhelp prints its help, which is text even with --json.
  const command = argv.find((a) => !a.startsWith('-') && a in commands);
  if (
    command !== undefined &&
    wantsJson(argv) &&
    !argv.includes('--help') &&
    !argv.includes('--version') &&
    !argv.includes('help') &&
    argv[0] !== '__complete'
  ) {
    const out = r.code === 0 ? r.stdout : r.stderr.trim().split('\n').at(-1);
    try {
      if (out.trim() !== '') JSON.parse(out);
      else if (r.code === 0 && !(argv[0] === 'completion')) throw new Error('empty');
    } catch {
      note('invalidJson', argv, env, out);
    }
  }
}

const parallel = Math.max(1, Math.min(4, cpus().length));
let next = 0;
await Promise.all(
  Array.from({ length: parallel }, async () => {
    while (next++ < RUNS) await one();
  }),
);
rmSync(dir, { recursive: true, force: true });

console.log(`wxhelp fuzz: ${RUNS} random runs (seed ${process.argv[3] ?? 1}), ${parallel} at a time`);
for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(12)} ${v}`);
for (const [k, list] of Object.entries(examples)) for (const e of list) console.log(`  ${k}: ${JSON.stringify(e)}`);
const rows = await attacks(Number(process.argv[4] ?? 1));
console.log(`\ntargeted attacks (${process.argv[4] ?? 1} round${(process.argv[4] ?? '1') === '1' ? '' : 's'}):`);
console.log(table(rows));
const attackFailures = rows.reduce((n, r) => n + r.crashes + r.stackTraces + r.hangs + r.overwritten + r.wrong, 0);
process.exitCode = counts.crashes + counts.stackTraces + counts.hangs + counts.leaks + counts.invalidJson + attackFailures > 0 ? 1 : 0;
