// An import larger than one batch, through the routes as the web app and the CLI drive it: every
// batch commits, the counts add up across batches, and the stored accounts are all there.
import { expect, it } from 'vitest';
import { getImport } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { IMPORT_BATCH_ROWS, runImportQueue } from '../jobs/account-import';
import { appWithoutTemporal, signedIn } from '../testing/api-harness';

/** Three batches and a part: `rows` good rows, then `broken` rows whose due date does not exist. */
function ledger(prefix: string, rows: number, broken: number): string {
  const lines = ['Acct No,Debtor Name,Balance Due,Due Dt,Cell,Tier'];
  for (let i = 1; i <= rows; i++) lines.push(`${prefix}-${i},Holder ${i},"1,${String(i % 1000).padStart(3, '0')}.50",03/31/2027,212-555-${String(i % 10_000).padStart(4, '0')},${prefix}`);
  for (let i = 1; i <= broken; i++) lines.push(`${prefix}-X${i},Broken ${i},10.00,02/30/2027,,${prefix}`);
  return `${lines.join('\n')}\n`;
}

describeEachDatabase('an import larger than one batch', (db) => {
  it('writes every batch, counts created, rejected and (on a re-run) unchanged rows across batches, and stores every good row', async () => {
    const rows = 3 * IMPORT_BATCH_ROWS - 20;
    const broken = 30;
    const prefix = `big${crypto.randomUUID().slice(0, 4)}`;
    const csv = ledger(prefix, rows, broken);
    const app = appWithoutTemporal(db());
    const engineer = await signedIn(app, 'engineer');
    // The file's rows carry their own tier, so the Accounts list counts exactly them.
    const stored = async () => (await engineer.get(`/api/v1/accounts?tier=${prefix}&limit=1`)).body.totals.count;

    const importOnce = async () => {
      const uploaded = await engineer.call('POST', '/api/v1/imports?portfolioId=default&fileName=big.csv', csv, { 'content-type': 'text/csv' });
      expect(uploaded.status, JSON.stringify(uploaded.body).slice(0, 500)).toBe(201);
      expect(uploaded.body.import).toMatchObject({ totalRows: rows + broken, rejected: broken });
      const id: string = uploaded.body.import.id;
      expect((await engineer.post(`/api/v1/imports/${id}/start`)).status).toBe(202);
      // The queue the start set going: awaiting it is waiting for this import to end, however slow the machine.
      await runImportQueue({ db: db() });
      return (await engineer.get(`/api/v1/imports/${id}`)).body;
    };

    expect(await importOnce()).toMatchObject({ status: 'done', totalRows: rows + broken, rowsDone: rows + broken, created: rows, updated: 0, unchanged: 0, rejected: broken });
    expect(await stored()).toBe(rows);
    const last = await engineer.get(`/api/v1/accounts/${prefix}-${rows}`);
    expect(last.body).toMatchObject({ name: `Holder ${rows}`, dueDate: '2027-03-31' });
    expect((await engineer.get(`/api/v1/accounts/${prefix}-X1`)).status).toBe(404);

    const again = await importOnce();
    expect(again).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: rows, rejected: broken });
    expect(await getImport(db(), again.id)).toMatchObject({ rowsDone: rows + broken });
    expect(await stored()).toBe(rows);
  }, 600_000);
});
