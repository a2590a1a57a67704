#!/usr/bin/env node
// Launcher: the bundle is built into bin/dist by `npm run build` (run by npm's prepare).
// CommonJS (bin/package.json), like the bundle: Node starts a CommonJS entry about a tenth faster
// than an ES module one.
'use strict';
const { loadBundle } = require('./load-bundle.js');

let cli;
try {
  cli = loadBundle();
} catch (error) {
  if (error && error.code === 'ENOENT') {
    process.stderr.write('wxhelp: not built yet — run `npm run build` (or `npm ci`, which builds it)\n');
    process.exit(1);
  }
  throw error;
}
cli.main();
