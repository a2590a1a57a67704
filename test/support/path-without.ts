// A PATH that holds the system's commands but no `wxhelp`, whatever the machine has installed: a
// user who followed the quick start has a linked `wxhelp` in /usr/bin (or /usr/local/bin), and a
// test of "no working wxhelp on PATH" must not find it there.
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let made: string | undefined;

export function systemPathWithout(command = 'wxhelp'): string {
  if (made) return made;
  const dir = mkdtempSync(join(tmpdir(), 'wxhelp-path-'));
  for (const from of ['/usr/local/bin', '/usr/bin', '/bin']) {
    if (!existsSync(from)) continue;
    for (const name of readdirSync(from)) {
      if (name === command || existsSync(join(dir, name))) continue;
      symlinkSync(join(from, name), join(dir, name));
    }
  }
  made = dir;
  return dir;
}
