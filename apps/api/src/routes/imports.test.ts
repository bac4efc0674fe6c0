import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getImport, listAudit, markImportRunning, queueImport, upsertPortfolio, type KairosDb } from '@kairos/db';
import { openTestDatabase } from '@kairos/db/testing';
import { runImportQueue } from '../jobs/account-import';
import { appWithoutTemporal, eventually, signedIn, signedInTo, type ApiClient } from '../testing/api-harness';

const LEDGER = readFileSync(new URL('../../../../packages/account-import/src/fixtures/ledger-export.csv', import.meta.url), 'utf8');

/** POST a CSV file as the body, as the web app and the CLI send it. */
const upload = (as: ApiClient, csv: string, query: string) => as.call('POST', `/api/v1/imports?${query}`, csv, { 'content-type': 'text/csv' });
const done = (as: ApiClient, id: string) =>
  eventually(async () => {
    const res = await as.get(`/api/v1/imports/${id}`);
    return ['done', 'failed', 'cancelled'].includes(res.body.status) && res.body;
  }, `import ${id} to end`);

describe('importing accounts from a CSV file', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: KairosDb;
  let app: ReturnType<typeof appWithoutTemporal>;
  let engineer: ApiClient;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    db = database.db;
    app = appWithoutTemporal(db);
    engineer = await signedIn(app, 'engineer');
  }, 120_000);
  afterAll(async () => database?.dispose());

  it('previews a ledger export with the suggested mapping, imports its good rows in the background and lists the broken ones by row and column', async () => {
    const uploaded = await upload(engineer, LEDGER, 'portfolioId=default&fileName=ledger.csv');
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body.import).toMatchObject({ status: 'uploaded', fileName: 'ledger.csv', totalRows: 7, rejected: 4 });
    expect(uploaded.body.mappingProblems).toEqual([]);
    expect(uploaded.body.import.mapping.columns['Due Dt']).toEqual({ field: 'dueDate', format: 'MM/DD/YYYY' });
    expect(uploaded.body.preview.map((p: { row: number; account: { id: string } }) => [p.row, p.account.id])).toEqual([[2, 'L-1001'], [3, 'L-1002'], [8, 'L-1007']]);
    expect(uploaded.body.preview[0].account).toMatchObject({ balanceCents: 123456, phones: [{ number: '+12125550101', type: 'mobile' }, { type: 'landline' }] });
    expect(uploaded.body.problems).toContainEqual({ row: 4, column: 'Due Dt', message: 'is not a real calendar date (read as MM/DD/YYYY)' });
    expect(uploaded.body.problemCount).toBe(9);

    // Leaving the time zone column out clears its problem (row 6 keeps its others); the tier is stored as the segment.
    const { 'Time Zone': _zone, ...columns } = uploaded.body.import.mapping.columns;
    columns.Tier = { field: 'attributes.segment' };
    const remapped = await engineer.put(`/api/v1/imports/${uploaded.body.import.id}/mapping`, { ...uploaded.body.import.mapping, columns });
    expect(remapped.status, JSON.stringify(remapped.body)).toBe(200);
    expect(remapped.body.problemCount).toBe(8);
    expect(remapped.body.problems.some((p: { column: string }) => p.column === 'Time Zone')).toBe(false);

    const started = await engineer.post(`/api/v1/imports/${uploaded.body.import.id}/start`);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const ended = await done(engineer, uploaded.body.import.id);
    expect(ended).toMatchObject({ status: 'done', totalRows: 7, rowsDone: 7, created: 3, updated: 0, unchanged: 0, rejected: 4 });
    expect((await engineer.get('/api/v1/accounts/L-1001')).body).toMatchObject({ portfolioId: 'default', name: 'Dana Whitfield', balanceCents: 123456, dueDate: '2026-03-31', address: { city: 'New York' }, attributes: { segment: 'gold' } });

    const csv = await engineer.get(`/api/v1/imports/${uploaded.body.import.id}/problems.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain('ledger-problems.csv');
    expect(String(csv.body).split('\n')[0]).toBe('row,column,problem');
    expect(String(csv.body)).toContain('4,Due Dt,is not a real calendar date (read as MM/DD/YYYY)');

    const [audited] = await listAudit(db, { action: 'account_import', limit: 1 });
    expect(audited).toMatchObject({ detail: { fileName: 'ledger.csv', portfolioId: 'default', status: 'done', created: 3, rejected: 4 } });
    expect((await engineer.get('/api/v1/imports?portfolioId=default')).body[0]).toMatchObject({ id: uploaded.body.import.id, status: 'done' });
  }, 120_000);

  it('changes nothing when the same file is imported again, and suggests the saved mapping for the next file', async () => {
    const again = await upload(engineer, LEDGER, 'portfolioId=default&fileName=ledger.csv');
    // The portfolio's saved choice is offered again, not the suggestion; the time zone column, unknown to it, is suggested afresh.
    expect(again.body.import.mapping.columns.Tier).toEqual({ field: 'attributes.segment' });
    const { 'Time Zone': _zone, ...columns } = again.body.import.mapping.columns;
    await engineer.put(`/api/v1/imports/${again.body.import.id}/mapping`, { ...again.body.import.mapping, columns });
    await engineer.post(`/api/v1/imports/${again.body.import.id}/start`);
    expect(await done(engineer, again.body.import.id)).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, rejected: 4 });
  }, 120_000);

  it('applies two imports touching one account in the order they arrived', async () => {
    const csv = (balance: string) => `Acct No,Debtor Name,Balance Due,Due Dt\nORD-1,Pat Order,${balance},01/15/2027\n`;
    const first = await upload(engineer, csv('10.00'), 'portfolioId=default');
    const second = await upload(engineer, csv('20.00'), 'portfolioId=default');
    await queueImport(db, first.body.import.id);
    await queueImport(db, second.body.import.id);
    await runImportQueue({ db });
    expect((await engineer.get('/api/v1/accounts/ORD-1')).body.balanceCents).toBe(2000);
    expect((await getImport(db, first.body.import.id))?.created).toBe(1);
    expect((await getImport(db, second.body.import.id))?.updated).toBe(1);
  }, 120_000);

  it('resumes an import a restart interrupted after its last committed batch', async () => {
    const csv = 'Acct No,Debtor Name,Balance Due,Due Dt\nRES-1,A One,1.00,01/15/2027\nRES-2,B Two,2.00,01/15/2027\nRES-3,C Three,3.00,01/15/2027\n';
    const uploaded = await upload(engineer, csv, 'portfolioId=default');
    const id = uploaded.body.import.id;
    await queueImport(db, id);
    await markImportRunning(db, id);
    // As if the API died after the batch holding the first row committed.
    await db.execute(`update account_imports set rows_done = 1, created = 1 where id = '${id}'`);
    await runImportQueue({ db });
    expect(await getImport(db, id)).toMatchObject({ status: 'done', rowsDone: 3, created: 3 });
    expect((await engineer.get('/api/v1/accounts/RES-1')).status).toBe(404);
    expect((await engineer.get('/api/v1/accounts/RES-3')).status).toBe(200);
  }, 120_000);

  it('cancels an import not yet running, and refuses to start it then', async () => {
    const uploaded = await upload(engineer, LEDGER, 'portfolioId=default');
    const cancelled = await engineer.post(`/api/v1/imports/${uploaded.body.import.id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await engineer.post(`/api/v1/imports/${uploaded.body.import.id}/start`)).status).toBe(409);
  }, 120_000);

  it('lets strategists import into sandbox portfolios only, and refuses what is not a CSV file, saying what to send', async () => {
    await upsertPortfolio(db, { id: 'try-out', name: 'Try out', settings: { channels: {}, sandbox: true } as never });
    const strategist = await signedIn(app, 'strategist');
    const refused = await upload(strategist, LEDGER, 'portfolioId=default');
    expect(refused.status).toBe(400);
    expect(refused.body.issues).toEqual([{ field: 'portfolioId', message: expect.stringContaining('strategists import only into sandbox portfolios') }]);
    expect((await upload(strategist, LEDGER, 'portfolioId=try-out')).status).toBe(201);

    const elsewhere = await signedInTo(app, 'engineer', ['pa']);
    expect((await upload(elsewhere, LEDGER, 'portfolioId=default')).body.issues[0].message).toContain('you do not read portfolio "default"');
    const json = await engineer.post('/api/v1/imports?portfolioId=default', { rows: [] });
    expect(json.status).toBe(415);
    expect((await upload(engineer, ' \n', 'portfolioId=default')).body.issues[0].message).toContain('the file is empty');
    const notCsv = await upload(engineer, '[{"": true, "\u008b": null, "Y": {}}, [], true]', 'portfolioId=default&fileName=%F0%AC%8F%A7y');
    expect(notCsv.status).toBe(400);
    expect(notCsv.body.issues[0].message).toContain('row 1 cannot be read as CSV');
    const noId = await upload(engineer, 'Debtor Name,Balance Due\nA,1\n', 'portfolioId=default');
    expect(noId.body.mappingProblems).toContainEqual({ column: null, message: expect.stringContaining('no column is mapped to id') });
    const notStarted = await engineer.post(`/api/v1/imports/${noId.body.import.id}/start`);
    expect(notStarted.status).toBe(400);
    expect(notStarted.body.issues[0]).toMatchObject({ field: 'mapping', message: expect.stringContaining('no column is mapped to id') });
  }, 120_000);
});
