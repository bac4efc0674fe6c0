// Events stored before account events were keyed by portfolio keep their meaning after the migration:
// each gets the portfolio that signed it (the generic webhook named it in its source), else its account's.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import type {} from '@kairos/testkit/postgres-global-setup';
import { createTestDatabase } from '@kairos/testkit';
import { DATABASE_DRIVERS } from './testing';

const migrations = join(dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

/** The migrations as they were before the one that keys account events by portfolio. */
function migrationsBefore(tag: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'kairos-migrations-before-'));
  cpSync(migrations, copy, { recursive: true });
  const journalPath = join(copy, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
  const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  expect(at, `a migration tagged ${tag}`).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return copy;
}

const LEGACY_ROWS = `
  insert into accounts (id, name, balance_cents, due_date, portfolio_id) values ('M-1', 'Dana', 100, '2026-11-01', 'cards'), ('M-2', 'Lee', 100, '2026-11-01', 'loans');
  insert into account_events (source, event_id, account_id, type, payload, occurred_at) values
    ('payments:cards', 'tx-1', 'M-1', 'payment', '{}', now()),
    ('payments:loans', 'tx-1', 'M-1', 'payment', '{}', now()),
    ('stripe', 'pi_1', 'M-2', 'payment', '{}', now()),
    ('api', 'p-1', 'M-1', 'promise', '{}', now());
`;

describe.each(DATABASE_DRIVERS)('account events keyed by portfolio: migrating stored events [%s]', (driver) => {
  it('gives each stored event the portfolio that signed it, else its account\'s, and keeps every event', async () => {
    const before = migrationsBefore('webhook-portfolios');
    let rows: unknown[];
    if (driver === 'pglite') {
      const client = new PGlite();
      const db = drizzlePglite(client);
      await migratePglite(db, { migrationsFolder: before });
      await client.exec(LEGACY_ROWS);
      await migratePglite(db, { migrationsFolder: migrations });
      rows = (await db.execute(sql`select portfolio_id, source, event_id from account_events order by event_id, portfolio_id`)).rows;
      await client.close();
    } else {
      const fresh = await createTestDatabase(inject('postgresUrl'));
      const client = postgres(fresh.url, { max: 1, onnotice: () => undefined });
      try {
        const db = drizzlePostgres(client);
        await migratePostgres(db, { migrationsFolder: before });
        await client.unsafe(LEGACY_ROWS);
        await migratePostgres(db, { migrationsFolder: migrations });
        rows = [...(await client`select portfolio_id, source, event_id from account_events order by event_id, portfolio_id`)];
      } finally {
        await client.end();
        await fresh.drop();
      }
    }
    expect(rows).toEqual([
      { portfolio_id: 'cards', source: 'api', event_id: 'p-1' },
      { portfolio_id: 'loans', source: 'stripe', event_id: 'pi_1' },
      // The same id signed by two portfolios' secrets was two facts, and stays two.
      { portfolio_id: 'cards', source: 'payments', event_id: 'tx-1' },
      { portfolio_id: 'loans', source: 'payments', event_id: 'tx-1' },
    ]);
  }, 120_000);
});
