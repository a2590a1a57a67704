// A TZ naming a file: the C library and ICU open it (":/path", "/path", or a name under the
// zoneinfo folder) and read it as they start to work with dates. A named pipe there blocks the
// process for good, before any of wxhelp's code can help; a device never ends. So a TZ whose file
// exists and is not a regular file is set aside at the process edge, before any date is made.
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** The file a TZ value makes the C library open, if it names one that exists and is not a regular file. */
export function unsafeTzFile(tz: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (tz === undefined) return undefined;
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === '') return undefined;
  const path = isAbsolute(name) ? name : join(env.TZDIR || '/usr/share/zoneinfo', name);
  try {
    // Links followed, as the library follows them; a file it cannot see it cannot open either.
    return statSync(path).isFile() ? undefined : path;
  } catch {
    return undefined;
  }
}
