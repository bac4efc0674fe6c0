// Test support for migrations that change stored rows: migrate a fresh database up to the migration
// under test, write rows as the code before it did, migrate the rest, and read what became of them.
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
import { expect, inject } from 'vitest';
import type {} from '@kairos/testkit/postgres-global-setup';
import { createTestDatabase } from '@kairos/testkit';
import type { DatabaseDriver } from '../testing';

const migrations = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

/** A copy of the migrations as they were before the one tagged `tag`. */
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

/** The rows `query` reads after `legacyRows` were written before the migration tagged `tag` and every migration then ran. */
export async function rowsAfterMigration(driver: DatabaseDriver, m: { tag: string; legacyRows: string; query: string }): Promise<unknown[]> {
  const before = migrationsBefore(m.tag);
  if (driver === 'pglite') {
    const client = new PGlite();
    try {
      const db = drizzlePglite(client);
      await migratePglite(db, { migrationsFolder: before });
      await client.exec(m.legacyRows);
      await migratePglite(db, { migrationsFolder: migrations });
      return (await db.execute(sql.raw(m.query))).rows;
    } finally {
      await client.close();
    }
  }
  const fresh = await createTestDatabase(inject('postgresUrl'));
  const client = postgres(fresh.url, { max: 1, onnotice: () => undefined });
  try {
    const db = drizzlePostgres(client);
    await migratePostgres(db, { migrationsFolder: before });
    await client.unsafe(m.legacyRows);
    await migratePostgres(db, { migrationsFolder: migrations });
    return [...(await client.unsafe(m.query))];
  } finally {
    await client.end();
    await fresh.drop();
  }
}
