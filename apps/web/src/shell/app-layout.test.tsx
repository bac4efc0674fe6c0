// The header's places follow the role: analytics for those who may read it, not for agents.
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { AppLayout } from './app-layout';

const user = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());

const places = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav).getAllByRole('link').map((l) => l.textContent);
};

describe('the header', () => {
  it.each(['strategist', 'compliance_officer', 'engineer', 'admin'] as const)('shows Experiments, Dashboard and Channel costs to a %s', async (role) => {
    api.answer({ 'GET /api/v1/auth/session': [200, { user: user(role) }] });
    renderPage(<AppLayout />, { path: '/cadences' });
    expect(await places()).toEqual(expect.arrayContaining(['Cadences', 'Experiments', 'Dashboard', 'Channel costs', 'Outbox']));
  });

  it.each([
    ['strategist', true],
    ['engineer', true],
    ['admin', true],
    ['compliance_officer', false],
    ['agent', false],
  ] as const)('offers Enroll to a %s: %s', async (role, offered) => {
    api.answer({ 'GET /api/v1/auth/session': [200, { user: user(role) }] });
    renderPage(<AppLayout />, { path: '/cadences' });
    expect((await places()).includes('Enroll')).toBe(offered);
  });

  it('shows none of them to an agent, who may not read analytics, cadences or the outbox', async () => {
    api.answer({ 'GET /api/v1/auth/session': [200, { user: user('agent') }] });
    renderPage(<AppLayout />, { path: '/accounts' });
    const links = await places();
    expect(links).toEqual(expect.arrayContaining(['Accounts', 'Collector']));
    expect(links).not.toContain('Cadences');
    expect(links).not.toContain('Outbox');
    expect(links).not.toContain('Experiments');
    expect(links).not.toContain('Dashboard');
    expect(links).not.toContain('Channel costs');
  });

  it.each([
    ['strategist', true],
    ['engineer', true],
    ['admin', true],
    ['compliance_officer', false],
    ['agent', false],
  ] as const)('shows Imports to a %s only when the role imports accounts (%s)', async (role, shown) => {
    api.answer({ 'GET /api/v1/auth/session': [200, { user: user(role) }] });
    renderPage(<AppLayout />, { path: '/cadences' });
    const links = await places();
    expect(links).toContain('Accounts');
    expect(links.includes('Imports')).toBe(shown);
  });
});
