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
    testTimeout: 20_000,
    // Both cores: the end-to-end files spend most of their time waiting on spawned processes.
    maxWorkers: 2,
  },
}));
