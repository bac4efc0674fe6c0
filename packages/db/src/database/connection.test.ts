import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '@kairos/testkit';
import { getAccount, upsertAccount } from '../accounts/accounts';
import { openDatabase } from './connection';
import { account } from '../fixtures.test-support';

describe('embedded database', () => {
  it('keeps data across reopening the same PGlite directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-pglite-'));
    const first = await openDatabase({ dataDir: dir });
    await upsertAccount(first.db, account('KEEP-1'));
    // The same directory cannot be opened twice while it is open, even from this process.
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by this process/);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    try {
      expect(second.kind).toBe('pglite');
      expect((await getAccount(second.db, 'KEEP-1'))?.name).toBe('Dana Smith');
    } finally {
      await second.close();
    }
  });

  it('refuses a data directory another live process holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-pglite-'));
    writeFileSync(join(dir, 'kairos.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`in use by process ${process.ppid}`);
  });
});

describe('postgres server', () => {
  it('migrates once when several processes open a fresh database at the same moment', async () => {
    const fresh = await createTestDatabase(inject('postgresUrl'));
    const opened = await Promise.all([1, 2, 3].map(() => openDatabase({ url: fresh.url })));
    const sql = postgres(fresh.url, { max: 1 });
    try {
      expect(opened.map((d) => d.kind)).toEqual(['postgres', 'postgres', 'postgres']);
      const [{ n }] = (await sql`select count(*)::int as n from drizzle.__drizzle_migrations`) as unknown as [{ n: number }];
      // Each migration applied once, not once per process.
      const journal = JSON.parse(readFileSync(join(import.meta.dirname, '../../drizzle/meta/_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(n).toBe(journal.entries.length);
      await upsertAccount(opened[2]!.db, account('PG-1'));
      expect((await getAccount(opened[0]!.db, 'PG-1'))?.id).toBe('PG-1');
    } finally {
      await sql.end();
      await Promise.all(opened.map((d) => d.close()));
      await fresh.drop();
    }
  });
});
