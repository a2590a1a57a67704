#!/usr/bin/env node
// Launcher. The CLI bundle (bin/dist/cli.cjs, built by `npm run build`, which npm's prepare runs)
// and each part loaded later (ask.cjs, parse.cjs, …) are stored already wrapped as Node wraps a
// CommonJS module, and are compiled here through vm.Script with V8's code cache (made by the
// build after a warm-up run; a one-shot command has a cache of the bundle of its own, in text and
// in JSON): start-up skips most parsing and compiling, and no second copy of the source is made to
// wrap it. A cache V8 rejects (another Node version) only means compiling as usual.
// CommonJS (bin/package.json): Node starts a CommonJS entry about a tenth faster than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');

// V8's compilers of machine code are off for a run of wxhelp, which is over before either pays:
// Sparkplug (baseline), which compiles the functions a run calls most, in batches on the main
// thread, and Turbofan (optimising), which compiles on other threads. Measured against both on,
// in CPU: recommend and phone 4–5 % less, `channels --verbose` (which Turbofan optimised) 25–40 %
// less, the first run on a user's catalog (a YAML parse of a quarter of a second) a third less.
// So is the task that collects the young generation early, once it is four-fifths full, to spare
// a long-running program a collection at a worse moment: a one-shot run ends before it would fill
// (free-text `recommend` then collects once instead of twice: 3 % less CPU). A full young
// generation is still collected as always.
// A long job turns them back on for the rest of the process: a catalog so large it is parsed on a
// worker thread (seconds of work; interpreted, it took half as long again).
// A code cache is accepted only under the V8 flags it was made with: every cache of wxhelp's is
// made by the build in a process that loaded this file, so under the same flags. Node's own
// modules carry caches made under the default flags: one that loads later is loaded under those
// (withNodeFlags), or it would compile from source (node:crypto: 3 ms becomes 11); the CLI names
// the modules of a terminal's stream before Node makes it (src/cli/process-output.ts). wxhelp's
// own files are compiled under the flags of their caches whatever the process runs under
// (compile). Only where both compilers are on by default (x64 and arm64) and Node has
// process.binding('v8'); elsewhere nothing changes, the caches included. The parse worker
// (src/catalog/parse-off-thread.ts) runs under the flags the process has (KEEP_FLAGS).
const FAST_FLAGS = '--no-sparkplug --no-turbofan --no-minor-gc-task';
const DEFAULT_FLAGS = '--sparkplug --turbofan --minor-gc-task';
const KEEP_FLAGS = Symbol.for('wxhelp.keep-v8-flags');
const v8 = ['x64', 'arm64'].includes(process.arch) ? nodeV8Binding() : undefined;
/** Whether the process runs under FAST_FLAGS now. */
let fast = false;
if (v8 !== undefined && globalThis[KEEP_FLAGS] !== true) setFast(true);

/** Node's V8 binding, its deprecation warning silenced: without it nothing changes but speed. */
function nodeV8Binding() {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = process.binding('v8');
    return typeof binding?.setFlagsFromString === 'function' ? binding : undefined;
  } catch {
    return undefined;
  } finally {
    process.noDeprecation = quiet;
  }
}

function setFast(on) {
  v8.setFlagsFromString(on ? FAST_FLAGS : DEFAULT_FLAGS);
  fast = on;
}

/** A script, compiled under the flags its code cache was made with (then the process's again). */
function compile(source, options) {
  if (v8 === undefined || fast) return new Script(source, options);
  v8.setFlagsFromString(FAST_FLAGS);
  try {
    return new Script(source, options);
  } finally {
    v8.setFlagsFromString(DEFAULT_FLAGS);
  }
}

/**
 * One of Node's modules, by `get` (require, or process.getBuiltinModule, by which
 * src/cli/process-output.ts loads node:tty, and src/catalog/cache.ts node:zlib where Node has no
 * binding of zlib to give): the first time, under the default flags, so that it loads
 * with its cache. The worker threads' module is asked for only to parse a large catalog: the
 * default flags then stay (a worker shares them; the launcher there keeps them, KEEP_FLAGS).
 */
const nodeModulesLoaded = new Set();
function withNodeFlags(id, get = require) {
  if (!fast || nodeModulesLoaded.has(id)) return get(id);
  setFast(false);
  try {
    return get(id);
  } finally {
    nodeModulesLoaded.add(id);
    if (id !== 'node:worker_threads') setFast(true);
  }
}
if (v8 !== undefined && typeof process.getBuiltinModule === 'function') {
  const getBuiltinModule = process.getBuiltinModule;
  process.getBuiltinModule = (id) => withNodeFlags(id, (name) => getBuiltinModule.call(process, name));
}

