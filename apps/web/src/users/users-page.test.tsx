// The people page against a real HTTP server answering as the API does.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Invitation, Member, Person } from '../api/types';
import { renderPage } from '../testing/render-page';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { UsersPage } from './users-page';

const person = (p: Pick<Person, 'id' | 'name' | 'email' | 'role'> & Partial<Member>): Member => ({
  active: true,
  deactivatedAt: null,
  createdAt: '2026-11-01T09:00:00.000Z',
  origins: [{ how: 'created', byId: 'seed', byName: null }],
  portfolios: p.role === 'admin' ? 'all' : ['default'],
  ...p,
});
const ada = person({ id: 'u-ada', name: 'Ada Admin', email: 'ada@kairos.test', role: 'admin' });
const sam = person({ id: 'u-sam', name: 'Sam Strategist', email: 'sam@kairos.test', role: 'strategist', origins: [{ how: 'invited', byId: 'u-ada', byName: 'Ada Admin' }] });
const LINK = 'http://kairos.test/invite/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';
let api: ScriptedApi;
let people: Member[] = [ada, sam];
let invitations: Invitation[] = [];
const setSam = (over: Partial<Member>) => {
  people = people.map((p) => (p.id === 'u-sam' ? { ...p, ...over } : p));
  return people.find((p) => p.id === 'u-sam')!;
};
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/auth/session': [200, { user: ada }],
    'GET /api/v1/users': () => [200, people],
    'GET /api/v1/invitations': () => [200, invitations],
    'PATCH /api/v1/users/u-ada': [409, { error: 'last_admin', message: 'this is the last admin: make someone else an admin first' }],
    'PATCH /api/v1/users/u-sam': (req) => [200, setSam(req.body as Partial<Person>)],
    'PUT /api/v1/users/u-sam/portfolios': (req) => {
      const { portfolios } = req.body as { portfolios: 'all' | string[] };
      if (portfolios !== 'all' && portfolios.includes('nope')) {
        return [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'portfolios[1]', message: 'no portfolio "nope": choose one of default, cards' }] }];
      }
      return answers('put', '/api/v1/users/{id}/portfolios', setSam({ portfolios }));
    },
    'POST /api/v1/users/u-sam/deactivate': () => answers('post', '/api/v1/users/{id}/deactivate', { user: setSam({ active: false, deactivatedAt: '2026-11-02T10:00:00.000Z' }), sessionsRevoked: 2 }),
    'POST /api/v1/users/u-sam/reactivate': () => answers('post', '/api/v1/users/{id}/reactivate', { user: setSam({ active: true, deactivatedAt: null }), sessionsRevoked: 0 }),
    'POST /api/v1/users/u-sam/sign-out': () => answers('post', '/api/v1/users/{id}/sign-out', { user: setSam({}), sessionsRevoked: 1 }),
    'POST /api/v1/users/u-sam/password-reset': () => answers('post', '/api/v1/users/{id}/password-reset', { link: 'http://kairos.test/reset-password/xyz', expiresAt: '2026-11-03T10:00:00.000Z', user: setSam({}) }, 201),
    'POST /api/v1/invitations': (req) => {
      const b = req.body as { name: string; email: string; role: Person['role']; portfolios?: 'all' | string[] };
      if (!b.email.includes('@')) return [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'email', message: 'must be an email address, such as nia@example.com' }] }];
      const invitation: Invitation = { id: 'i-1', ...b, portfolios: b.portfolios ?? null, invitedBy: 'u-ada', invitedByName: 'Ada Admin', createdAt: '2026-11-02T09:00:00.000Z', expiresAt: '2026-11-03T09:00:00.000Z' };
      invitations = [invitation];
      return answers('post', '/api/v1/invitations', { invitation, link: LINK }, 201);
    },
    'POST /api/v1/invitations/i-1/revoke': () => {
      const [revoked] = invitations;
      invitations = [];
      return [200, revoked];
    },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  people = [ada, sam];
  invitations = [];
});
const posts = () => api.seen.filter((r) => r.method === 'POST').map((r) => r.url);

