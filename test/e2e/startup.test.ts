// What a run loads: a one-shot run (text or JSON) needs only the bundle, never the prompt library
// or the YAML parser; the built-in catalog comes from its snapshot unless channels.yaml was edited,
// and a user's catalog from the cache once it has been validated.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** Where /etc/localtime links to ('' when it is no link). */
function localtimeLink(): string {
  try {
    return readlinkSync('/etc/localtime');
  } catch {
    return '';
  }
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wxhelp-startup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Reports, at exit, the files of the lazily loaded parts (they are required beside the bundle)
// and the Node built-ins the run loaded.
const probe = join(work, 'probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => require('fs').writeSync(3, JSON.stringify({ files: Object.keys(require.cache), builtins: process.moduleLoadList })));\n",
);

const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'UTC'];

/**
 * A preload (node --require) that leaves one of V8's flags as Node has it: the launcher's
 * setFlagsFromString calls go through without `--flag` or `--no-flag`, to see what a run would do
 * with V8's default for it.
 */
function preloadKeeping(flag: string): string {
  const file = join(work, `keep-${flag}.cjs`);
  const drop = new RegExp(`^--(no-)?${flag}$`).source;
  writeFileSync(
    file,
    `process.noDeprecation = true; const v8 = process.binding('v8'); process.noDeprecation = false; const set = v8.setFlagsFromString; v8.setFlagsFromString = (flags) => set.call(v8, flags.split(' ').filter((f) => !/${drop}/.test(f)).join(' '));\n`,
  );
  return file;
}

/**
 * A run of `bin` with a preload that reports, at exit, on file descriptor 3: the run and the
 * report (its JSON, parsed; {} when there is none).
 */
function probed(preload: string, args: string[], env: Record<string, string> = {}, bin = join(root, 'bin/wxhelp.js')) {
  const run = spawnSync(process.execPath, ['--require', preload, bin, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', NO_COLOR: '1', ...env },
  });
  return { run, report: JSON.parse(String(run.output[3] || '{}')) as unknown };
}

function loadedParts(
  args: string[],
  bin = join(root, 'bin/wxhelp.js'),
  env: Record<string, string> = {},
): { parts: string[]; builtins: string[]; stdout: string; code: number | null } {
  const { run: r, report } = probed(probe, args, env, bin);
  const { files = [], builtins = [] } = report as { files?: string[]; builtins?: string[] };
  const parts = files
    .filter((f) => f.includes(`${join('bin', 'dist')}`))
    .map((f) => basename(f, '.cjs'))
    .sort();
  return { parts, builtins, stdout: r.stdout, code: r.status };
}

