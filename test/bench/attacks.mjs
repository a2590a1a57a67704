// Targeted hostile cases for `npm run fuzz`, one row each: signals while `ask` shows a question
// (in a terminal made by script(1)), `catalog init` onto devices, links, folders and bad paths,
// special files and forged entries in the catalog cache, and odd environments. Each run is
// counted as a crash (exit 1, "unexpected failure"), a stack trace, a hang (killed after 10 s),
// data overwritten (a file, device or link that is not the target changed, or left behind) or
// wrong output (not the answer the file itself gives, a terminal left raw, an invalid calendar).
// WXHELP_BIN=path runs another build (to compare before and after).
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const BIN = process.env.WXHELP_BIN ?? fileURLToPath(new URL('../../bin/wxhelp.js', import.meta.url));
const HANG_MS = 10_000;
const STACK = /\n\s+at .+:\d+:\d+\)?$|node:internal|^\w*Error: /m;
const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
const NUMBER = '+86-755-83765566';
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
// The tests' helper that takes a cache entry apart and packs it again, as the cache does (TypeScript: bundled once).
const cacheEntry = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'wxhelp-attacks-'));
  try {
    buildSync({
      entryPoints: [fileURLToPath(new URL('../support/cache-entry.ts', import.meta.url))],
      outfile: join(dir, 'cache-entry.cjs'),
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(join(dir, 'cache-entry.cjs'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const root = process.getuid?.() === 0;

/** Runs the binary (or a shell line, with "$NODE" "$BIN" for it); resolves { code, signal, stdout, stderr, hung }. */
function run(args, { env = {}, shell, uid } = {}) {
  return new Promise((resolve) => {
    const base = { PATH: process.env.PATH, HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TZ: 'UTC', NODE: process.execPath, BIN, ...env };
    const child = shell
      ? spawn('sh', ['-c', shell], { env: base, stdio: ['ignore', 'pipe', 'pipe'], ...(uid ? { uid, gid: uid } : {}) })
      : spawn(process.execPath, [BIN, ...args], { env: base, stdio: ['ignore', 'pipe', 'pipe'], ...(uid ? { uid, gid: uid } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung });
    });
  });
}

const rows = [];
/** Records one run of an attack: `bad` names what went wrong beyond the generic checks. */
function count(attack, r, { ok = [0, 2, 3], overwritten = false, wrong = false } = {}) {
  let row = rows.find((x) => x.attack === attack);
  if (!row) {
    row = { attack, runs: 0, crashes: 0, stackTraces: 0, hangs: 0, overwritten: 0, wrong: 0 };
    rows.push(row);
  }
  row.runs++;
  if (r.hung) return void row.hangs++;
  if (!ok.includes(r.code) || /unexpected failure|意外错误|"UNEXPECTED"/.test(r.stderr)) row.crashes++;
  if (STACK.test(r.stderr)) row.stackTraces++;
  if (overwritten) row.overwritten++;
  if (wrong) row.wrong++;
}

// --- 1. ask stopped by a signal, in a terminal -----------------------------------------------
function askInTerminal(signal) {
  return new Promise((resolve) => {
    const ask = `"${process.execPath}" "${BIN}" ask ${AT.join(' ')}`;
    const line = `set -m; ${signal === 'timeout' ? `timeout 3 ${ask}` : ask}; echo "rc=$?"; stty -a`;
    const child = spawn('script', ['-qfec', line, '/dev/null'], {
      env: { PATH: process.env.PATH, HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TERM: 'xterm', SHELL: '/bin/sh' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    let answered = false;
    let sent = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (d) => {
      screen += d;
      if (!answered && screen.includes('What happened?')) {
        answered = true;
        child.stdin.write('\r');
      }
      if (!sent && signal !== 'timeout' && screen.includes('How urgent is it?')) {
        sent = true;
        setTimeout(() => {
          const find = (pid) => {
            let kids = [];
            try {
              kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
            } catch {}
            return kids.flatMap((k) => [k, ...find(k)]);
          };
          const target = find(child.pid).find((p) => {
            try {
              return readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')[1] === BIN;
            } catch {
              return false;
            }
          });
          if (target) process.kill(target, signal);
        }, 300);
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      const rc = Number(/rc=(\d+)/.exec(screen)?.[1] ?? -1);
      const stty = screen.slice(screen.lastIndexOf('rc='));
      const raw = /-icanon|-echo\b/.test(stty) || !/speed/.test(stty);
      const hidden = screen.lastIndexOf('\u001b[?25l') > screen.lastIndexOf('\u001b[?25h');
      const expected = { SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131, timeout: 124 }[signal];
      resolve({ code: 0, stdout: screen, stderr: '', hung: rc === -1, wrong: raw || hidden || rc !== expected });
    });
  });
}

// --- helpers for the cache ----------------------------------------------------------------------
/** The only entry file in a cache directory. */
const entryIn = (dir) =>
  join(
    dir,
    readdirSync(dir).find((f) => f.endsWith('.entry')),
  );
/**
 * An entry with its catalog JSON changed, its digest line kept as it was (not made anew): taken
 * apart and packed again as the cache packs it, by test/support/cache-entry.ts (bundled here).
 */
function forge(path, change) {
  const bytes = readFileSync(path);
  writeFileSync(path, Buffer.concat([bytes.subarray(0, bytes.indexOf(10) + 1), cacheEntry.repacked(path, { catalog: change })]));
}

export async function attacks(rounds = 2) {
  const dir = mkdtempSync(join(tmpdir(), 'wxhelp-attacks-'));
  chmodSync(dir, 0o755);
  const file = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const catalog = file('channels.yaml', original);
  const truth = await run(['phone', '--overseas', '--no-cache', '--channels', catalog, ...AT]);
  let n = 0;
  const fresh = () => {
    const d = join(dir, `c${n++}`);
    mkdirSync(d, { recursive: true, mode: 0o700 });
    return d;
  };

  for (let round = 0; round < rounds; round++) {
    // 1. signals in ask
    for (const signal of ['SIGTERM', 'SIGHUP', 'SIGQUIT', 'timeout']) {
      const r = await askInTerminal(signal);
      count(`ask: ${signal === 'timeout' ? 'timeout 3' : signal} at the 2nd question`, r, { wrong: r.wrong });
    }

    // 2. catalog init
    {
      const d = fresh();
      chmodSync(d, 0o755);
      const victim = join(d, 'victim.txt');
      writeFileSync(victim, 'precious\n');
      // a character device (the same as /dev/null), made here
      const dev = join(d, 'null');
      spawnSync('mknod', [dev, 'c', '1', '3']);
      let r = await run(['catalog', 'init', dev, '--force', ...AT]);
      count('init: a device, --force', r, { overwritten: !lstatSync(dev).isCharacterDevice() });
      // a link to a file of someone else's
      const link = join(d, 'link.yaml');
      symlinkSync(victim, link);
      r = await run(['catalog', 'init', link, '--force', ...AT]);
      count('init: a link, --force', r, {
        overwritten: readFileSync(victim, 'utf8') !== 'precious\n' || !lstatSync(link).isSymbolicLink(),
      });
      // a link planted where the temporary file goes (<target>.<pid>.tmp before; any name after)
      const target = join(d, 'mine.yaml');
      r = await run([], { shell: `ln -s "${victim}" "${target}.$$.tmp"; exec "$NODE" "$BIN" catalog init "${target}" ${AT.join(' ')}` });
      count('init: a link planted at the temporary name', r, { overwritten: readFileSync(victim, 'utf8') !== 'precious\n' });
      // a directory: refused, nothing left beside it
      const beside = fresh();
      const folder = join(beside, 'adir');
      mkdirSync(folder);
      r = await run(['catalog', 'init', folder, '--force', ...AT]);
      count('init: a directory, --force', r, { ok: [2], overwritten: readdirSync(beside).some((f) => f.endsWith('.tmp')) });
      // bad paths: exit 2, never 1
      r = await run(['catalog', 'init', join(d, `${'x'.repeat(300)}.yaml`), ...AT]);
      count('init: ENAMETOOLONG', r, { ok: [2] });
      r = await run(['catalog', 'init', '/proc/wxhelp-nope/c.yaml', ...AT]);
      count('init: ENOENT (a folder under /proc)', r, { ok: [2] });
      const locked = join(d, 'locked');
      mkdirSync(locked, { mode: 0o555 });
      r = await run([], {
        shell: `exec "$NODE" "$BIN" catalog init "${join(locked, 'c.yaml')}" ${AT.join(' ')}`,
        ...(root ? { uid: 65534 } : {}),
      });
      count('init: EACCES', r, { ok: [2], overwritten: readdirSync(locked).length > 0 });
    }

    // 3. special files where a cache entry is
    for (const [name, plant] of [
      ['a named pipe', (p) => spawnSync('mkfifo', [p])],
      ['a link to /dev/zero', (p) => symlinkSync('/dev/zero', p)],
      [
        'a sparse 1.8 GB file',
        (p) => {
          writeFileSync(p, '');
          truncateSync(p, 1.8e9);
        },
      ],
    ]) {
      const cache = fresh();
      const env = { XDG_CACHE_HOME: cache };
      await run(['phone', '--overseas', '--channels', catalog, ...AT], { env });
      const entry = entryIn(join(cache, 'wxhelp'));
      rmSync(entry);
      plant(entry);
      const r = await run(['phone', '--overseas', '--channels', catalog, ...AT], { env });
      count(`cache: ${name} as the entry`, r, { wrong: r.stdout !== truth.stdout });
    }

    // 4. forged entries and a cache others can write
    for (const [name, change, setup] of [
      ['a changed number', (j) => j.replaceAll(NUMBER, '+1-900-555-0199')],
      ['an escape code planted', (j) => j.replace('"Overseas support line"', '"Overseas\\u001b]0;PWNED\\u0007 line"')],
      ['name: null', (j) => j.replace(/"name":\{"zh":"[^"]*","en":"Overseas support line"\}/, '"name":null')],
      ['channels of the wrong type', (j) => JSON.stringify({ ...JSON.parse(j), channels: 'x' })],
      [
        'a changed number, cache folder 0777',
        (j) => j.replaceAll(NUMBER, '+1-900-555-0199'),
        (cache) => chmodSync(join(cache, 'wxhelp'), 0o777),
      ],
    ]) {
      const cache = fresh();
      const env = { XDG_CACHE_HOME: cache };
      await run(['phone', '--overseas', '--channels', catalog, ...AT], { env });
      forge(entryIn(join(cache, 'wxhelp')), change);
      setup?.(cache);
      for (let i = 0; i < 2; i++) {
        const r = await run(['phone', '--overseas', '--channels', catalog, ...AT], { env });
        count(`cache: ${name}`, r, { ok: [0], wrong: r.stdout !== truth.stdout || /[\u001b\u0007\u009b]/.test(r.stdout) });
      }
    }
    {
      // two catalogs of the same length: each run must find its own entry still there
      const cache = fresh();
      const env = { XDG_CACHE_HOME: cache };
      const a = file(`a${round}.yaml`, original.replace('en: Overseas support line', 'en: Overseas support lina'));
      const b = file(`b${round}.yaml`, original.replace('en: Overseas support line', 'en: Overseas support linb'));
      await run(['phone', '--channels', a, ...AT], { env });
      const first = readdirSync(join(cache, 'wxhelp')).filter((f) => f.endsWith('.entry'));
      const r = await run(['phone', '--channels', b, ...AT], { env });
      const after = readdirSync(join(cache, 'wxhelp')).filter((f) => f.endsWith('.entry'));
      count('cache: two catalogs of the same length', r, { overwritten: !first.every((f) => after.includes(f)) });
    }

    // 5. odd environments and catalogs
    {
      const fifo = join(dir, `tz${round}.fifo`);
      spawnSync('mkfifo', [fifo]);
      let r = await run(['phone', '--overseas', '--at', '2026-11-28T10:00+08:00'], { env: { TZ: fifo } });
      count('TZ naming a named pipe', r);
      r = await run(['remind', 'app-help', '--at', '9999-12-31T23:59Z', '--tz', 'UTC']);
      count('remind --at 9999-12-31T23:59Z', r, { wrong: /^DT\w+:[+-]/m.test(r.stdout) || r.code === 0 });
      const cr = file(`cr${round}.yaml`, original.replace(/\n/g, '\r'));
      r = await run(['phone', '--overseas', '--no-cache', '--channels', cr, ...AT]);
      count('a catalog with CR-only line ends', r, { wrong: r.stdout !== truth.stdout });
      const wait = file(
        `wait${round}.yaml`,
        original.replace('waitMinutes: {open: 5, automated: 2}', 'waitMinutes: {open: 99999999999999999999, automated: 2}'),
      );
      r = await run(['validate', wait, ...AT]);
      count('waitMinutes: 99999999999999999999', r, { wrong: r.code !== 3 });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

/** The table: attack | runs | crashes | stack traces | hangs | data overwritten | wrong output. */
export function table(list) {
  const head = '| attack | runs | crashes | stack traces | hangs | data overwritten | wrong output |\n|---|---|---|---|---|---|---|';
  return [
    head,
    ...list.map((r) => `| ${r.attack} | ${r.runs} | ${r.crashes} | ${r.stackTraces} | ${r.hangs} | ${r.overwritten} | ${r.wrong} |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const list = await attacks(Number(process.argv[2] ?? 2));
  console.log(`wxhelp attacks on ${BIN}`);
  console.log(table(list));
  process.exitCode = list.some((r) => r.crashes + r.stackTraces + r.hangs + r.overwritten + r.wrong > 0) ? 1 : 0;
}
