// The portfolio dashboard against a real HTTP server answering as the contract says: tiles, charts readable
// as tables, filters in the address and the query, CSV export, empty and error states.
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi, type SeenRequest } from '../testing/scripted-api';
import { dashboard, emptyDashboard } from '../testing/analytics-fixtures';
import { DashboardPage } from './dashboard-page';

// Role queries walk the charts' SVG too; on a busy 2-core machine that can take more than the default second.
configure({ asyncUtilTimeout: 4000 });

const TODAY = new Date('2026-03-31T12:00:00Z');
let api: ScriptedApi;
const asked = () => api.seen.filter((r) => r.url.startsWith('/api/v1/dashboard?'));
const query = (r: SeenRequest | undefined) => Object.fromEntries(new URL(r!.url, 'http://x').searchParams);
const open = (path = '/dashboard') => renderPage(<DashboardPage today={TODAY} />, { path });
const cellsOf = (table: HTMLElement, rowName: string) => {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent);
};

beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.returnToOrigin();
  api.seen.length = 0;
  api.answer({
    'GET /api/v1/dashboard': [200, dashboard],
    'GET /api/v1/cadences?includeArchived=true': [200, [{ id: 'c-1', name: 'Early collections' }, { id: 'c-2', name: 'Late stage' }]],
    'GET /api/v1/cadences/c-1/versions': [200, [{ id: 'v-2', version: 2 }, { id: 'v-1', version: 1 }]],
    'GET /api/v1/dashboard/export': [
      200,
      'date,channel,attempts\n2026-03-01,sms,1000\n',
      { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="kairos-dashboard-2026-03-02-2026-03-31.csv"' },
    ],
  });
});

describe('the portfolio dashboard', () => {
  it('shows the key figures as named tiles', async () => {
    open();
    const tiles = await screen.findByRole('region', { name: 'Key figures' });
    const value = (label: string) => within(tiles).getByText(label).nextElementSibling!.textContent;
    expect(value('Recovery rate')).toBe('21.0%$126,000.00 of $600,000.00 placed');
    expect(value('Promise-kept rate')).toBe('64.0%');
    expect(value('Right-party contact rate')).toBe('38.0%');
    expect(value('Contact rate')).toBe('71.0%');
    expect(value('Cost per amount collected')).toBe('$0.02 per $1.00$2,520.00 spent on contacts');
    expect(value('Median time to recovery')).toBe('11 days');
    expect(value('Accounts enrolled')).toBe('1,200');
  });

  it('draws collected per day, channels, roll rates and time to recovery, each named with its numbers as a table', async () => {
    open();
    for (const name of ['Collected per day', 'Channels compared', 'Roll rates between DPD buckets', 'Time to recovery']) {
      const figure = await screen.findByRole('figure', { name });
      expect(within(figure).getByRole('img').querySelector('svg')).toBeTruthy();
    }
    expect(cellsOf(screen.getByRole('table', { name: 'Collected per day' }), '2026-03-02')).toEqual(['$51,000.00', '95', '35', '1,600']);
    expect(cellsOf(screen.getByRole('table', { name: 'Channels compared' }), 'email')).toEqual(['2,000', '1,800', '10', '60.0%', '15.0%', '$20.00', '—']);
    const rolls = screen.getByRole('table', { name: 'Roll rates between DPD buckets' });
    expect(within(rolls).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['1–15 DPD16–30 DPD30025.0%', '16–30 DPD31–60 DPD12040.0%', '16–30 DPDPaid6020.0%', '31–60 DPDStayed1030.0%']);
    expect(cellsOf(screen.getByRole('table', { name: 'Time to recovery' }), '30')).toEqual(['21.0%']);
    expect(cellsOf(screen.getByRole('table', { name: 'By tier' }), 'tier-2')).toEqual(['500', '15.0%', '—']);
    expect(cellsOf(screen.getByRole('table', { name: 'By tier' }), 'No tier')).toEqual(['3', '—', '—']);
  });

  it('asks for the last 30 days by default', async () => {
    open();
    await screen.findByRole('figure', { name: 'Collected per day' });
    expect(query(asked()[0])).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('filters by days, tier, cadence and version: in the address and in the query', async () => {
    const { getByTestId } = open();
    await screen.findByRole('figure', { name: 'Collected per day' });
    const from = screen.getByLabelText('From day');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-03-01');
    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'tier-2');
    expect((screen.getByLabelText('Version') as HTMLSelectElement).disabled).toBe(true);
    await userEvent.selectOptions(await screen.findByLabelText('Cadence'), 'c-1');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Version 2' })).toBeTruthy());
    await userEvent.selectOptions(screen.getByLabelText('Version'), 'v-2');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(query(asked().at(-1))).toEqual({ from: '2026-03-01', to: '2026-03-31', tier: 'tier-2', cadenceId: 'c-1', versionId: 'v-2' }));
    expect(getByTestId('location').textContent).toBe('/dashboard?from=2026-03-01&to=2026-03-31&tier=tier-2&cadenceId=c-1&versionId=v-2');
  });

  it('opens with the filters a link carries', async () => {
    open('/dashboard?from=2026-02-01&to=2026-02-28&cadenceId=c-2');
    await screen.findByRole('figure', { name: 'Collected per day' });
    expect(query(asked()[0])).toEqual({ from: '2026-02-01', to: '2026-02-28', cadenceId: 'c-2' });
    expect((screen.getByLabelText('From day') as HTMLInputElement).value).toBe('2026-02-01');
  });

  it("exports the CSV for the same filters, named as the API names it", async () => {
    open('/dashboard?tier=tier-1');
    await screen.findByRole('figure', { name: 'Collected per day' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText('Saved kairos-dashboard-2026-03-02-2026-03-31.csv.');
    expect(query(api.seen.find((r) => r.url.startsWith('/api/v1/dashboard/export')))).toEqual({ from: '2026-03-02', to: '2026-03-31', tier: 'tier-1' });
  });

  it('says why the export failed and that it can be tried again', async () => {
    api.answer({ 'GET /api/v1/dashboard/export': [400, { error: 'bad_request', message: 'to: the range may span at most 366 days' }] });
    open();
    await screen.findByRole('figure', { name: 'Collected per day' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not exported: To: the range may span at most 366 days. Try again.');
  });

  it('explains an empty period and how figures come about', async () => {
    api.answer({ 'GET /api/v1/dashboard': [200, emptyDashboard] });
    open('/dashboard?tier=tier-4');
    const empty = await screen.findByRole('region', { name: 'No enrollments in these days' });
    expect(empty.textContent).toMatch(/widen the days or clear a filter/);
    expect(screen.queryByRole('figure')).toBeNull();
  });

  it('says when the dashboard cannot be loaded, and offers to try again', async () => {
    api.answer({ 'GET /api/v1/dashboard': [500, { error: 'internal', message: 'rollups are being rebuilt' }] });
    open();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The dashboard could not be loaded');
    expect(alert.textContent).toContain('rollups are being rebuilt');
    api.answer({ 'GET /api/v1/dashboard': [200, dashboard] });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('figure', { name: 'Collected per day' })).toBeTruthy();
  });

  it('shows progress while the figures load', async () => {
    open();
    expect(screen.getByText('Loading the dashboard…').getAttribute('role')).toBe('status');
    await screen.findByRole('figure', { name: 'Collected per day' });
  });
});
