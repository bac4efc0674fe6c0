import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@kairos/testkit/postgres-global-setup', './src/testing/workflow-bundle-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
