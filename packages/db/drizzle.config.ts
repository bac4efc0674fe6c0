import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @kairos/db db:generate` writes a new SQL migration from the schema diff.
export default defineConfig({ dialect: 'postgresql', schema: './src/schema/index.ts', out: './drizzle' });
