#!/usr/bin/env node
// Launcher. The CLI bundle (bin/dist/cli.cjs, built by `npm run build`, which npm's prepare runs)
// is stored already wrapped as Node wraps a CommonJS module, and is compiled here through
// vm.Script with V8's code cache (made by the build after a warm-up run): start-up skips most
// parsing and compiling, and no second copy of the source is made to wrap it. A cache V8 rejects
// (another Node version) only means compiling as usual.
// CommonJS (bin/package.json): Node starts a CommonJS entry about a tenth faster than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { Script } = require('node:vm');

const DIST = `${__dirname}/dist`;
const BUNDLE = `${DIST}/cli.cjs`;
const CODE_CACHE = `${BUNDLE}.cache`;

/** Compile and run the bundle; returns its exports and the script (the build makes the cache from it). */
function compileBundle(cachedData) {
  // latin1: the build writes the bundle in ASCII, and latin1 is the cheapest decoding of it.
  const script = new Script(readFileSync(BUNDLE, 'latin1'), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  // The bundle requires Node's modules and its own parts (./parse.cjs, …), which are beside it in
  // bin/dist: this file's require, with those paths moved there (node:module's createRequire
  // would cost half a millisecond more at every start).
  const requireInDist = (id) => require(id.startsWith('./') ? `./dist/${id.slice(2)}` : id);
  script.runInThisContext().call(module.exports, module.exports, requireInDist, module, BUNDLE, DIST);
  return { exports: module.exports, script };
}

if (require.main === module) {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache: compile as usual.
  }
  let cli;
  try {
    cli = compileBundle(cachedData).exports;
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      process.stderr.write('wxhelp: not built yet — run `npm run build` (or `npm ci`, which builds it)\n');
      process.exit(1);
    }
    throw error;
  }
  cli.main();
} else {
  // The build (bin/build.mjs) loads this file to run the bundle for its warm-up.
  module.exports = { BUNDLE, CODE_CACHE, compileBundle };
}
