// The enroll page against a real HTTP server answering as the API does: the audience from the address,
// the preview with its reasons, the enrollment's progress polled to its summary; and nothing asked for a
// role that may not enroll.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { sessionUser } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import EnrollPage from './enroll-page';
import type { AudienceJob } from './job-progress';

configure({ asyncUtilTimeout: 5000 });

const user = sessionUser;
const at = '2026-12-01T10:00:00Z';
const cadence = (id: string, name: string) => ({
  id,
  name,
  description: '',
  createdAt: at,
  createdBy: 'u-strategist',
  createdByName: 'Sam',
  updatedAt: at,
  archivedAt: null,
  draftRevision: 1,
  draftGraph: { nodes: [], edges: [] },
});
const withLifecycle = (id: string, name: string, liveVersionId: string | null) => ({
  ...cadence(id, name),
  issues: [],
  findings: [],
  lifecycle: { state: liveVersionId ? ('published' as const) : ('draft' as const), draftHash: null, liveHash: null, liveVersionId, reviewId: null },
});
const version = (id: string, n: number) => ({ id, cadenceId: 'c-1', version: n, hash: `h${n}`, publishedAt: at, publishedBy: 'u-strategist', publishedByName: 'Sam', approvedBy: null, approvedByName: null, reviewId: null });
const job = (over: Partial<AudienceJob>): AudienceJob => ({
  id: 'job-1',
  cadenceId: 'c-1',
  versionId: 'v-2',
  status: 'running',
  audience: {},
  total: 3,
  done: 0,
  enrolled: 0,
  excluded: {},
  ratePerSecond: null,
  etaSeconds: null,
  error: null,
  startedAt: at,
  finishedAt: null,
  ...over,
});

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  api.answer({
    'GET /api/v1/cadences': answers('get', '/api/v1/cadences', [cadence('c-1', 'Early reminders'), cadence('c-9', 'Unpublished draft')]),
    'GET /api/v1/cadences/c-1': answers('get', '/api/v1/cadences/{id}', withLifecycle('c-1', 'Early reminders', 'v-2')),
    'GET /api/v1/cadences/c-9': answers('get', '/api/v1/cadences/{id}', withLifecycle('c-9', 'Unpublished draft', null)),
    'GET /api/v1/cadences/c-1/versions': answers('get', '/api/v1/cadences/{id}/versions', [version('v-1', 1), version('v-2', 2)]),
    'POST /api/v1/enrollments/preview': answers('post', '/api/v1/enrollments/preview', {
      cadenceId: 'c-1',
      versionId: 'v-2',
      version: 2,
      channels: ['sms'],
      total: 3,
      entering: 2,
      enteringExamples: ['A-1', 'A-2'],
      excluded: 1,
      excludedBy: [
        { reason: 'not_found', text: 'no such account among the portfolios you read', count: 0, examples: [] },
        { reason: 'paid', text: 'nothing owed (paid)', count: 1, examples: ['A-3'] },
      ],
    }),
  });
});
const posted = (path: string) => api.seen.filter((r) => r.method === 'POST' && r.url === path).map((r) => r.body);

