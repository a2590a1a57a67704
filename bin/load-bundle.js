// Loads the CLI bundle (bin/dist/cli.cjs) the way Node loads a CommonJS module, but through
// vm.Script so that V8's code cache — made by the build after a warm-up run — lets start-up skip
// most parsing and compiling. Without a cache, or with one V8 rejects (another Node version),
// it simply compiles as usual.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE = fileURLToPath(new URL('./dist/cli.cjs', import.meta.url));
export const CODE_CACHE = `${BUNDLE}.cache`;

/** Compile and run the bundle; returns its exports and the script (for making a cache). */
export function compileBundle(cachedData) {
  const source = readFileSync(BUNDLE, 'utf8');
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

export function loadBundle() {
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  return compileBundle(cachedData).exports;
}
