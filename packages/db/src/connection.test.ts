import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAccount, upsertAccount } from './accounts';
import { openDatabase } from './connection';
import { account } from './fixtures.test-support';

describe('embedded database', () => {
  it('keeps data across reopening the same PGlite directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-pglite-'));
    const first = await openDatabase({ dataDir: dir });
    await upsertAccount(first.db, account('KEEP-1'));
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    try {
      expect((await getAccount(second.db, 'KEEP-1'))?.name).toBe('Dana Smith');
    } finally {
      await second.close();
    }
  });

  it('refuses a data directory another live process holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kairos-pglite-'));
    writeFileSync(join(dir, 'kairos.lock'), String(process.ppid));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
  });
});
