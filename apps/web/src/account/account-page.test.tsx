// Changing your own password, against a real HTTP server answering as the API does.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { AccountPage } from './account-page';

const eli = { id: 'u-eli', name: 'Eli Engineer', email: 'eli@kairos.test', role: 'engineer' as const };
let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({
    'POST /api/v1/auth/password': (req) => {
      const b = req.body as { currentPassword: string };
      if (b.currentPassword !== 'the old password') {
        return [400, { error: 'wrong_password', message: 'the current password is wrong', issues: [{ field: 'currentPassword', message: 'is not your current password' }] }];
      }
      return answers('post', '/api/v1/auth/password', { changed: true, sessionsRevoked: 2 });
    },
  });
});
afterAll(() => api.close());

describe('changing your password', () => {
  it('asks for the current password, says when it is wrong, and says the other sessions ended', async () => {
    renderPage(<AccountPage />, { signedInAs: eli });
    expect(screen.getByText('Eli Engineer · eli@kairos.test · Engineer')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Current password'), 'a guess');
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new password');
    await userEvent.type(screen.getByLabelText('New password again'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('This is not your current password: try again.')).toBeTruthy();
    expect(screen.getByLabelText('Current password').getAttribute('aria-invalid')).toBe('true');

    await userEvent.clear(screen.getByLabelText('Current password'));
    await userEvent.type(screen.getByLabelText('Current password'), 'the old password');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your password is changed. 2 other sessions ended.')).toBeTruthy();
    expect(api.seen.at(-1)).toMatchObject({ url: '/api/v1/auth/password', body: { currentPassword: 'the old password', newPassword: 'a brand new password' } });
  });
});
