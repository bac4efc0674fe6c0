// The Imports page against a real HTTP server answering as the API does: who sees what, the file sent
// as it is, a mapping change sent whole, and a started import followed to its summary.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Schemas, SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { ImportsPage } from './imports-page';

const person = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
const SANDBOX = { portfolioId: 'sandbox', name: 'Sandbox (test accounts)', sandbox: true, holdContactWhilePromiseOpen: true };
const REAL = { portfolioId: 'default', name: 'default', sandbox: false, holdContactWhilePromiseOpen: true };
const ID = '0b8e5a52-3f7e-4c1e-9d8e-5b7f4a1c2d3e';
const CSV = 'Acct No,Debtor Name,Balance Due,Due Dt,Tier\nA-1,Dana,"1,234.56",03/31/2027,gold\nA-2,,5.00,02/30/2027,gold\n';

const imported = (over: Partial<Schemas['AccountImport']> = {}): Schemas['AccountImport'] => ({
  id: ID,
  portfolioId: 'sandbox',
  fileName: 'ledger.csv',
  status: 'uploaded',
  mapping: {
    columns: { 'Acct No': { field: 'id' }, 'Debtor Name': { field: 'name' }, 'Balance Due': { field: 'balance', format: 'decimal' }, 'Due Dt': { field: 'dueDate', format: 'MM/DD/YYYY' }, Tier: { field: 'attributes.tier', format: 'text' } },
    defaultCountry: 'US',
    currency: 'USD',
  },
  totalRows: 2,
  rowsDone: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  rejected: 1,
  rowsPerSecond: null,
  etaSeconds: null,
  failureReason: null,
  cancelRequested: false,
  createdBy: 'u-strategist',
  createdAt: '2026-12-08T01:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...over,
});
const previewOf = (imp: Schemas['AccountImport']) => ({
  import: imp,
  header: ['Acct No', 'Debtor Name', 'Balance Due', 'Due Dt', 'Tier'],
  mappingProblems: [],
  preview: [],
  problems: [
    { row: 3, column: 'Debtor Name', message: 'is empty: name (Full name) is required' },
    { row: 3, column: 'Due Dt', message: 'is not a real calendar date (read as MM/DD/YYYY)' },
  ],
  problemCount: 2,
});

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  api.answer({
    'GET /api/v1/portfolio-policies': () => [200, [REAL, SANDBOX]],
    'GET /api/v1/imports': () => [200, []],
    'POST /api/v1/imports': () => [201, previewOf(imported())],
    [`PUT /api/v1/imports/${ID}/mapping`]: (req) => [200, previewOf(imported({ mapping: req.body as Schemas['ImportMapping'] }))],
    [`POST /api/v1/imports/${ID}/start`]: () => [202, imported({ status: 'queued' })],
    [`GET /api/v1/imports/${ID}`]: () => [200, imported()],
  });
});

const open = (role: SessionUser['role'], path = '/imports') => renderPage(<ImportsPage />, { path, signedInAs: person(role) });
const importCalls = () => api.seen.filter((r) => r.url.startsWith('/api/v1/imports'));

describe('the Imports page', () => {
  it('tells a role that does not import whom to ask, and asks the API nothing about imports', async () => {
    open('agent');
    await screen.findByRole('heading', { name: 'Your role does not import accounts' });
    expect(importCalls()).toEqual([]);
  });

  it('offers a strategist only the sandbox portfolios, and says what to do without one', async () => {
    open('strategist');
    const picker = (await screen.findByRole('combobox', { name: 'Portfolio' })) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['sandbox']);
    api.answer({ 'GET /api/v1/portfolio-policies': () => [200, [REAL]] });
    open('strategist');
    expect((await screen.findByRole('heading', { name: 'You read no sandbox portfolio' })).closest('section')!.textContent).toContain('Ask an administrator');
  });

  it('sends the file as CSV text, sends a changed mapping whole, and follows the started import to its summary', async () => {
    const { unmount } = open('strategist');
    const user = userEvent.setup();
    await screen.findByRole('combobox', { name: 'Portfolio' });
    await user.upload(screen.getByLabelText('CSV file of accounts'), new File([CSV], 'ledger.csv', { type: 'text/csv' }));
    const tier = (await screen.findByRole('combobox', { name: 'Field for column Tier' })) as HTMLSelectElement;
    const upload = api.seen.find((r) => r.method === 'POST' && r.url.startsWith('/api/v1/imports?'))!;
    expect(new URLSearchParams(upload.url.split('?')[1]).toString()).toBe('portfolioId=sandbox&fileName=ledger.csv');
    expect(upload.body).toBe(CSV);
    expect(screen.getByTestId('location').textContent).toBe(`/imports?import=${ID}`);

    const problems = screen.getByRole('table', { name: 'Problems by row and column' });
    expect(within(problems).getAllByRole('row').map((r) => r.textContent)).toEqual(['RowColumnProblem', '3Debtor NameIs empty: name (Full name) is required.', '3Due DtIs not a real calendar date (read as MM/DD/YYYY).']);

    await user.selectOptions(tier, 'attributes.segment');
    const put = await waitForRequest('PUT');
    expect(put.body).toMatchObject({ columns: { Tier: { field: 'attributes.segment', format: 'text' }, 'Acct No': { field: 'id' } }, defaultCountry: 'US', currency: 'USD' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Field for column Debtor Name' }), 'id');
    const moved = (await waitForRequest('PUT', 2)).body as Schemas['ImportMapping'];
    // A field comes from one column: the account id left Acct No for Debtor Name.
    expect(moved.columns['Acct No']).toBeUndefined();
    expect(moved.columns['Debtor Name']).toEqual({ field: 'id' });

    let polls = 0;
    api.answer({
      [`GET /api/v1/imports/${ID}`]: () => (++polls < 2 ? [200, imported({ status: 'running', rowsDone: 1, rowsPerSecond: 40, etaSeconds: 1 })] : [200, imported({ status: 'done', rowsDone: 2, created: 1 })]),
    });
    await user.click(screen.getByRole('button', { name: 'Start import' }));
    const summary = await screen.findByLabelText('Import summary', {}, { timeout: 10_000 });
    expect(summary.textContent).toBe('Created1Updated0Unchanged0Rejected1');
    expect(screen.getByRole('link', { name: 'See the accounts of sandbox' }).getAttribute('href')).toBe('/accounts?portfolio=sandbox');
    expect(polls).toBeGreaterThanOrEqual(2);
    // The end refreshes the past imports: let that answer arrive before the server closes.
    await quiet();
    unmount();
  });
});

/** The `n`th request of `method` to an import, once the page has sent it. */
async function waitForRequest(method: string, n = 1) {
  for (let i = 0; i < 100; i++) {
    const found = api.seen.filter((r) => r.method === method && r.url.startsWith('/api/v1/imports/'));
    if (found.length >= n) return found[n - 1]!;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${method} number ${n} to an import`);
}

/** Until the page has sent nothing for a while. */
async function quiet() {
  for (let seen = -1; seen !== api.seen.length; ) {
    seen = api.seen.length;
    await new Promise((r) => setTimeout(r, 200));
  }
}
