// For the build only (bin/build.mjs, which runs it once per one-shot command and output mode): the
// V8 code cache of the CLI bundle for one command, in text or in JSON. It runs in a process of its
// own because V8 caches everything its process compiled, and the build's process has compiled
// every command. The command runs first as a user runs it — the launcher's path, main(), the
// process's own output (the build gives it /dev/null) — so the process edge is cached compiled
// too; then in-process, with a quiet IO, in each of its forms the build lists, in English and
// Chinese, from a mainland zone and from UTC. What the bundle then holds compiled is written to
// the cache file, which the launcher reads for a run of this command in this mode (bin/wxhelp.js).
//   node bin/command-cache.cjs <cache file> <JSON: the runs, each an argv; the first runs through main()>
'use strict';
const { renameSync, writeFileSync } = require('node:fs');
const launcher = require('./wxhelp.js');

const [file, runsJson] = process.argv.slice(2);
const runs = JSON.parse(runsJson);
const { exports: cli } = launcher.compileBundle();

const exit = process.exit;
const finished = Symbol('main finished');
async function warm() {
  // main() ends the process when it is done: that end is caught here, and the rest runs.
  process.argv = [process.argv[0], `${__dirname}/wxhelp.js`, ...runs[0]];
  process.exit = (code) => {
    throw Object.assign(new Error('main() finished'), { [finished]: code });
  };
  try {
    await cli.main();
  } catch (error) {
    if (error?.[finished] !== 0) throw error;
  } finally {
    process.exit = exit;
  }
  const quiet = { write: () => true, isTTY: false };
  for (const zone of ['Asia/Shanghai', 'UTC'])
    for (const argv of runs)
      for (const lang of ['en', 'zh']) {
        const io = {
          stdout: quiet,
          stderr: quiet,
          stdin: {},
          env: {},
          now: () => Date.UTC(2026, 10, 28, 12),
          systemZone: () => zone,
          homeDir: '/nonexistent',
        };
        const code = await cli.run([...argv, '--lang', lang], io);
        if (code !== 0) throw new Error(`wxhelp ${argv.join(' ')} --lang ${lang} exited ${code} while its code cache was made`);
      }
  writeFileSync(`${file}.tmp`, launcher.scripts.get(launcher.BUNDLE).createCachedData());
  renameSync(`${file}.tmp`, file);
}

warm().then(
  () => exit.call(process, 0),
  (error) => {
    process.stderr.write(`bin/command-cache.cjs: ${error?.stack ?? error}\n`);
    exit.call(process, 1);
  },
);
