// The one JSON object every command prints: schemaVersion 1 and the evaluation's frame.
import { sanitizeDeep, sanitizeKeepingLines } from '../terminal/sanitize.js';
import { isoInZone } from '../time-format.js';

export interface Frame {
  at: number;
  timeZone: string;
  serviceTimeZone: string;
}

export function envelope(command: string, frame: Frame, payload: Record<string, unknown>): string {
  const body = {
    schemaVersion: 1,
    command,
    at: isoInZone(frame.at, frame.timeZone),
    timeZone: frame.timeZone,
    serviceTimeZone: frame.serviceTimeZone,
    // Every string a script may print (`jq -r`) is as clean as the text output: a key, a file
    // name or a path from the catalog may carry C1 or bidi characters.
    ...sanitizeDeep(payload, sanitizeKeepingLines),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
