// Test support: run the same tests on embedded PGlite and on a real PostgreSQL server.
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type {} from '@kairos/testkit/postgres-global-setup';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { createTestDatabase } from '@kairos/testkit';
import { analyticsFreshness } from './analytics/freshness';
import { projectAnalytics } from './analytics/projection';
import { openDatabase, type Database, type KairosDb } from './database/connection';
import { DEFAULT_PORTFOLIO_ID, setCollectorIdentity } from './portfolios/portfolios';

export const DATABASE_DRIVERS = ['pglite', 'postgres'] as const;
export type DatabaseDriver = (typeof DATABASE_DRIVERS)[number];

/** A fresh, migrated database of the given driver; `dispose` closes and drops it. */
export async function openTestDatabase(driver: DatabaseDriver): Promise<Database & { dispose(): Promise<void> }> {
  if (driver === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { ...database, dispose: () => database.close() };
  }
  const fresh = await createTestDatabase(inject('postgresUrl'));
  const database = await openDatabase({ url: fresh.url });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await fresh.drop();
    },
  };
}

/** `describe` once per driver, with a fresh database for the block. */
export function describeEachDatabase(name: string, body: (db: () => KairosDb, driver: DatabaseDriver) => void): void {
  describe.each(DATABASE_DRIVERS)(`${name} [%s]`, (driver) => {
    let database: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
    beforeAll(async () => {
      database = await openTestDatabase(driver);
    });
    afterAll(async () => {
      await database?.dispose();
    });
    body(() => {
      if (!database) throw new Error('test database not open yet');
      return database.db;
    }, driver);
  });
}

/**
 * Give a portfolio (the default one unless named) the demo collector identity, as the demo seed does:
 * sends for a portfolio without one are refused.
 */
export const withDemoCollector = (db: KairosDb, portfolioId = DEFAULT_PORTFOLIO_ID) => setCollectorIdentity(db, portfolioId, DEMO_COLLECTOR_IDENTITY);

/**
 * Project until every fact committed before the call is counted. Transactions still open anywhere on
 * the server (other test databases on a shared one) hold the projection's horizon back a moment.
 */
export async function projectAnalyticsNow(db: KairosDb): Promise<void> {
  const since = Date.now();
  for (let tries = 0; tries < 200; tries++) {
    await projectAnalytics(db);
    const through = (await analyticsFreshness(db)).projectedThrough;
    if (through && through.getTime() >= since) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the analytics projection did not catch up within 10 seconds');
}
