// The New test account page against a real HTTP server answering as the API does
// (GET /portfolio-policies, PUT /accounts/{id}, cadences and enrollments).
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { NewTestAccountPage } from './new-test-account-page';

const person = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
const SANDBOX = { portfolioId: 'sandbox', name: 'Sandbox (test accounts)', sandbox: true, holdContactWhilePromiseOpen: true };
const REAL = { portfolioId: 'default', name: 'default', sandbox: false, holdContactWhilePromiseOpen: true };

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  api.answer({
    'GET /api/v1/portfolio-policies': () => [200, [REAL, SANDBOX]],
    'PUT /api/v1/accounts/TEST-7': (req) => [201, { id: 'TEST-7', ...(req.body as object) }],
    'GET /api/v1/cadences': () => [200, []],
  });
});

const open = (role: SessionUser['role'] = 'strategist') => renderPage(<NewTestAccountPage />, { path: '/accounts/new', signedInAs: person(role) });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const puts = () => api.seen.filter((r) => r.method === 'PUT');

describe('the New test account page', () => {
  it('saves the account into the sandbox portfolio, then links to it', async () => {
    open();
    const user = userEvent.setup();
    expect(((await screen.findByRole('combobox', { name: 'Sandbox portfolio' })) as HTMLSelectElement).value).toBe('sandbox');
    await user.clear(field('Account id'));
    await user.type(field('Account id'), 'TEST-7');
    await user.type(field('Name'), 'Dana Test');
    await user.type(field('Phone'), '+1 555 555 0177');
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(zone);
    await user.type(zone, 'America/Chicago');
    await user.type(field('Balance (USD)'), '250');
    await user.click(screen.getByRole('button', { name: 'Create test account' }));
    await screen.findByRole('heading', { name: 'Test account TEST-7 saved' });
    expect(puts()).toHaveLength(1);
    expect(puts()[0]!.body).toMatchObject({ name: 'Dana Test', phone: '+15555550177', balanceCents: 25_000, timezone: 'America/Chicago', portfolioId: 'sandbox' });
    expect(screen.getByRole('link', { name: 'Open the account TEST-7' }).getAttribute('href')).toBe('/accounts/TEST-7');
    expect((await screen.findByText(/No cadence is published yet/)).textContent).toContain('publish one');
  });

  it('shows each problem at its field and sends nothing until they are fixed', async () => {
    open();
    const user = userEvent.setup();
    await screen.findByRole('combobox', { name: 'Sandbox portfolio' });
    await user.type(field('Balance (USD)'), '12.345');
    await user.click(screen.getByRole('button', { name: 'Create test account' }));
    expect((await screen.findByRole('alert')).textContent).toContain('3 fields need a change');
    expect(field('Balance (USD)').getAttribute('aria-invalid')).toBe('true');
    expect(field('Name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give a phone number or an email address, so a message can reach the account.')).toBeTruthy();
    expect(puts()).toEqual([]);
  });

  it('says to ask an administrator when the person reads no sandbox portfolio', async () => {
    api.answer({ 'GET /api/v1/portfolio-policies': () => [200, [REAL]] });
    open();
    expect(await screen.findByRole('heading', { name: 'You read no sandbox portfolio' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New test account' })).toBeNull();
  });

  it('tells a role that may not create accounts so', async () => {
    open('compliance_officer');
    expect(await screen.findByRole('heading', { name: 'Your role does not create accounts' })).toBeTruthy();
  });
});
