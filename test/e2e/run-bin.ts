// Spawns the built binary as a user would, with a fixed clock (--at) and zone (--tz).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/wxhelp.js', import.meta.url));

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function wxhelp(args: string[], env: Record<string, string> = {}, input?: string): BinResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: '/nonexistent-home',
      LANG: 'en_US.UTF-8',
      TZ: 'UTC',
      ...env,
    },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function json(result: BinResult): Record<string, any> {
  return JSON.parse(result.stdout) as Record<string, any>;
}
