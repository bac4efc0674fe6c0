// How fresh the figures are, on the dashboard and the experiments list, against a real HTTP server
// answering as the API does: as of when, how many facts are parked, and for admins why and a retry.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { DashboardPage } from '../dashboard/dashboard-page';
import { ExperimentsPage } from '../experiments/experiments-page';
import { dashboard, experimentSummary, freshness } from '../testing/analytics-fixtures';
import { renderPage } from '../testing/render-page';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { formatWhen } from '../shell/format';

const TODAY = new Date('2026-03-31T12:00:00Z');
const person = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
const parked = { ...freshness, parkedFacts: 2 };
const parkedList = {
  total: 2,
  hint: 'Fix what the reason names, then retry.',
  facts: [
    {
      kind: 'account-event',
      factId: 'ae-1',
      reason: 'invalid input syntax for type bigint: "ten dollars" (SQLSTATE 22P02)',
      firstSeenAt: '2026-03-31T10:00:00.000Z',
      lastSeenAt: '2026-03-31T11:00:00.000Z',
      attempts: 3,
      nextAttemptAt: '2026-03-31T11:04:00.000Z',
    },
    {
      kind: 'enrollment',
      factId: 'en-1',
      reason: 'null value in column "due_date" violates not-null constraint (SQLSTATE 23502)',
      firstSeenAt: '2026-03-31T10:00:00.000Z',
      lastSeenAt: '2026-03-31T10:30:00.000Z',
      attempts: 1,
      nextAttemptAt: '2026-03-31T10:31:00.000Z',
    },
  ],
};

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  api.answer({
    'GET /api/v1/dashboard': [200, { ...dashboard, freshness: parked }],
    'GET /api/v1/cadences?includeArchived=true': [200, []],
    'GET /api/v1/analytics/parked': [200, parkedList],
  });
});

const note = () => screen.findByRole('region', { name: 'Freshness of the figures' });

describe('how fresh the analytics are', () => {
  it('says as of when the dashboard counts everything and how many facts are parked, and who can see why', async () => {
    renderPage(<DashboardPage today={TODAY} />, { path: '/dashboard', signedInAs: person('strategist') });
    const region = await note();
    expect(region.textContent).toContain(`As of ${formatWhen(freshness.projectedThrough)}, 2 facts parked.`);
    expect(region.textContent).toMatch(/2 facts could not be counted, so the figures leave them out\. An admin sees why/);
    expect(within(region).queryByRole('button')).toBeNull();
    // Only admins may list them: a strategist's page does not ask.
    expect(api.seen.some((r) => r.url.startsWith('/api/v1/analytics/parked'))).toBe(false);
  });

  it('says when the figures are behind', async () => {
    api.answer({ 'GET /api/v1/dashboard': [200, { ...dashboard, freshness: { ...freshness, lagSeconds: 900 } }] });
    renderPage(<DashboardPage today={TODAY} />, { path: '/dashboard', signedInAs: person('strategist') });
    expect((await note()).textContent).toContain('The figures are 15 minutes behind');
  });

  it('shows an admin each parked fact with why, and retries them', async () => {
    let retried = false;
    api.answer({
      'POST /api/v1/analytics/parked/retry': () => {
        retried = true;
        return answers('post', '/api/v1/analytics/parked/retry', { retried: 2, projected: 1, stillParked: 1 });
      },
    });
    renderPage(<DashboardPage today={TODAY} />, { path: '/dashboard', signedInAs: person('admin') });
    const region = await note();
    const table = await within(region).findByRole('table', { name: 'Parked facts, the most recently failing first' });
    const row = within(table).getByRole('rowheader', { name: /Account event ae-1/ }).closest('tr')!;
    expect(row.textContent).toContain('invalid input syntax for type bigint');
    expect(row.textContent).toContain('3');
    expect(region.textContent).toMatch(/Each is retried by itself/);
    const asked = api.seen.filter((r) => r.url.startsWith('/api/v1/dashboard?')).length;
    await userEvent.click(within(region).getByRole('button', { name: 'Retry parked facts now' }));
    expect((await within(region).findByRole('status')).textContent).toBe('1 fact counted now; 1 fact still parked: see why above.');
    expect(retried).toBe(true);
    // The figures are asked again: they may count the facts now.
    await waitFor(() => expect(api.seen.filter((r) => r.url.startsWith('/api/v1/dashboard?')).length).toBeGreaterThan(asked));
  });

  it('says how fresh the experiments list is', async () => {
    api.answer({ 'GET /api/v1/experiments': [200, [experimentSummary]], 'GET /api/v1/analytics/freshness': [200, { ...freshness, parkedFacts: 1 }] });
    renderPage(<ExperimentsPage />, { path: '/experiments', signedInAs: person('strategist') });
    expect((await note()).textContent).toContain(`As of ${formatWhen(freshness.projectedThrough)}, 1 fact parked.`);
  });
});
