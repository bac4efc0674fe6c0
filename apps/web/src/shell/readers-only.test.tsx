// The route table as each role meets it: a page whose reads the role may not make is not rendered at all, so the
// API is asked nothing it would refuse; the person reads who may see the page instead. The roles are written out
// once more on purpose (as the API's access matrix has them): a change to who reads what must change this too.
import { screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app';
import type { Role, SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';

const ROLES: Role[] = ['strategist', 'compliance_officer', 'engineer', 'agent', 'admin'];
const DESIGN_READERS: Role[] = ['strategist', 'compliance_officer', 'engineer', 'admin'];
const PAGES: Array<[path: string, readers: Role[], who: string]> = [
  ['/cadences', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/cadences/c-1', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/cadences/c-1/versions/v-1', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/reviews', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/reviews/r-1', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/experiments', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/experiments/x-1', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/dashboard', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/channel-costs', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/outbox', DESIGN_READERS, 'Strategists, compliance officers, engineers and administrators'],
  ['/audit', ['compliance_officer', 'admin'], 'Compliance officers and administrators'],
  ['/users', ['admin'], 'Administrators'],
];
const user = (role: Role): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });

let api: ScriptedApi;
beforeAll(async () => {
  // Enough for the pages a role may read to render (their own tests cover what they show).
  api = await startScriptedApi({
    'GET /api/v1/audit': [200, { entries: [], nextCursor: null }],
    'GET /api/v1/cadences': [200, []],
    'GET /api/v1/users': [200, []],
    'GET /api/v1/invitations': [200, []],
    'GET /api/v1/outbox': [200, []],
    'GET /api/v1/contacts': [200, []],
    'GET /api/v1/accounts': answers('get', '/api/v1/accounts', { accounts: [], page: { limit: 50, offset: 0 }, totals: { count: 0, balances: [] } }),
  });
});
beforeEach(() => {
  api.seen.length = 0;
});
afterAll(() => api.close());

describe('pages a role may not read', () => {
  const refused = PAGES.flatMap(([path, readers, who]) => ROLES.filter((r) => !readers.includes(r)).map((role) => [path, role, who] as const));

  it.each(refused)('%s as %s: asks the API nothing and says who may see it', async (path, role, who) => {
    renderPage(<App />, { path, signedInAs: user(role) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not allowed');
    expect(alert.textContent).toContain(`${who} see this page.`);
    expect(screen.getByRole('link', { name: 'Open the accounts' }).getAttribute('href')).toBe('/accounts');
    expect(api.seen).toEqual([]);
  });

  it.each([
    ['/audit', 'compliance_officer', '/api/v1/audit'],
    ['/users', 'admin', '/api/v1/users'],
    ['/outbox', 'engineer', '/api/v1/outbox'],
    ['/cadences', 'compliance_officer', '/api/v1/cadences'],
  ] as const)('%s as %s: the page is there and asks for %s', async (path, role, read) => {
    renderPage(<App />, { path, signedInAs: user(role) });
    await waitFor(() => expect(api.seen.map((r) => r.url.split('?')[0])).toContain(read));
    expect(screen.queryByText('Not allowed')).toBeNull();
  });
});

describe('where a role starts', () => {
  it.each([
    ['strategist', '/cadences'],
    ['compliance_officer', '/cadences'],
    ['engineer', '/cadences'],
    ['admin', '/cadences'],
    ['agent', '/accounts'],
  ] as const)('/ as %s: %s', async (role, home) => {
    renderPage(<App />, { path: '/', signedInAs: user(role) });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(home));
    await waitFor(() => expect(api.seen.length).toBeGreaterThan(0));
    expect(screen.queryByText('Not allowed')).toBeNull();
  });
});
