import { expect, it } from 'vitest';
import { importMappingSchema } from '@kairos/account-import';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { getAccount, upsertAccount } from '../accounts/accounts';
import { upsertPortfolio } from '../portfolios/portfolios';
import {
  applyImportBatch,
  createImport,
  finishImport,
  getImport,
  importContent,
  listImportProblems,
  listImports,
  markImportRunning,
  nextImportToRun,
  queueImport,
  requestImportCancel,
  saveImportMapping,
  savedImportMapping,
  setImportMapping,
} from './account-imports';

const mapping = importMappingSchema.parse({ columns: { id: { field: 'id' } } });
const upload = (portfolioId = 'default', fileName = 'ledger.csv') => ({ portfolioId, fileName, content: 'id\nA\n', mapping, createdBy: 'user:u1' });

describeEachDatabase('account imports', (db) => {
  it('keep the problems of the chosen mapping, replaced when the mapping changes', async () => {
    const imp = await createImport(db(), upload());
    expect(imp).toMatchObject({ status: 'uploaded', totalRows: 0 });
    expect(imp).not.toHaveProperty('content');
    await setImportMapping(db(), imp.id, { mapping, totalRows: 3, rejectedRows: 2, problems: [{ row: 3, column: 'Due', message: 'bad date' }, { row: 2, column: 'A', message: 'x' }, { row: 2, column: 'B', message: 'y' }] });
    expect(await listImportProblems(db(), imp.id)).toEqual([
      { row: 2, column: 'A', message: 'x' },
      { row: 2, column: 'B', message: 'y' },
      { row: 3, column: 'Due', message: 'bad date' },
    ]);
    await setImportMapping(db(), imp.id, { mapping, totalRows: 3, rejectedRows: 0, problems: [] });
    expect(await listImportProblems(db(), imp.id)).toEqual([]);
    expect(await getImport(db(), imp.id)).toMatchObject({ totalRows: 3, rejected: 0 });
  });

  it('run in arrival order, a running one (resumed after a restart) first; a cancelled one drops its file', async () => {
    const first = await createImport(db(), upload());
    const second = await createImport(db(), upload());
    await queueImport(db(), second.id);
    await queueImport(db(), first.id);
    expect((await nextImportToRun(db()))?.id).toBe(first.id);
    await markImportRunning(db(), second.id);
    expect((await nextImportToRun(db()))?.id).toBe(second.id);
    expect(await queueImport(db(), second.id)).toBeNull();
    expect(await requestImportCancel(db(), first.id)).toMatchObject({ status: 'cancelled' });
    expect(await importContent(db(), first.id)).toBeNull();
    expect(await requestImportCancel(db(), second.id)).toMatchObject({ status: 'running', cancelRequested: true });
    await finishImport(db(), second.id, 'cancelled');
    expect(await nextImportToRun(db())).toBeNull();
    expect((await listImports(db(), ['default'])).slice(0, 2).map((i) => i.id)).toEqual([second.id, first.id]);
    expect(await listImports(db(), ['elsewhere'])).toEqual([]);
  });

  it('write a batch with its progress; a re-run of the same rows changes nothing and counts them unchanged', async () => {
    const imp = await createImport(db(), upload());
    const rows = [
      { row: 2, account: account('IMP-1', { careFlags: [{ kind: 'hardship' }] }) },
      { row: 3, account: account('IMP-2') },
    ];
    expect(await applyImportBatch(db(), imp, { rows, rowsDone: 2, rejected: 0 })).toMatchObject({ created: 2, updated: 0, unchanged: 0, changedIds: ['IMP-1', 'IMP-2'] });
    const stored = await getAccount(db(), 'IMP-1');
    expect(stored).toMatchObject({ portfolioId: 'default', careFlags: [{ kind: 'hardship', setBy: `import:${imp.id}` }] });
    const again = await createImport(db(), upload());
    expect(await applyImportBatch(db(), again, { rows, rowsDone: 2, rejected: 0 })).toMatchObject({ created: 0, updated: 0, unchanged: 2, changedIds: [] });
    expect(await getAccount(db(), 'IMP-1')).toEqual(stored);
    const changed = [{ row: 2, account: account('IMP-1', { balanceCents: 1, careFlags: [{ kind: 'hardship' }] }) }];
    expect(await applyImportBatch(db(), again, { rows: changed, rowsDone: 3, rejected: 0 })).toMatchObject({ updated: 1 });
    expect(await getImport(db(), again.id)).toMatchObject({ rowsDone: 3, created: 0, updated: 1, unchanged: 2 });
    expect((await getAccount(db(), 'IMP-1'))?.careFlags).toEqual(stored!.careFlags);
  });

  it("refuse an account of another portfolio with its row, and leave nothing of a batch that fails", async () => {
    await upsertPortfolio(db(), { id: 'cards', name: 'Cards', settings: { channels: {} } });
    await upsertAccount(db(), account('IMP-OTHER', { portfolioId: 'cards' }));
    const imp = await createImport(db(), upload());
    const outcome = await applyImportBatch(db(), imp, { rows: [{ row: 2, account: account('IMP-OTHER') }, { row: 3, account: account('IMP-3') }], rowsDone: 3, rejected: 1 });
    expect(outcome).toMatchObject({ created: 1, refused: [{ row: 2, column: null, message: expect.stringContaining('another portfolio') }] });
    expect(await getAccount(db(), 'IMP-OTHER')).toMatchObject({ portfolioId: 'cards' });
    expect(await getImport(db(), imp.id)).toMatchObject({ rowsDone: 3, created: 1, rejected: 2 });
    expect(await listImportProblems(db(), imp.id)).toHaveLength(1);

    // A NUL byte cannot be stored: the database refuses the second row, and the first is not kept either.
    const broken = [{ row: 4, account: account('IMP-4') }, { row: 5, account: account('IMP-5', { name: 'bad\u0000name' }) }];
    await expect(applyImportBatch(db(), imp, { rows: broken, rowsDone: 4, rejected: 0 })).rejects.toThrow();
    expect(await getAccount(db(), 'IMP-4')).toBeNull();
    expect(await getImport(db(), imp.id)).toMatchObject({ rowsDone: 3, created: 1 });
  });

  it('remember the mapping a portfolio used last', async () => {
    expect(await savedImportMapping(db(), 'default')).toBeNull();
    await saveImportMapping(db(), 'default', mapping, 'user:u1');
    const other = importMappingSchema.parse({ columns: { Ref: { field: 'id' } }, defaultCountry: 'GB' });
    await saveImportMapping(db(), 'default', other, 'user:u2');
    expect(await savedImportMapping(db(), 'default')).toEqual(other);
  });
});
