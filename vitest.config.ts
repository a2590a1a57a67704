import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { loadConverter, vitePlugin } from './bin/hant-modules.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(async () => ({
  // The zh-Hant interface text, made from the zh tables as the build makes it (bin/hant-modules.mjs).
  plugins: [vitePlugin(root, await loadConverter(root))],
  test: {
    include: ['test/**/*.test.ts'],
    // Hermetic: the tests (and the binaries they start) never read or write the user's own cache
    // of checked catalogs or preferences, which a wxhelp of another version may have filled.
    env: {
      XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'wxhelp-test-cache-')),
      XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'wxhelp-test-config-')),
    },
    globalSetup: ['test/setup/build-once.ts'],
    // A bound against a hang, not a speed check: a busy two-core CI machine can take several times
    // longer than a quiet one (speed is `npm run bench`'s).
    testTimeout: 120_000,
    // Both cores: the end-to-end files spend most of their time waiting on spawned processes.
    maxWorkers: 2,
  },
}));
