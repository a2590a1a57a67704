// Everything a command touches outside itself, passed in so commands run in tests without a process.

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface InStream {
  isTTY?: boolean;
}

export interface IO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: InStream;
  env: Record<string, string | undefined>;
  /** The real clock: read only to default `--at`. */
  now: () => number;
  /** The system time zone as ICU resolved it (honours TZ); undefined when it could not. */
  systemZone: () => string | undefined;
  /** The system's UTC offset now, minutes east of UTC (the fallback when the zone is unknown). */
  systemOffset?: () => number;
  homeDir: string;
  /** Whether a terminal stream shows OSC 8 hyperlinks. Absent (tests, embedders): it does not. */
  hyperlinks?: (stream: OutStream) => Promise<boolean>;
}

export function processIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    now: () => Date.now(),
    systemZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined,
    systemOffset: () => -new Date().getTimezoneOffset(),
    homeDir: process.env.HOME ?? process.env.USERPROFILE ?? '',
    // supports-hyperlinks reads the real process (env, argv, platform): right for the real streams only.
    hyperlinks: async (stream) => (await import('supports-hyperlinks')).createSupportsHyperlinks(stream),
  };
}