describe('the enroll page', () => {
  it('previews the filtered audience, enrolls it and follows its progress to the summary', async () => {
    let polls = 0;
    api.answer({
      'POST /api/v1/enrollments/audience': [202, job({})],
      'GET /api/v1/enrollments/audience/job-1': () => {
        polls++;
        return [200, polls < 2 ? job({ done: 1, enrolled: 1, ratePerSecond: 2, etaSeconds: 1 }) : job({ status: 'finished', done: 3, enrolled: 2, excluded: { paid: 1 }, finishedAt: at })];
      },
    });
    renderPage(<EnrollPage />, { path: '/enroll?portfolio=default&dpd=16-30&status=promise_open', signedInAs: user('strategist') });
    expect(screen.getByRole('radio', { name: /The Accounts list filter/ }).closest('label')!.textContent).toContain('portfolio default, DPD 16-30, promise open');
    const cadences = await screen.findByLabelText('Cadence');
    // Only the published cadence is offered.
    expect(within(cadences).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a published cadence…', 'Early reminders']);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the cadence to enroll them in.');
    await userEvent.selectOptions(cadences, 'c-1');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getAllByRole('status')[0]!.textContent).toBe('2 accounts would enter Early reminders v2; 1 is excluded (of 3 accounts in the audience).');
    expect(within(preview).getByRole('figure', { name: 'Excluded, by reason' })).toBeTruthy();
    const reasons = within(preview).getByRole('list', { name: 'Excluded accounts by reason' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 account nothing owed (paid): A-3']);
    expect(within(reasons).getByRole('link', { name: 'A-3' }).getAttribute('href')).toBe('/accounts/A-3');
    expect(posted('/api/v1/enrollments/preview')).toEqual([{ cadenceId: 'c-1', audience: { kind: 'filter', filter: { portfolio: ['default'], dpd: ['16-30'], status: ['promise_open'] } } }]);

    await userEvent.click(screen.getByRole('button', { name: 'Enroll 2 accounts' }));
    const summary = await screen.findByText('Enrolled 2 of 3 accounts; 1 was not.', {}, { timeout: 8000 });
    expect(summary.closest('[role=status]')!.textContent).toContain('1 nothing owed (paid)');
    expect(screen.getByRole('link', { name: 'See them in the live view of Early reminders' }).getAttribute('href')).toBe('/cadences/c-1/versions/v-2');
    expect(screen.getByRole('progressbar', { name: 'Accounts enrolled so far' }).getAttribute('value')).toBe('3');
    const [started] = posted('/api/v1/enrollments/audience') as Array<{ idempotencyKey: string; audience: unknown }>;
    expect(started!.audience).toEqual({ kind: 'filter', filter: { portfolio: ['default'], dpd: ['16-30'], status: ['promise_open'] } });
    expect(started!.idempotencyKey).toMatch(/\S{8,}/);
  });

  it('enrolls pasted ids, each once, in a chosen older version, and says what is wrong with an empty paste', async () => {
    renderPage(<EnrollPage />, { path: '/enroll', signedInAs: user('engineer') });
    expect(screen.getByRole('radio', { name: 'A list of account ids' })).toHaveProperty('checked', true);
    await userEvent.selectOptions(await screen.findByLabelText('Cadence'), 'c-1');
    await userEvent.selectOptions(await screen.findByLabelText('Version'), 'v-1');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByRole('alert').textContent).toBe('Paste at least one account id, one per line.');
    await userEvent.type(screen.getByLabelText('Account ids, one per line'), 'A-1{Enter}A-2{Enter}A-1');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(posted('/api/v1/enrollments/preview')).toEqual([{ cadenceId: 'c-1', versionId: 'v-1', audience: { kind: 'ids', accountIds: ['A-1', 'A-2'] } }]);
  });

  it("enrolls the accounts of an import, named by the import's summary link", async () => {
    api.answer({
      'GET /api/v1/imports/imp-1': answers('get', '/api/v1/imports/{id}', {
        id: 'imp-1', portfolioId: 'sandbox', fileName: 'ledger.csv', status: 'done', mapping: { columns: {}, defaultCountry: 'US', currency: 'USD' },
        totalRows: 3, rowsDone: 3, created: 3, updated: 0, unchanged: 0, rejected: 0, rowsPerSecond: null, etaSeconds: null, failureReason: null,
        cancelRequested: false, createdBy: 'u-strategist', createdAt: at, startedAt: at, finishedAt: at,
      }),
    });
    renderPage(<EnrollPage />, { path: '/enroll?import=imp-1', signedInAs: user('strategist') });
    const fromImport = screen.getByRole('radio', { name: /The accounts of the import/ });
    expect(fromImport).toHaveProperty('checked', true);
    await screen.findByText('ledger.csv (sandbox)');
    await userEvent.selectOptions(await screen.findByLabelText('Cadence'), 'c-1');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(posted('/api/v1/enrollments/preview')).toEqual([{ cadenceId: 'c-1', audience: { kind: 'import', importId: 'imp-1' } }]);
  });

  it("says why a preview failed, as the API words it", async () => {
    api.answer({ 'POST /api/v1/enrollments/preview': [409, { error: 'not_published', message: 'the cadence does not exist or has no published version: pick a published cadence (GET /api/v1/cadences)' }] });
    renderPage(<EnrollPage />, { path: '/enroll?status=dispute', signedInAs: user('admin') });
    await userEvent.selectOptions(await screen.findByLabelText('Cadence'), 'c-1');
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^No preview.*pick a published cadence/);
  });

  it.each(['agent', 'compliance_officer'] as const)('tells a %s it is not allowed, asking the API nothing', async (role) => {
    renderPage(<EnrollPage />, { path: '/enroll?status=dispute', signedInAs: user(role) });
    expect(screen.getByRole('alert').textContent).toMatch(/^Not allowed/);
    await new Promise((r) => setTimeout(r, 200));
    expect(api.seen).toEqual([]);
  });
});