describe('start-up loads only what the run needs', () => {
  it('phone --overseas --json: no prompt library, no YAML parser, no text renderers', () => {
    const { parts, code } = loadedParts(['phone', '--overseas', '--json', ...AT]);
    expect(code).toBe(0);
    expect(parts).toEqual([]);
  });

  it.each([
    ['phone', '--overseas'],
    ['recommend', '--topic', 'general'],
    ['emergency', 'stolen'],
    ['channels'],
    ['hours'],
    ['topics'],
    ['--help'],
  ])('%s … (text, and with --json): nothing beyond the bundle', (...args) => {
    for (const variant of [[], ['--json']]) {
      const { parts, builtins, code } = loadedParts([...args, ...variant, ...(args[0] === '--help' ? [] : AT)]);
      expect(code).toBe(0);
      expect(parts).toEqual([]);
      // stdin (here /dev/null) is read only by ask: a one-shot run never makes its stream.
      expect(builtins).not.toContain('NativeModule internal/fs/streams');
      // stdout and stderr are pipes here: written with writeSync, without Node's streams for them.
      expect(builtins).not.toContain('NativeModule net');
      expect(builtins).not.toContain('NativeModule tty');
    }
  });

  it('the preferences file: nothing loaded for it when it is absent; only its part and the YAML library when it is there', () => {
    const absent = loadedParts(['phone', ...AT], join(root, 'bin/wxhelp.js'), { XDG_CONFIG_HOME: join(work, 'no-such-folder') });
    expect(absent.code).toBe(0);
    expect(absent.parts).toEqual([]);
    mkdirSync(join(work, 'xdg', 'wxhelp'), { recursive: true });
    writeFileSync(join(work, 'xdg', 'wxhelp', 'config.yaml'), 'region: mainland\nneeds: [elderly]\n');
    for (const args of [
      ['phone', ...AT],
      ['recommend', '--topic', 'general', '--json', ...AT],
    ]) {
      const present = loadedParts(args, join(root, 'bin/wxhelp.js'), { XDG_CONFIG_HOME: join(work, 'xdg') });
      expect(present.code).toBe(0);
      expect(present.parts).toEqual(['prefs', 'yaml']);
    }
  });

  it('one-shot runs make no Intl object at all: zones come from the build’s table and the process clock (no locale data, no segmenter)', () => {
    // Every Intl object the run makes, by constructor and arguments.
    const intlProbe = join(work, 'intl-probe.cjs');
    writeFileSync(
      intlProbe,
      [
        'const made = [];',
        "for (const name of ['DateTimeFormat', 'NumberFormat', 'Segmenter', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat']) {",
        '  const Original = Intl[name];',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text of a preload, whose template runs there
        '  const Wrapped = function (...args) { made.push(`${name} ${JSON.stringify(args)}`); return new Original(...args); };',
        '  Object.setPrototypeOf(Wrapped, Original);',
        '  Wrapped.prototype = Original.prototype;',
        '  Intl[name] = Wrapped;',
        '}',
        "process.on('exit', () => require('fs').writeSync(3, JSON.stringify(made)));",
      ].join('\n'),
    );
    for (const args of [
      ['phone', '--overseas'],
      ['recommend', '--topic', 'account-security', '--urgent', '--lang', 'zh'],
      ['emergency', 'stolen'],
      ['channels'],
      ['hours'],
      ['hours', '--lang', 'zh'],
      ['topics'],
      ['phone', '--overseas', '--json'],
    ]) {
      for (const at of [AT, ['--tz', 'Europe/Paris']]) {
        const { run, report } = probed(intlProbe, [...args, ...at]);
        expect(run.status).toBe(0);
        expect({ args, made: report }).toEqual({ args, made: [] });
      }
    }
    // Without --tz: the system's zone from TZ, or from /etc/localtime's link with TZ unset or
    // TZ=:/etc/localtime (a Chinese LANG changes nothing).
    for (const tz of [{ TZ: 'Asia/Shanghai' }, {}, { TZ: ':/etc/localtime' }] as { TZ?: string }[]) {
      const { run, report } = probed(intlProbe, ['phone', '--overseas', '--at', '2026-11-28T23:30+08:00'], {
        LANG: 'zh_CN.UTF-8',
        ...tz,
      });
      expect(run.status).toBe(0);
      // The zone is understood (no note that it fell back to an offset).
      expect(run.stderr).toBe('');
      const made = report as string[];
      // With TZ unset, a link that ICU reads another way (or no link at all) is Intl's to read: one formatter, in en-US.
      if (tz.TZ === 'Asia/Shanghai' || /\/zoneinfo\/[A-Za-z_]+(\/[A-Za-z_]+)*$/.test(localtimeLink())) expect(made).toEqual([]);
      else expect(made.filter((m) => m !== 'DateTimeFormat ["en-US"]')).toEqual([]);
    }
  });

  it('the free-text scorer is in the bundle: words to match, and an unknown id to suggest for, load no other file', () => {
    const mistyped = loadedParts(['recommend', '--topic', 'payement', '--json', ...AT]);
    expect(mistyped.code).toBe(2);
    expect(mistyped.parts).toEqual([]);
    // Words: the scorer, with the index stored in the snapshot (no parser to make it from the
    // phrases); Chinese words, and only they, also the Traditional → Simplified table.
    for (const [words, parts] of [
      ['我的微信号被盗了', ['traditional']],
      ['帳號被盜了', ['traditional']],
      ['WeChat Pay charged me twice', []],
    ] as const) {
      const run = loadedParts(['recommend', words, '--json', ...AT]);
      expect(run.code).toBe(0);
      expect(run.parts).toEqual(parts);
    }
    // Traditional output: its interface text; the built-in catalog's text is its Traditional copy
    // in the snapshot (no converter, and nothing to put in place).
    const hant = loadedParts(['recommend', '--topic', 'account-security', '--lang', 'zh-Hant', ...AT]);
    expect(hant.code).toBe(0);
    expect(hant.parts).toEqual(['zh-hant']);
  });

  it('a zh-Hant run reads of the built-in catalog about what a Simplified run reads (in Traditional); no Simplified wording', () => {
    // Counts, at exit, the bytes read from the snapshot, and names the files the run opened.
    const reads = join(work, 'reads.cjs');
    writeFileSync(
      reads,
      [
        "const fs = require('fs'); const open = fs.openSync, read = fs.readSync, readFile = fs.readFileSync; const opened = []; const snapshot = new Set(); let bytes = 0;",
        "fs.openSync = function (path, ...rest) { const fd = open.call(this, path, ...rest); opened.push(String(path)); if (String(path).endsWith('channels.snapshot')) snapshot.add(fd); return fd; };",
        'fs.readSync = function (fd, ...rest) { const n = read.call(this, fd, ...rest); if (snapshot.has(fd)) bytes += n; return n; };',
        'fs.readFileSync = function (path, ...rest) { opened.push(String(path)); return readFile.call(this, path, ...rest); };',
        "process.on('exit', () => fs.writeSync(3, JSON.stringify({ bytes, opened })));",
      ].join('\n'),
    );
    const run = (lang: string) => {
      const { run: r, report } = probed(reads, ['recommend', '我的帳號被盜了', '--lang', lang, ...AT]);
      expect(r.status).toBe(0);
      return report as { bytes: number; opened: string[] };
    };
    const simplified = run('zh');
    const traditional = run('zh-Hant');
    // Giving the whole catalog its Traditional text at once read all 658 kB of it. Read from the
    // build's Traditional copy of the catalog, 439 kB, against a Simplified run's 422 kB (its parts
    // are longer: they hold the Traditional text as well).
    expect(traditional.bytes).toBeLessThanOrEqual(simplified.bytes * 1.1);
    expect(simplified.opened.some((f) => f.endsWith(join('messages', 'zh.json')))).toBe(true);
    expect(traditional.opened.filter((f) => /[\\/]messages[\\/]/.test(f))).toEqual([]);
  });

  it("a user's catalog is parsed as YAML the first time, then comes from the cache (unless --no-cache)", () => {
    const catalog = join(root, 'test/catalog/fixtures/minimal.yaml');
    const env = { XDG_CACHE_HOME: join(work, 'cache') };
    const args = ['channels', '--json', '--channels', catalog, ...AT];
    const first = loadedParts(args, undefined, env);
    expect(first.code).toBe(0);
    // The parser, the YAML library it shares with the preferences' part, and the scorer's
    // Traditional table (the scorer, which makes the topics' index the cache entry stores, is in the bundle).
    expect(first.parts).toEqual(['parse', 'traditional', 'yaml']);
    const again = loadedParts(args, undefined, env);
    expect(again.parts).toEqual([]);
    expect(again.stdout).toBe(first.stdout);
    // The entry is found and checked by zlib's CRC-32, from Node's binding of zlib: neither
    // node:zlib's module (with the streams it loads: 2 ms) nor node:crypto (SHA-1: 4-5 ms).
    expect(again.builtins).toContain('Internal Binding zlib');
    expect(again.builtins.filter((m) => /^NativeModule (zlib|crypto|stream)$/.test(m))).toEqual([]);
    const builtin = loadedParts(['channels', '--json', ...AT]);
    expect(builtin.builtins.filter((m) => /zlib|crypto/.test(m))).toEqual([]);
    // Nothing is cached: nothing is made to store.
    expect(loadedParts(['--no-cache', ...args], undefined, env).parts).toEqual(['parse', 'yaml']);
    expect(loadedParts(args, undefined, { ...env, WXHELP_NO_CACHE: '1' }).parts).toEqual(['parse', 'yaml']);
  });

  it('the prompt part holds only the prompts ask uses; the bundle builds nothing costly when it loads', () => {
    const prompts = readFileSync(join(root, 'bin/dist/prompts.cjs'), 'utf8');
    expect(prompts.length).toBeLessThan(120_000);
    expect(prompts).not.toMatch(/iconv|external-editor/i);
    const cli = readFileSync(join(root, 'bin/dist/cli.cjs'), 'utf8');
    // Widths: the segmenter and emoji regex are made on first need, not when the bundle loads.
    for (const made of cli.match(/.{0,2}=new Intl\.Segmenter/g) ?? []) expect(made).toMatch(/^\?\?=/);
    // node:crypto alone costs several milliseconds to load: only a dynamic import (catalog init's
    // temporary file name) may name it, never a require that runs when the bundle loads.
    expect(cli.replace(/Promise\.resolve\(\)\.then\(\(\)=>\w+\(require\("node:crypto"\)/g, '')).not.toContain('require("node:crypto")');
    // ASCII only: read as a one-byte string at every start (one Chinese character would double it).
    expect(cli).toMatch(/^[\x00-\x7f]*$/);
    // luxon's zone classes only (bin/build.mjs): no DateTime, Duration or Interval to load at every start.
    expect(cli).not.toMatch(/Invalid DateTime|Invalid Duration|Invalid Interval/);
    // Every run reads the bundle: ~197 kB since the wording became a JSON file per language (both
    // languages' tables had been compiled in). The cap leaves room for a feature, not for a table.
    expect(cli.length).toBeLessThan(210_000);
  });

  it('an edited built-in channels.yaml is parsed, never served from the stale snapshot', () => {
    const copy = join(work, 'package');
    for (const entry of ['bin/wxhelp.js', 'bin/package.json', 'bin/dist', 'channels.yaml', 'package.json']) {
      cpSync(join(root, entry), join(copy, entry), { recursive: true });
    }
    const yaml = join(copy, 'channels.yaml');
    const original = readFileSync(yaml, 'utf8');
    const edited = original.replace(/en: In-app help \(Help & Feedback\)/, 'en: Edited help name');
    expect(edited).not.toBe(original);
    writeFileSync(yaml, edited);
    const { parts, stdout, code } = loadedParts(['channels', '--json', ...AT], join(copy, 'bin/wxhelp.js'));
    expect(code).toBe(0);
    expect(parts).toEqual(['parse', 'yaml']);
    expect(stdout).toContain('Edited help name');
  });

  it('each one-shot command reads a code cache of its own, in text and in JSON, which the build made and V8 takes', () => {
    const launcher = createRequire(import.meta.url)(join(root, 'bin/wxhelp.js')) as {
      OWN_CACHE: Set<string>;
      ownCacheName: (argv: readonly string[]) => string | undefined;
    };
    // The command's word, wherever the global options put it; recommend's words apart from its --topic.
    for (const [argv, name] of [
      [['phone', '--overseas'], 'phone'],
      [['--tz', 'UTC', '--at', '2026-11-28T03:00', 'phone', '--json'], 'phone-json'],
      [['recommend', '我的微信号被盗了'], 'recommend-words'],
      [['--lang', 'zh', 'recommend', '--need', 'elderly', '被盗', '--json'], 'recommend-words-json'],
      [['recommend', '--topic', 'payment', '--limit', '2'], 'recommend'],
      [['emergency', 'stolen'], 'emergency'],
      [['channels', '--channels', 'phone.yaml'], 'channels'],
      [['hours', 'hotline', '--json'], 'hours-json'],
      [['topics'], 'topics'],
      [['help', 'phone'], undefined],
      [['ask'], undefined],
      [['--', 'phone'], undefined],
      [[], undefined],
    ] as const) {
      expect({ argv, name: launcher.ownCacheName(argv) }).toEqual({ argv, name });
    }
    // Every cache the launcher may ask for is there, and the Node that built them takes each under
    // the V8 flags the launcher sets (loading it sets them), and none without them. (Each script
    // has a name of its own: V8 would serve a second script of the same source and name compiled
    // from the first, without reading its cache.)
    const names = [...launcher.OWN_CACHE].flatMap((n) => [n, `${n}-json`]);
    const files = names.map((n) => join(root, `bin/dist/cli.cjs.${n}.cache`));
    const rejected = (withLauncher: boolean) => {
      const r = spawnSync(
        process.execPath,
        [
          '-e',
          "const [launcher, bundle, ...caches] = process.argv.slice(1); if (launcher) require(launcher); const { readFileSync } = require('fs'); const { Script } = require('vm'); const source = readFileSync(bundle, 'latin1'); process.stdout.write(JSON.stringify(caches.map((c, i) => new Script(source, { filename: bundle + '#' + i, cachedData: readFileSync(c) }).cachedDataRejected)));",
          withLauncher ? join(root, 'bin/wxhelp.js') : '',
          join(root, 'bin/dist/cli.cjs'),
          ...files,
        ],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
      );
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as boolean[];
    };
    expect(rejected(true)).toEqual(files.map(() => false));
    expect(rejected(false)).toEqual(files.map(() => true));
  });

  it("the zh-Hant parts (its wording; a user catalog's Traditional text) have code caches of their own, which V8 takes", () => {
    const parts = ['zh-hant', 'hant-catalog'].map((name) => join(root, `bin/dist/${name}.cjs`));
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        "const [launcher, ...parts] = process.argv.slice(1); require(launcher); const { readFileSync } = require('fs'); const { Script } = require('vm'); process.stdout.write(JSON.stringify(parts.map((p) => new Script(readFileSync(p, 'latin1'), { filename: p, cachedData: readFileSync(p + '.cache') }).cachedDataRejected)));",
        join(root, 'bin/wxhelp.js'),
        ...parts,
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, false]);
  });

  it("turns V8's compilers of machine code off, loads Node's modules under the default flags, and a long job turns them on", () => {
    // The flags the launcher sets, in order: as it loads; as the bundle asks for a Node module
    // twice (through process.getBuiltinModule, as the catalog cache asks for node:zlib); as it
    // asks for the worker threads (a catalog large enough to parse on a worker: the compilers
    // stay on); and as it then loads one of its parts (compiled under the flags of its cache).
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        "process.noDeprecation = true; const v8 = process.binding('v8'); const set = v8.setFlagsFromString; const said = []; v8.setFlagsFromString = (f) => { said.push(f); set.call(v8, f); }; const launcher = require(process.argv[1]); said.push('launcher loaded'); const c = process.getBuiltinModule('node:crypto'); said.push(typeof c.createHash); process.getBuiltinModule('node:crypto'); process.getBuiltinModule('node:worker_threads'); said.push('worker threads'); launcher.loadPart('hyperlinks.cjs'); said.push('part loaded'); process.stdout.write(JSON.stringify(said));",
        join(root, 'bin/wxhelp.js'),
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect(r.stderr).toBe('');
    const [fast, normal] = ['--no-sparkplug --no-turbofan --no-minor-gc-task', '--sparkplug --turbofan --minor-gc-task'];
    expect(JSON.parse(r.stdout)).toEqual([
      fast,
      'launcher loaded',
      normal,
      fast,
      'function',
      normal,
      'worker threads',
      fast,
      normal,
      'part loaded',
    ]);
  });

  it('a one-shot run collects its young generation only when it is full, never early from a task', () => {
    // V8 collects the young generation early, from a task, once it is four-fifths full; the
    // launcher turns that off (--no-minor-gc-task): a free-text run ended just past that line and
    // collected twice. With the flag left on (a preload that drops it), such runs do.
    const keepGcTask = preloadKeeping('minor-gc-task');
    const taskCollections = (args: string[], preload: string[] = []) => {
      const r = spawnSync(process.execPath, ['--trace-gc', ...preload, join(root, 'bin/wxhelp.js'), ...args, ...AT], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', NO_COLOR: '1' },
      });
      expect(r.status).toBe(0);
      return r.stdout.split('\n').filter((line) => /Scavenge.* task;/.test(line)).length;
    };
    const english = ['recommend', 'WeChat', 'Pay', 'charged', 'me', 'twice'];
    for (const args of [english, ['recommend', '我的微信号被盗了'], ['recommend', '--topic', 'fraud', '--verbose'], ['channels', '--json']])
      expect({ args, collections: taskCollections(args) }).toEqual({ args, collections: 0 });
    // (Whether the task runs before the end depends on the moment: two runs that allocate the most
    // are asked, and either will do.)
    const kept = ['--require', keepGcTask];
    expect(taskCollections(['recommend', '我的微信号被盗了'], kept) + taskCollections(['channels', '--json'], kept)).toBeGreaterThan(0);
  });

  it('a one-shot run is over before V8 would optimise any of its functions (no loop runs hot)', () => {
    // V8 marks a function for optimising after a count of the work it did, not after a time: the
    // same run marks the same functions, on any machine (on one thread: see marks, below). Each of these once marked one (the typo
    // scan's distance and length test, the cache's shape check, wrapping a --verbose answer's notes).
    // (`channels --verbose` still does, in English and in Chinese: it wraps some 14,000 characters.)
    // The launcher turns the optimising compiler off (above): here it is left on, to see what it would do.
    const keepTurbofan = preloadKeeping('turbofan');
    const userHome = join(work, 'optimise-home');
    mkdirSync(join(userHome, 'config', 'wxhelp'), { recursive: true });
    cpSync(join(root, 'channels.yaml'), join(userHome, 'config', 'wxhelp', 'channels.yaml'));
    const user = { XDG_CONFIG_HOME: join(userHome, 'config'), XDG_CACHE_HOME: join(userHome, 'cache') };
    const runs: [string[], Record<string, string>][] = [
      [['recommend', '我的微信号被盗了'], {}],
      [['recommend', 'my', 'account', 'was', 'hacked'], {}],
      [['recommend', 'someone stole my wechat account and is asking my friends for money'], {}],
      [['recommend', 'I cannot receive the verification code because I am abroad and changed my phone number', '--json'], {}],
      [['recommend', '--topic', 'fraud', '--verbose', '--overseas'], {}],
      [['recommend', '--topic', 'payment-appeal', '--verbose'], {}],
      [['recommend', '--topic', 'fraud', '--need', 'enterprise', '--verbose'], {}],
      [['recommend', '--topic', 'fraud', '--verbose', '--lang', 'zh'], {}],
      [['recommend', '--topic', 'cross-border', '--overseas', '--lang', 'zh-Hant', '--verbose'], {}],
      [['channels'], {}],
      [['phone', '--overseas', '--json'], {}],
      [['emergency', 'stolen', '--lang', 'zh'], {}],
      [['phone', '--json'], user], // the first run on a user's catalog parses it: not asked of it
      [['recommend', '我的微信号被盗了'], user],
      [['channels'], user],
    ];
    // --single-threaded: V8's helper threads (the parallel scavenger's, say) ask the main thread for
    // an interrupt at moments of their own, and each such interrupt counts as work for whatever
    // function is running: without it, 7 of 80 runs of `recommend --topic fraud --need enterprise
    // --verbose` marked the wrapping's atoms, with it none of 100 (the work itself is the same).
    const marks = (args: string[], env: Record<string, string> = {}) => {
      const r = spawnSync(
        process.execPath,
        ['--single-threaded', '--trace-opt', '--require', keepTurbofan, join(root, 'bin/wxhelp.js'), ...args, ...AT],
        {
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', NO_COLOR: '1', ...env },
        },
      );
      expect(r.status).toBe(0);
      return r.stdout.split('\n').filter((line) => line.startsWith('[marking'));
    };
    for (const [i, [args, env]] of runs.entries()) {
      const marked = marks(args, env);
      if (i === runs.findIndex(([, e]) => e === user)) continue;
      expect({ args, marked }).toEqual({ args, marked: [] });
    }
    // The preload does keep the optimising compiler on: a run that wraps 14,000 characters is marked.
    expect(marks(['channels', '--verbose'])).not.toEqual([]);
  });
});
