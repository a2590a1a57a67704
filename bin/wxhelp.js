#!/usr/bin/env node
// Launcher: the bundle is built into bin/dist by `npm run build` (run by npm's prepare).
import('./dist/cli.js').then(
  (cli) => cli.main(),
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('wxhelp: not built yet — run `npm run build` (or `npm ci`, which builds it)\n');
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
