import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from './postgres-server';

describe('throwaway postgres', () => {
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
