// The people page against a real HTTP server answering as the API does.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { UsersPage } from './users-page';

const ada = { id: 'u-ada', name: 'Ada Admin', email: 'ada@kairos.test', role: 'admin' };
const sam = { id: 'u-sam', name: 'Sam Strategist', email: 'sam@kairos.test', role: 'strategist' };
let api: ScriptedApi;
let people = [ada, sam];
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/me': [200, { user: ada }],
    'GET /api/v1/users': () => [200, people],
    'PATCH /api/v1/users/u-ada': [409, { error: 'last_admin', message: 'this is the last admin: make someone else an admin first' }],
    'PATCH /api/v1/users/u-sam': (req) => {
      people = people.map((p) => (p.id === 'u-sam' ? { ...p, ...(req.body as object) } : p));
      return [200, people[1]];
    },
    'POST /api/v1/users': (req) => {
      const b = req.body as { name: string; email: string; role: string; password: string };
      if (b.password.length < 12) return [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'password', message: 'must be at least 12 characters' }] }];
      const made = { id: 'u-new', name: b.name, email: b.email, role: b.role };
      people = [...people, made];
      return [201, made];
    },
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  people = [ada, sam];
});

describe('the people page', () => {
  it("shows the server's refusal to demote the last admin, and keeps the role shown as it is", async () => {
    renderPage(<UsersPage />);
    const role = (await screen.findByRole('combobox', { name: 'Role of Ada Admin' })) as HTMLSelectElement;
    await userEvent.selectOptions(role, 'strategist');
    expect((await screen.findByRole('alert')).textContent).toBe('Role not changed: This is the last admin: make someone else an admin first.');
    expect(role.value).toBe('admin');
  });

  it('changes a role at once', async () => {
    renderPage(<UsersPage />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Role of Sam Strategist' }), 'compliance_officer');
    await screen.findByText('Now Compliance officer.');
    expect(api.seen.find((r) => r.method === 'PATCH')).toMatchObject({ url: '/api/v1/users/u-sam', body: { role: 'compliance_officer' } });
  });

  it('adds a person with a role, and says at the field what the server refused', async () => {
    renderPage(<UsersPage />);
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Name'), 'Riley Second');
    await userEvent.type(screen.getByLabelText('Email'), 'riley@kairos.test');
    await userEvent.selectOptions(screen.getByLabelText('Role'), 'strategist');
    await userEvent.type(screen.getByLabelText('First password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await waitFor(() => expect(screen.getByLabelText('First password').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('must be at least 12 characters')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('First password'), '-and-longer-now');
    await userEvent.click(screen.getByRole('button', { name: 'Add person' }));
    await screen.findByText('Riley Second can sign in now as Strategist.');
    expect(await screen.findByRole('combobox', { name: 'Role of Riley Second' })).toBeTruthy();
    expect(api.seen.filter((r) => r.method === 'POST').at(-1)!.body).toEqual({ name: 'Riley Second', email: 'riley@kairos.test', role: 'strategist', password: 'short-and-longer-now' });
  });
});
