import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase, startThrowawayPostgres } from './postgres-server';

describe('throwaway postgres', () => {
  it('starts a private server on a free port and is gone after stop', async () => {
    const server = await startThrowawayPostgres();
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    const sql = postgres(server.url, { max: 1, connect_timeout: 2 });
    try {
      const [{ who }] = (await sql`select current_user as who`) as unknown as [{ who: string }];
      expect(who).toBe('kairos');
    } finally {
      await sql.end();
      await server.stop();
    }
    const after = postgres(server.url, { max: 1, connect_timeout: 2 });
    await expect(after`select 1`).rejects.toThrow(/ECONNREFUSED|connect/);
    await after.end();
  }, 120_000);

  it('gives each test file its own empty database on the shared server', async () => {
    const a = await createTestDatabase(inject('postgresUrl'));
    const b = await createTestDatabase(inject('postgresUrl'));
    const sqlA = postgres(a.url, { max: 1 });
    const sqlB = postgres(b.url, { max: 1 });
    try {
      await sqlA`create table marker (id int)`;
      const seen = await sqlB`select count(*)::int as n from information_schema.tables where table_name = 'marker'`;
      expect(seen[0]!.n).toBe(0);
      const [{ version }] = (await sqlA`select version()`) as unknown as [{ version: string }];
      expect(version).toMatch(/^PostgreSQL \d+/);
    } finally {
      await sqlA.end();
      await sqlB.end();
      await a.drop();
      await b.drop();
    }
  });
});
