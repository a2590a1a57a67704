import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CatalogError,
  MAX_CATALOG_BYTES,
  loadCatalogFile,
  locateCatalog,
  readCatalogFile,
  type CatalogErrorCode,
} from '../../src/catalog/index.js';
import { asRoot, wxhelpAsUser } from '../support/as-user.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wxhelp-catalog-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, text: string): string {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('locateCatalog', () => {
  const builtin = '/opt/wxhelp/channels.yaml';

  it.each([
    {
      name: 'the --channels flag wins over everything',
      flag: 'mine.yaml',
      env: { WXHELP_CHANNELS: '/env.yaml', XDG_CONFIG_HOME: 'xdg' },
      expected: { path: 'mine.yaml', origin: 'flag' },
    },
    {
      name: 'then WXHELP_CHANNELS',
      env: { WXHELP_CHANNELS: '/env.yaml', XDG_CONFIG_HOME: 'xdg' },
      expected: { path: '/env.yaml', origin: 'env' },
    },
    {
      name: 'an empty WXHELP_CHANNELS is ignored',
      env: { WXHELP_CHANNELS: '', XDG_CONFIG_HOME: '/nowhere' },
      expected: { path: builtin, origin: 'builtin' },
    },
    {
      name: 'then $XDG_CONFIG_HOME/wxhelp/channels.yaml when it exists',
      env: { XDG_CONFIG_HOME: 'xdg' },
      expected: { path: 'xdg/wxhelp/channels.yaml', origin: 'xdg' },
    },
    {
      name: 'then ~/.config/wxhelp/channels.yaml when XDG_CONFIG_HOME is unset',
      env: {},
      home: 'home',
      expected: { path: 'home/.config/wxhelp/channels.yaml', origin: 'xdg' },
    },
    {
      name: 'a relative XDG_CONFIG_HOME is ignored (XDG spec)',
      env: { XDG_CONFIG_HOME: 'relative/config' },
      home: 'home',
      expected: { path: 'home/.config/wxhelp/channels.yaml', origin: 'xdg' },
    },
    {
      name: 'then the built-in catalog',
      env: { XDG_CONFIG_HOME: 'empty-xdg' },
      home: 'empty-home',
      expected: { path: builtin, origin: 'builtin' },
    },
  ])('$name', ({ flag, env, home, expected }) => {
    write('xdg/wxhelp/channels.yaml', 'x');
    write('home/.config/wxhelp/channels.yaml', 'x');
    mkdirSync(join(dir, 'empty-xdg'), { recursive: true });
    const abs = (p: string) => (p.startsWith('/') ? p : join(dir, p));
    const absEnv = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, k === 'XDG_CONFIG_HOME' && v !== 'relative/config' ? abs(v) : v]),
    );
    const result = locateCatalog({ flag, env: absEnv, homeDir: join(dir, home ?? 'empty-home'), builtin });
    expect(result).toEqual({
      origin: expected.origin,
      path: expected.origin === 'xdg' ? abs(expected.path) : expected.path,
    });
  });
});

describe('readCatalogFile', () => {
  const codeOf = (fn: () => unknown): CatalogErrorCode | undefined => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogError);
      const e = error as CatalogError;
      expect(e.message).not.toContain('\n');
      expect(e.hint.length).toBeGreaterThan(0);
      return e.code;
    }
    return undefined;
  };

  it('reads UTF-8 text and drops a byte-order mark', () => {
    const path = write('ok.yaml', '\uFEFFschemaVersion: 1\n');
    expect(readCatalogFile(path)).toBe('schemaVersion: 1\n');
  });

  it.each([
    { name: 'missing file', make: () => join(dir, 'missing.yaml'), code: 'CATALOG_NOT_FOUND' },
    { name: 'missing directory on the way', make: () => join(dir, 'no/such/dir.yaml'), code: 'CATALOG_NOT_FOUND' },
    {
      name: 'a directory',
      make: () => {
        mkdirSync(join(dir, 'a-dir'), { recursive: true });
        return join(dir, 'a-dir');
      },
      code: 'CATALOG_IS_DIRECTORY',
    },
    { name: 'too large', make: () => write('big.yaml', 'x'.repeat(2048)), maxBytes: 1024, code: 'CATALOG_TOO_LARGE' },
    {
      name: 'not UTF-8',
      make: () => {
        writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
        return join(dir, 'latin1.yaml');
      },
      code: 'CATALOG_NOT_UTF8',
    },
  ])('$name → $code', ({ make, maxBytes, code }) => {
    const path = make();
    expect(codeOf(() => readCatalogFile(path, { maxBytes }))).toBe(code);
  });

  it('names the file and the limit when it is too large', () => {
    const path = write('big2.yaml', 'x'.repeat(3 * 1024 * 1024));
    expect(() => readCatalogFile(path, { maxBytes: 1024 * 1024 })).toThrow(
      `catalog file is too large: ${path} (3 MiB; the limit is 1 MiB)`,
    );
  });

  it('refuses a device without reading it (/dev/zero never ends)', () => {
    expect(codeOf(() => readCatalogFile('/dev/zero'))).toBe('CATALOG_UNREADABLE');
    expect(() => readCatalogFile('/dev/zero')).toThrow('(a device, not a file)');
  });

  it('reports an unreadable file (as root, checked as the user "nobody")', () => {
    const path = write('secret.yaml', 'a: 1\n');
    chmodSync(path, 0o000);
    if (!asRoot) expect(codeOf(() => readCatalogFile(path))).toBe('CATALOG_UNREADABLE');
    // The same reader, in the binary, as a user without root's powers (root reads anything).
    chmodSync(dir, 0o755);
    const r = wxhelpAsUser(['validate', path, '--json']);
    expect(r.code, r.stderr).toBe(3);
    expect(JSON.parse(r.stderr).error.code).toBe('CATALOG_UNREADABLE');
    expect(JSON.parse(r.stderr).error.message).toMatch(/permission denied/);
  });

  it('tailors the hint to where the path came from', () => {
    const path = join(dir, 'gone.yaml');
    expect(() => readCatalogFile(path, { origin: 'env' })).toThrow(CatalogError);
    try {
      readCatalogFile(path, { origin: 'env' });
    } catch (error) {
      expect((error as CatalogError).hint).toMatch(/WXHELP_CHANNELS/);
    }
  });

  it('has the 16 MiB limit of the SPEC (a 5,000-channel catalog is about 11 MiB)', () => {
    expect(MAX_CATALOG_BYTES).toBe(16 * 1024 * 1024);
  });
});

describe('loadCatalogFile', () => {
  it('throws CATALOG_INVALID with every issue and the first one in the message', () => {
    const path = write('bad.yaml', 'schemaVersion: 2\nsources: []\n');
    try {
      loadCatalogFile(path);
      expect.unreachable();
    } catch (error) {
      const e = error as CatalogError;
      expect(e.code).toBe('CATALOG_INVALID');
      // Missing keys are reported at the start of their mapping (1:1), so they come first.
      expect(e.message).toBe(`${path}:1:1: error: missing required key 'channels': expected a list of channels (at channels) (and 3 more)`);
      expect(e.issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual([
        '1:1 channels',
        '1:1 topics',
        '1:16 schemaVersion',
        '2:10 sources',
      ]);
    }
  });
});
