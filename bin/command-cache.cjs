// For the build only (bin/build.mjs, which runs it once per one-shot command and output mode): the
// V8 code cache of the CLI bundle for one command, in text or in JSON. It runs in a process of its
// own because V8 caches everything its process compiled, and the build's process has compiled
// every command. The command runs first as a user runs it — the launcher's path, main(), the
// process's own output (the build gives it /dev/null) — so the process edge is cached compiled
// too; then in-process, with a quiet IO, in each of its forms the build lists, in English and
// Chinese (Simplified and Traditional), from a mainland zone and from UTC. What the bundle then holds compiled is written to
// the cache file, which the launcher reads for a run of this command in this mode (bin/wxhelp.js).
//   node bin/command-cache.cjs <cache file> <JSON: the runs, each an argv; the first runs through main()>
// Required instead, it gives the IO of a warm-up run (the build's own warm-up uses it too).
'use strict';
const { renameSync, writeFileSync } = require('node:fs');

/** The IO of a warm-up run: nothing read or written, a fixed instant, the system's zone `zone`. */
function warmUpIO(zone) {
  const quiet = { write: () => true, isTTY: false };
  return {
    stdout: quiet,
    stderr: quiet,
    stdin: {},
    env: {},
    now: () => Date.UTC(2026, 10, 28, 12),
    systemZone: () => zone,
    homeDir: '/nonexistent',
  };
}

const exit = process.exit;
const finished = Symbol('main finished');
async function warm(file, runs) {
  const launcher = require('./wxhelp.js');
  const { exports: cli } = launcher.compileBundle();
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
  for (const zone of ['Asia/Shanghai', 'UTC'])
    for (const argv of runs)
      for (const lang of ['en', 'zh', 'zh-Hant']) {
        const code = await cli.run([...argv, '--lang', lang], warmUpIO(zone));
        if (code !== 0) throw new Error(`wxhelp ${argv.join(' ')} --lang ${lang} exited ${code} while its code cache was made`);
      }
  writeFileSync(`${file}.tmp`, launcher.scripts.get(launcher.BUNDLE).createCachedData());
  renameSync(`${file}.tmp`, file);
}

if (require.main === module) {
  const [file, runs] = process.argv.slice(2);
  warm(file, JSON.parse(runs)).then(
    () => exit.call(process, 0),
    (error) => {
      process.stderr.write(`bin/command-cache.cjs: ${error?.stack ?? error}\n`);
      exit.call(process, 1);
    },
  );
} else {
  module.exports = { warmUpIO };
}
