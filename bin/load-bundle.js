// Loads the CLI bundle (bin/dist/cli.cjs) the way Node loads a CommonJS module, but through
// vm.Script so that V8's code cache — made by the build after a warm-up run — lets start-up skip
// most parsing and compiling. Without a cache, or with one V8 rejects (another Node version),
// it simply compiles as usual.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, 'dist', 'cli.cjs');
const CODE_CACHE = `${BUNDLE}.cache`;

/** Compile and run the bundle; returns its exports and the script (for making a cache). */
function compileBundle(cachedData) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

function loadBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  return compileBundle(cachedData).exports;
}

module.exports = { BUNDLE, CODE_CACHE, compileBundle, loadBundle };
