import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { globalSetup: ['@kairos/testkit/postgres-global-setup'], testTimeout: 120_000, hookTimeout: 120_000 } });
