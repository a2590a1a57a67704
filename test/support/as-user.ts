// Permission checks that must run where CI runs, as root: root reads and writes anything, so as
// root the binary runs as the user "nobody" (uid/gid 65534); as anyone else, as that user.
import { spawnSync } from 'node:child_process';
import { BIN } from '../e2e/run-bin.js';

export const asRoot = process.getuid?.() === 0;

/** `wxhelp …args` as a user without root's powers; the paths it needs must be open to others (0755). */
export function wxhelpAsUser(
  args: readonly string[],
  env: Record<string, string> = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TZ: 'UTC', ...env },
    timeout: 15_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
