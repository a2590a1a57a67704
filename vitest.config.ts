import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/build-once.ts'],
    testTimeout: 20_000,
    // Both cores: the end-to-end files spend most of their time waiting on spawned processes.
    maxWorkers: 2,
  },
});
