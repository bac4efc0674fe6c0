// The Accounts list hands its filter to the enroll page, for the roles that enroll.
import { configure, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { sessionUser } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { AccountListPage } from './account-list-page';

configure({ asyncUtilTimeout: 4000 });

const user = sessionUser;
let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/accounts': answers('get', '/api/v1/accounts', { accounts: [], page: { limit: 50, offset: 50 }, totals: { count: 60, balances: [{ balanceCents: 600_000, currency: 'USD' }] } }),
  });
});
afterAll(() => api.close());

describe('"Enroll these accounts" on the Accounts list', () => {
  it('links to the enroll page with the filter only, never the order or the page', async () => {
    renderPage(<AccountListPage />, { path: '/accounts?portfolio=default&dpd=16-30&status=promise_open&sort=balance&page=2', signedInAs: user('strategist') });
    const link = await screen.findByRole('link', { name: 'Enroll these accounts' });
    expect(link.getAttribute('href')).toBe('/enroll?portfolio=default&dpd=16-30&status=promise_open');
  });

  it('is not offered to a role that may not enroll', async () => {
    renderPage(<AccountListPage />, { path: '/accounts?status=dispute', signedInAs: user('agent') });
    await screen.findByRole('status', { name: 'Totals of the filter' });
    expect(screen.queryByRole('link', { name: 'Enroll these accounts' })).toBeNull();
  });
});
