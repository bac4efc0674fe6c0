import { defineConfig } from 'vitest/config';

// Heavy setup (PGlite, Temporal, servers) gets a timeout that fits a loaded 2-core CI machine, not the default 10 s.
export default defineConfig({ test: { globalSetup: ['./src/postgres-global-setup.ts'], testTimeout: 30_000, hookTimeout: 120_000 } });
