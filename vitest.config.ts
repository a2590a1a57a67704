import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { loadConverter, vitePlugin } from './bin/hant-modules.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(async () => ({
  // The zh-Hant interface text, made from the zh tables as the build makes it (bin/hant-modules.mjs).
  plugins: [vitePlugin(root, await loadConverter(root))],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-once.ts'],
    // A bound against a hang, not a speed check: a busy two-core CI machine can take several times
    // longer than a quiet one (speed is `npm run bench`'s).
    testTimeout: 120_000,
    // Both cores: the end-to-end files spend most of their time waiting on spawned processes.
    maxWorkers: 2,
  },
}));
