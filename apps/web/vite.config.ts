import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { kairosNodePackages } from './node-packages-plugin.ts';

// The API serves the built app from the same origin; in `pnpm dev` Vite proxies the API to a running `kairos start`.
const api = process.env.KAIROS_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), kairosNodePackages()],
  worker: { format: 'es', plugins: () => [kairosNodePackages()] },
  server: { proxy: { '/api': api, '/docs': api, '/openapi.json': api, '/favicon.svg': api } },
  build: {
    target: 'es2022',
    // Monaco is one large lazily loaded chunk by design; the warning would only be noise.
    chunkSizeWarningLimit: 6000,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    // Servers started in beforeAll, and rendering a whole page, get timeouts that fit a loaded 2-core CI machine,
    // not the defaults (10 s, 5 s).
    hookTimeout: 120_000,
    testTimeout: 30_000,
  },
});
