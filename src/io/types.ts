// Everything a command touches outside itself — streams, their TTY flags and width, environment,
// clock, zone — passed in so commands run in tests without a process. Below both the CLI and the
// renderers, which only read these facts.

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Display columns of a terminal (absent for a pipe: then COLUMNS, else 80). */
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
  /** The zone a zoneinfo file stands for (TZ=":/etc/localtime": its link followed), undefined when not known. Absent: paths are read by their text only. */
  zoneOfFile?: (path: string) => string | undefined;
  homeDir: string;
  /** Whether a terminal stream shows OSC 8 hyperlinks. Absent (tests, embedders): it does not. */
  hyperlinks?: (stream: OutStream) => Promise<boolean>;
}
