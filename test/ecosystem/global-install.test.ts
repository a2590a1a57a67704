// SLOW (about half a minute: a real `npm pack` rebuilds the bundle): the tarball a user gets
// installs globally without a warning — in particular no "install scripts not yet covered by
// allowScripts" — carries no dependencies, and runs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

describe('npm pack, then npm install -g from the tarball', () => {
  it('installs without a warning, has no install-time script, and runs', { timeout: 360_000 }, () => {
    const work = mkdtempSync(join(tmpdir(), 'wxhelp-global-'));
    const manifestBefore = readFileSync(join(ROOT, 'package.json'), 'utf8');
    try {
      // A real pack: prepack builds and leaves `prepare` out of the packed package.json.
      const pack = sh('npm', ['pack', '--json', '--pack-destination', work], ROOT);
      expect(pack.status, pack.stderr).toBe(0);
      expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toBe(manifestBefore); // restored
      const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string }[];
      const tarball = join(work, info!.filename);
      const packed = JSON.parse(sh('tar', ['-xzOf', tarball, 'package/package.json'], work).stdout) as Record<string, any>;
      for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(packed.scripts?.[hook], hook).toBeUndefined();
      // The CLI and the library carry what they load inside bin/dist: nothing to install beside them.
      expect(packed.dependencies ?? {}).toEqual({});
      expect(packed.repository?.url).toMatch(/^git\+https:\/\/github\.com\/wxhelp\/wxhelp\.git$/);
      expect(packed.bugs?.url).toBe('https://github.com/wxhelp/wxhelp/issues');
      expect(packed.homepage).toMatch(/^https:\/\/github\.com\/wxhelp\/wxhelp/);

      const prefix = join(work, 'prefix');
      // No dependencies: the install needs neither the registry nor npm's cache.
      const install = sh('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
      expect(install.status, install.stderr).toBe(0);
      expect(install.stderr).not.toMatch(/allowScripts|install-scripts/);
      expect(install.stderr.split('\n').filter((l) => /^npm warn/i.test(l))).toEqual([]);

      expect(existsSync(join(prefix, 'lib', 'node_modules', 'wxhelp', 'node_modules'))).toBe(false);
      const bin = join(prefix, 'bin', 'wxhelp');
      const version = sh(bin, ['--version'], work);
      expect(version.stdout).toBe(`wxhelp ${packed.version}\n`);
      const phone = sh(bin, ['phone', '--overseas', '--json', '--at', '2026-11-28T23:30+08:00', '--tz', 'Europe/London'], work);
      expect(phone.status, phone.stderr).toBe(0);
      expect(JSON.parse(phone.stdout).line.e164).toMatch(/^\+86/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
