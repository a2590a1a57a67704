// The real process as the IO the commands run with (the types live in src/io, below the CLI and
// the renderers).
import type { IO, OutStream } from '../io/types.js';
import { zoneOfFile, type ProcessZones } from './process-zones.js';

export type { InStream, IO, OutStream } from '../io/types.js';

/** The process's IO (its stdout and stderr as given: src/cli/process-output.ts); with `zones` (the CLI's zone source), the system zone and a TZ path are read from the zoneinfo file when they can be. */
export function processIO(zones?: ProcessZones, stdout: OutStream = process.stdout, stderr: OutStream = process.stderr): IO {
  return {
    stdout,
    stderr,
    // Read only by `ask`: process.stdin builds a stream (and loads the code for one) when first
    // touched, a cost one-shot commands need not pay.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    now: () => Date.now(),
    // /etc/localtime's link, or a copy /etc/timezone names, when that settles it (no formatter at
    // all: src/cli/process-zones.ts), else Intl's default zone. The zone does not
    // depend on the locale: en-US, since the default locale is LANG's, and for zh_CN a formatter
    // in it loads ICU's Chinese data.
    systemZone: () =>
      (zones !== undefined && process.env.TZ === undefined ? zoneOfFile(zones, '/etc/localtime') : undefined) ??
      (new Intl.DateTimeFormat('en-US').resolvedOptions().timeZone as string | undefined),
    systemOffset: () => -new Date().getTimezoneOffset(),
    ...(zones === undefined ? {} : { zoneOfFile: (path: string) => zoneOfFile(zones, path) }),
    homeDir: process.env.HOME ?? process.env.USERPROFILE ?? '',
    // supports-hyperlinks reads the real process (env, argv, platform): right for the real streams only.
    hyperlinks: async (stream) => (await import('supports-hyperlinks')).createSupportsHyperlinks(stream),
  };
}
