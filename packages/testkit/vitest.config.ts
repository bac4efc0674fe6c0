import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { globalSetup: ['./src/postgres-global-setup.ts'], testTimeout: 30_000 } });