const DIST = `${__dirname}/dist`;
const BUNDLE = `${DIST}/cli.cjs`;
const CODE_CACHE = `${BUNDLE}.cache`;
const Module = module.constructor;

/** Each file compiled so far: its script (the build makes the caches from them). */
const scripts = new Map();
let bundle;

/**
 * Compile and run one stored file (with `cachedData`, by default its code cache beside it,
 * `${file}.cache`, when there is one; null: none);
 * returns its exports. Each file once: a part is also put in require's cache, as a required file
 * would be (what a run loaded shows there).
 */
function load(file, cachedData = readCache(file)) {
  const known = file === BUNDLE ? bundle : require.cache[file];
  if (known !== undefined) return known.exports;
  // latin1: the build writes each file in ASCII, and latin1 is the cheapest decoding of it.
  const script = compile(readFileSync(file, 'latin1'), { filename: file, cachedData: cachedData ?? undefined });
  const part = new Module(file, module);
  part.filename = file;
  if (file === BUNDLE) bundle = part;
  else require.cache[file] = part;
  scripts.set(file, script);
  script.runInThisContext().call(part.exports, part.exports, requireInDist, part, file, DIST);
  part.loaded = true;
  return part.exports;
}

function readCache(file) {
  try {
    return readFileSync(`${file}.cache`);
  } catch {
    return undefined; // no cache: compile as usual
  }
}

// The one-shot commands the build made a code cache of their own for, in text and in JSON
// (bin/command-cache.cjs): made from runs of that command alone, each holds only the code such a
// run needs, and loads faster than the cache made from every command.
const OWN_CACHE = new Set(['phone', 'recommend', 'recommend-words', 'emergency', 'channels', 'hours', 'topics']);
// The options that take a value (src/cli/program.ts, src/cli/commands/recommend.ts): the word after
// one is neither the command nor a problem in words (test/cli/launcher-cache.test.ts holds them to the program's).
const TAKES_VALUE = new Set(['--at', '--tz', '--lang', '--channels']);
const RECOMMEND_TAKES_VALUE = new Set(['--topic', '--need', '--limit']);

/**
 * The name of the code cache the build made for the run argv asks for (cli.cjs.<name>.cache):
 * its command's own, in its output mode; undefined for a command that has none. (Only speed
 * rests on it: any cache of the bundle serves any run, and what is not in it is compiled as usual.)
 */
function ownCacheName(argv) {
  let command;
  let words = false;
  let json = false;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (TAKES_VALUE.has(arg) || RECOMMEND_TAKES_VALUE.has(arg)) i++;
    else if (arg.startsWith('-')) continue;
    else if (command === undefined) command = arg;
    else words = true;
  }
  // A problem in words is matched, a --topic is not: recommend has a cache for each.
  const name = command === 'recommend' && words ? 'recommend-words' : command;
  return OWN_CACHE.has(name) ? `${name}${json ? '-json' : ''}` : undefined;
}

/** The run's own code cache (see ownCacheName), else the one made from every command. */
function bundleCacheFor(argv) {
  const name = ownCacheName(argv);
  return (name !== undefined && readCache(`${BUNDLE}.${name}`)) || readCache(BUNDLE);
}

// The bundle requires Node's modules and its own parts (./parse.cjs, …), which are beside it in
// bin/dist (node:module's createRequire would cost half a millisecond more at every start).
function requireInDist(id) {
  return id.startsWith('./') ? load(`${DIST}/${id.slice(2)}`) : withNodeFlags(id);
}

/** Compile and run the bundle, with no code cache; returns its exports and the script (the build makes the caches from it). */
function compileBundle() {
  const exports = load(BUNDLE, null);
  return { exports, script: scripts.get(BUNDLE) };
}

if (require.main === module) {
  let cli;
  try {
    cli = load(BUNDLE, bundleCacheFor(process.argv.slice(2)));
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      process.stderr.write('wxhelp: not built yet — run `npm run build` (or `npm ci`, which builds it)\n');
      process.exit(1);
    }
    throw error;
  }
  cli.main();
} else {
  // The build (bin/build.mjs) loads this file to run the bundle for its warm-up and make the
  // caches; a worker thread (src/catalog/parse-off-thread.ts) to load its part the same way.
  module.exports = {
    BUNDLE,
    CODE_CACHE,
    DIST,
    OWN_CACHE,
    RECOMMEND_TAKES_VALUE,
    TAKES_VALUE,
    compileBundle,
    loadPart: (name) => requireInDist(`./${name}`),
    ownCacheName,
    scripts,
  };
}
