// The page behind an invitation or password-reset link, against a real HTTP server answering as the API does.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { PasswordLinkPage } from './password-link-page';

const nia = { id: 'u-nia', name: 'Nia New', email: 'nia@example.com', role: 'compliance_officer' };
let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/auth/password-links/good': [200, { kind: 'invitation', name: 'Nia New', email: 'nia@example.com', role: 'compliance_officer', expiresAt: '2026-11-03T09:00:00.000Z' }],
    'POST /api/v1/auth/password-links/good': [200, { kind: 'invitation', user: nia, signedIn: true }],
    'GET /api/v1/auth/password-links/agent': [200, { kind: 'invitation', name: 'Ali Agent', email: 'ali@example.com', role: 'agent', expiresAt: '2026-11-03T09:00:00.000Z' }],
    'POST /api/v1/auth/password-links/agent': [200, { kind: 'invitation', user: { id: 'u-ali', name: 'Ali Agent', email: 'ali@example.com', role: 'agent' }, signedIn: true }],
    'GET /api/v1/auth/password-links/used': [410, { error: 'link_used', message: 'this link was used already: sign in with your email and the password you set' }],
    'GET /api/v1/auth/password-links/reset': [200, { kind: 'password_reset', name: 'Sam Strategist', email: 'sam@example.com', role: null, expiresAt: '2026-11-03T09:00:00.000Z' }],
    'POST /api/v1/auth/password-links/reset': [410, { error: 'link_expired', message: 'this link expired (links work for 24 hours): ask your admin for a new one' }],
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

describe('setting a password with a one-time link', () => {
  it('lets the invited person choose a password, checked before sending, and signs them in', async () => {
    renderPage(<PasswordLinkPage />, { path: '/invite/good', route: '/invite/:token' });
    await screen.findByRole('heading', { name: 'Join Kairos' });
    expect(screen.getByText(/You are invited to Kairos as Compliance officer/)).toBeTruthy();
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('nia@example.com');
    await userEvent.type(screen.getByLabelText('New password'), 'too short');
    await userEvent.type(screen.getByLabelText('New password again'), 'too shor');
    await userEvent.click(screen.getByRole('button', { name: 'Join Kairos' }));
    expect(screen.getByText(/^Use at least 12 characters \(9 now\)/)).toBeTruthy();
    expect(screen.getByText('Type the same password again: the two differ.')).toBeTruthy();
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
    expect(api.seen.filter((r) => r.method === 'POST')).toEqual([]);

    await userEvent.clear(screen.getByLabelText('New password'));
    await userEvent.type(screen.getByLabelText('New password'), 'nia chose this one');
    await userEvent.clear(screen.getByLabelText('New password again'));
    await userEvent.type(screen.getByLabelText('New password again'), 'nia chose this one');
    await userEvent.click(screen.getByRole('button', { name: 'Join Kairos' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/cadences'));
    expect(api.seen.find((r) => r.method === 'POST')).toMatchObject({ url: '/api/v1/auth/password-links/good', body: { password: 'nia chose this one' } });
  });

  it('takes an invited agent to the accounts, the first page their role reads', async () => {
    renderPage(<PasswordLinkPage />, { path: '/invite/agent', route: '/invite/:token' });
    await screen.findByRole('heading', { name: 'Join Kairos' });
    await userEvent.type(screen.getByLabelText('New password'), 'ali chose this one');
    await userEvent.type(screen.getByLabelText('New password again'), 'ali chose this one');
    await userEvent.click(screen.getByRole('button', { name: 'Join Kairos' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/accounts'));
  });

  it('says a used link no longer works, and where to sign in', async () => {
    renderPage(<PasswordLinkPage />, { path: '/invite/used', route: '/invite/:token' });
    await screen.findByRole('heading', { name: 'This link does not work' });
    expect(screen.getByRole('alert').textContent).toBe('This link was used already: sign in with your email and the password you set.');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in');
  });

  it("shows the server's refusal when the link expires while the person types", async () => {
    renderPage(<PasswordLinkPage />, { path: '/reset-password/reset', route: '/reset-password/:token' });
    await screen.findByRole('heading', { name: 'Set a new password' });
    await userEvent.type(screen.getByLabelText('New password'), 'a new long password');
    await userEvent.type(screen.getByLabelText('New password again'), 'a new long password');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This link expired (links work for 24 hours): ask your admin for a new one.');
  });
});
