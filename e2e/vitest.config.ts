import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.e2e.test.ts'],
    globalSetup: ['./src/harness/product-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // One product, one browser at a time: the machine has two cores.
    fileParallelism: false,
  },
});
