// Signing in, against a real HTTP server answering as the API does: each role lands where it may read.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { SignInPage } from './sign-in-page';

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());

const signInAs = async (role: Role, path = '/sign-in') => {
  api.answer({ 'POST /api/v1/auth/sign-in': [200, { user: { id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role } }] });
  renderPage(<SignInPage />, { path, route: '/sign-in' });
  await userEvent.type(screen.getByLabelText('Email'), `${role}@kairos.test`);
  await userEvent.type(screen.getByLabelText('Password'), 'the right password');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
};

describe('signing in', () => {
  it.each([
    ['strategist', '/cadences'],
    ['compliance_officer', '/cadences'],
    ['agent', '/accounts'],
  ] as const)('takes the %s to %s, the first page their role reads', async (role, home) => {
    await signInAs(role);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(home));
  });

  it('takes them back to the page they came from', async () => {
    await signInAs('agent', '/sign-in?next=%2Faccounts%2FA-1');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/accounts/A-1'));
  });
});
