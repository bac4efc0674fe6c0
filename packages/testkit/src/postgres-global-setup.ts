// vitest globalSetup: one PostgreSQL server per test run, shared through inject('postgresUrl').
// The root `pnpm test` starts one for the whole run and passes KAIROS_TEST_POSTGRES_URL.
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.KAIROS_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return async () => undefined;
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