describe('the people page', () => {
  it("shows the server's refusal to demote the last admin, and keeps the role shown as it is", async () => {
    renderPage(<UsersPage />);
    const role = (await screen.findByRole('combobox', { name: 'Role of Ada Admin' })) as HTMLSelectElement;
    await userEvent.selectOptions(role, 'strategist');
    expect((await screen.findByRole('alert')).textContent).toBe('Role not changed: This is the last admin: make someone else an admin first.');
    expect(role.value).toBe('admin');
  });

  it("chooses the portfolios a person reads, shows the server's refusal, and shows an admin's as every portfolio", async () => {
    renderPage(<UsersPage />);
    const form = await screen.findByRole('form', { name: 'Portfolios of Sam Strategist' });
    expect(screen.getByText('All portfolios (admin)')).toBeTruthy();
    const ids = within(form).getByLabelText('Portfolio ids Sam Strategist reads, comma-separated');
    await userEvent.type(ids, 'default, nope');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the portfolios of Sam Strategist' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('Portfolios not changed');
    await userEvent.clear(ids);
    await userEvent.type(ids, 'default, cards, default');
    await userEvent.click(within(form).getByRole('button', { name: 'Save the portfolios of Sam Strategist' }));
    await within(form).findByText('Reads default, cards.');
    expect(api.seen.filter((r) => r.method === 'PUT').at(-1)).toMatchObject({ url: '/api/v1/users/u-sam/portfolios', body: { portfolios: ['default', 'cards'] } });
    await userEvent.click(within(form).getByLabelText('All portfolios'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save the portfolios of Sam Strategist' }));
    await within(form).findByText('Reads every portfolio.');
  });

  it('changes a role at once', async () => {
    renderPage(<UsersPage />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Sam Strategist' }), 'compliance_officer');
    await screen.findByText('Now Compliance officer.');
    expect(api.seen.find((r) => r.method === 'PATCH')).toMatchObject({ url: '/api/v1/users/u-sam', body: { role: 'compliance_officer' } });
  });

  it('invites someone and shows the link to pass on, saying no email is sent; the invitation can be revoked', async () => {
    renderPage(<UsersPage />);
    await screen.findByRole('table', { name: 'People with an account' });
    const form = screen.getByRole('form', { name: 'Invite someone' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Nia New');
    await userEvent.type(within(form).getByLabelText('Email'), 'nia-at-example');
    await userEvent.selectOptions(within(form).getByLabelText('Role'), 'compliance_officer');
    await userEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(within(form).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('must be an email address, such as nia@example.com')).toBeTruthy();

    await userEvent.clear(within(form).getByLabelText('Email'));
    await userEvent.type(within(form).getByLabelText('Email'), 'nia@example.com');
    await userEvent.type(within(form).getByLabelText('Portfolio ids they read, comma-separated'), 'default, cards');
    await userEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    const link = (await within(form).findByLabelText('Invitation link for Nia New')) as HTMLInputElement;
    expect(link.value).toBe(LINK);
    expect(link.readOnly).toBe(true);
    expect(form.textContent).toContain('Nia New is invited as Compliance officer.');
    expect(form.textContent).toContain('Kairos sends no email in this setup: give this link to Nia New yourself');
    expect(api.seen.filter((r) => r.method === 'POST').at(-1)!.body).toEqual({ name: 'Nia New', email: 'nia@example.com', role: 'compliance_officer', portfolios: ['default', 'cards'] });

    const open = await screen.findByRole('region', { name: 'Invitations not used yet' });
    expect(within(open).getByRole('rowheader', { name: 'Nia New' })).toBeTruthy();
    await userEvent.click(within(open).getByRole('button', { name: 'Revoke the invitation of Nia New' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Invitations not used yet' })).toBeNull());
    expect(posts()).toContain('/api/v1/invitations/i-1/revoke');
  });

  it('says who created or invited each person', async () => {
    renderPage(<UsersPage />);
    const row = (await screen.findByRole('rowheader', { name: 'Sam Strategist' })).closest('tr')!;
    expect(row.textContent).toContain('Invited by Ada Admin');
    expect((await screen.findByRole('rowheader', { name: /^Ada Admin/ })).closest('tr')!.textContent).toContain('Created by the demo setup');
  });

  it('deactivates a person (sessions ended at once) and reactivates them', async () => {
    renderPage(<UsersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate Sam Strategist' }));
    await screen.findByText('Sam Strategist is deactivated and cannot sign in (2 sessions ended).');
    const row = screen.getByRole('rowheader', { name: /^Sam Strategist/ }).closest('tr')!;
    expect(within(row).getByText('deactivated')).toBeTruthy();
    await userEvent.click(await within(row).findByRole('button', { name: 'Reactivate Sam Strategist' }));
    await screen.findByText('Sam Strategist can sign in again.');
    expect(posts()).toEqual(['/api/v1/users/u-sam/deactivate', '/api/v1/users/u-sam/reactivate']);
  });

  it('signs a person out everywhere, and makes a password-reset link to pass on', async () => {
    renderPage(<UsersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out everywhere for Sam Strategist' }));
    await screen.findByText('Sam Strategist is signed out everywhere (1 session ended); they may sign in again.');
    await userEvent.click(screen.getByRole('button', { name: 'Password-reset link for Sam Strategist' }));
    expect(((await screen.findByLabelText('Password-reset link for Sam Strategist')) as HTMLInputElement).value).toBe('http://kairos.test/reset-password/xyz');
  });

  it('offers no way to deactivate yourself, but leads to changing your password', async () => {
    renderPage(<UsersPage />);
    const row = (await screen.findByRole('rowheader', { name: /^Ada Admin/ })).closest('tr')!;
    expect(within(row).queryByRole('button', { name: /Deactivate/ })).toBeNull();
    expect(within(row).getByRole('link', { name: 'Change your password' }).getAttribute('href')).toBe('/account');
  });
});
