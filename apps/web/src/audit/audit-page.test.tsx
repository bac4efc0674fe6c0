// The audit page against a real HTTP server answering as the API does: filters become the query the
// API reads, pages follow its cursor, and "Export CSV" downloads the API's export with the same filters.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../api/review-types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi, type SeenRequest } from '../testing/scripted-api';
import { AuditPage } from './audit-page';

const HASH = 'abcdef0123456789'.padEnd(64, '0');
const entry = (id: number, action: AuditEntry['action'], over: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-03-02T13:05:00.000Z',
  actorId: 'u-olga',
  actorEmail: 'olga@kairos.test',
  actorRole: 'compliance_officer',
  action,
  cadenceId: 'c-1',
  reviewId: 'r-1',
  versionId: null,
  enrollmentId: null,
  hash: HASH,
  subjectUserId: null,
  detail: {},
  ...over,
});

let api: ScriptedApi;
const audits = () => api.seen.filter((r) => r.url.startsWith('/api/v1/audit?') || r.url === '/api/v1/audit');
const query = (r: SeenRequest | undefined) => Object.fromEntries(new URL(r!.url, 'http://x').searchParams);

beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/cadences?includeArchived=true': [200, [{ id: 'c-1', name: 'Pre-due reminders' }, { id: 'c-2', name: 'Late stage' }]],
    'GET /api/v1/audit': (req) => {
      const q = query(req);
      if (q.actor === 'nobody@kairos.test') return [200, { entries: [], nextCursor: null }];
      // Two pages: 3 and 2 newest first, the first ending at cursor 3.
      if (q.cursor === '3') return [200, { entries: [entry(2, 'approve', { detail: { comment: 'fine' } }), entry(1, 'submit', { actorEmail: 'stella@kairos.test', actorRole: 'strategist' })], nextCursor: null }];
      return [200, { entries: [entry(5, 'publish', { detail: { version: 2 } }), entry(4, 'comment', { detail: { nodeId: 'wait-1', field: 'window' } }), entry(3, 'request_changes', { detail: { comment: 'start at 08:00' } })], nextCursor: 3 }];
    },
    'GET /api/v1/audit/export': [200, 'id,at,action\n1,2026-03-02T13:05:00.000Z,submit\n', { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="kairos-audit-2026-03-02.csv"' }],
  });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

describe('the audit log page', () => {
  it('lists who did what, with the cadence by name and the content hash', async () => {
    renderPage(<AuditPage />, { path: '/audit' });
    const table = await screen.findByRole('table', { name: 'Audit entries, newest first' });
    // Cadence names come from the cadence list, which may answer after the log.
    await within(table).findAllByRole('link', { name: 'Pre-due reminders' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['Published', 'Commented', 'Requested changes']);
    expect(rows[0]!.textContent).toContain('olga@kairos.testCompliance officer');
    expect(rows[0]!.textContent).toContain('Pre-due reminders');
    expect(rows[0]!.textContent).toContain(HASH.slice(0, 12));
    expect(rows[0]!.textContent).toContain('Version 2');
    expect(rows[1]!.textContent).toContain('At wait-1 · window');
  });

  it('filters by action, actor, cadence, hash and days: the API is asked exactly that', async () => {
    const { getByTestId } = renderPage(<AuditPage />, { path: '/audit' });
    await screen.findByRole('table');
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'approve');
    await userEvent.type(screen.getByLabelText('Who (email or user id)'), 'olga@kairos.test');
    await userEvent.selectOptions(screen.getByLabelText('Cadence'), 'c-1');
    await userEvent.type(screen.getByLabelText('Content hash (or its start)'), HASH.slice(0, 12));
    await userEvent.type(screen.getByLabelText('From day'), '2026-03-01');
    await userEvent.type(screen.getByLabelText('To day'), '2026-03-02');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(query(audits().at(-1))).toMatchObject({ action: 'approve', actor: 'olga@kairos.test', cadenceId: 'c-1', hash: HASH.slice(0, 12), limit: '50' }));
    const q = query(audits().at(-1));
    expect(new Date(q.from!).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(q.to!).getTime()).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).getTime());
    // The filters are in the address, so the filtered log can be linked and reloaded.
    expect(getByTestId('location').textContent).toMatch(/^\/audit\?action=approve&actor=olga%40kairos.test&cadenceId=c-1&hash=abcdef012345&fromDay=2026-03-01&toDay=2026-03-02$/);
  });

  it('says at the field what is wrong with a filter, and asks the server nothing', async () => {
    renderPage(<AuditPage />, { path: '/audit' });
    await screen.findByRole('table');
    const asked = audits().length;
    await userEvent.type(screen.getByLabelText('Content hash (or its start)'), 'not a hash');
    await userEvent.type(screen.getByLabelText('From day'), '2026-03-05');
    await userEvent.type(screen.getByLabelText('To day'), '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('Content hash (or its start)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/A content hash is hexadecimal/)).toBeTruthy();
    expect(screen.getByText('The last day is before the first: swap them.')).toBeTruthy();
    expect(audits()).toHaveLength(asked);
  });

  it('pages to older entries with the cursor the API gave, and back to newer ones', async () => {
    renderPage(<AuditPage />, { path: '/audit' });
    await screen.findByText('Version 2');
    expect((screen.getByRole('button', { name: 'Newer entries' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Older entries' }));
    await screen.findByText('fine');
    expect(query(audits().at(-1)).cursor).toBe('3');
    expect((screen.getByRole('button', { name: 'Older entries' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Page 2')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Newer entries' }));
    await screen.findByText('Version 2');
  });

  it('offers to clear filters that match nothing', async () => {
    const { getByTestId } = renderPage(<AuditPage />, { path: '/audit?actor=nobody%40kairos.test' });
    await screen.findByRole('heading', { name: 'No entries match these filters' });
    await userEvent.click(within(screen.getByRole('region', { name: 'No entries match these filters' })).getByRole('button', { name: 'Clear filters' }));
    await screen.findByText('Version 2');
    expect(getByTestId('location').textContent).toBe('/audit');
    expect((screen.getByLabelText('Who (email or user id)') as HTMLInputElement).value).toBe('');
  });

  it("exports the matching entries as the API's CSV, named as the API names it", async () => {
    renderPage(<AuditPage />, { path: '/audit?action=publish&hash=abcdef01' });
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Saved kairos-audit-2026-03-02.csv.');
    const exported = api.seen.find((r) => r.url.startsWith('/api/v1/audit/export'));
    expect(query(exported)).toEqual({ action: 'publish', hash: 'abcdef01' });
  });
});
