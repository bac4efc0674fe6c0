// One experiment's page against a real HTTP server answering as the contract says: the arms' numbers,
// intervals and curves readable as tables, the verdict in words, filters in the query, and Promote.
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../api/query-keys';
import { renderPage } from '../testing/render-page';
import { sessionUser } from '../testing/session-fixtures';
import { answers, startScriptedApi, type ScriptedApi, type SeenRequest } from '../testing/scripted-api';
import { experimentReport, undecidedReport } from '../testing/analytics-fixtures';
import { ExperimentPage } from './experiment-page';

// Role queries walk the charts' SVG too; on a busy 2-core machine that can take more than the default second.
configure({ asyncUtilTimeout: 4000 });

const TODAY = new Date('2026-03-31T12:00:00Z');
const user = sessionUser;

let api: ScriptedApi;
const reports = () => api.seen.filter((r) => r.url.startsWith('/api/v1/experiments/sms-first?'));
const query = (r: SeenRequest | undefined) => Object.fromEntries(new URL(r!.url, 'http://x').searchParams);

beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  api.answer({ 'GET /api/v1/auth/session': [200, { user: user('strategist') }], 'GET /api/v1/experiments/sms-first': [200, experimentReport] });
});

const open = (path = '/experiments/sms-first?cadenceId=c-1') => renderPage(<ExperimentPage today={TODAY} />, { path, route: '/experiments/:experimentId' });
const cellsOf = (table: HTMLElement, rowName: string) => {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent);
};

describe('an experiment page', () => {
  it('asks for the whole experiment on the paid share by default, and shows its days from the first assignment to today', async () => {
    open();
    await screen.findByRole('table', { name: /Results by arm/ });
    expect(query(reports()[0])).toEqual({ cadenceId: 'c-1', primaryMetric: 'paidShare' });
    expect((screen.getByLabelText('From day') as HTMLInputElement).value).toBe('2026-03-01');
    expect((screen.getByLabelText('To day') as HTMLInputElement).value).toBe('2026-03-31');
  });

  it('asks for the days the address names', async () => {
    open('/experiments/sms-first?cadenceId=c-1&from=2026-03-05&to=2026-03-20&metric=promiseRate');
    await screen.findByRole('table', { name: /Results by arm/ });
    expect(query(reports()[0])).toEqual({ cadenceId: 'c-1', from: '2026-03-05', to: '2026-03-20', primaryMetric: 'promiseRate' });
    expect((screen.getByLabelText('Compare on') as HTMLSelectElement).value).toBe('promiseRate');
  });

  it('shows every metric of each arm side by side, intention to treat', async () => {
    open();
    const table = await screen.findByRole('table', { name: /Results by arm \(intention to treat/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Metric', 'Champion', 'Challenger', 'Controlcontrol']);
    expect(cellsOf(table, 'Enrolled')).toEqual(['900', '900', '200']);
    expect(cellsOf(table, 'Right-party contact rate')).toEqual(['47.1% (400)', '47.1% (400)', '— (0)']);
    expect(cellsOf(table, 'Share who paid')).toEqual(['30.0% (270)', '33.1% (298)', '15.0% (30)']);
    expect(cellsOf(table, 'Share who paid, 95% interval')[1]).toBe('30.1% to 36.2%');
    expect(cellsOf(table, 'Amount collected / placed')[0]).toBe('20.0% ($90,000.00 of $450,000.00)');
    expect(cellsOf(table, 'Median time to first payment')).toEqual(['12.5 days', '9 days', 'not reached: under half have paid']);
    expect(cellsOf(table, 'Cost to collect')[0]).toBe('$0.02 per $1.00 collected');
    for (const metric of ['Contacted', 'Promise rate', 'Promise-kept rate', 'Cost of contacts']) expect(cellsOf(table, metric)).toHaveLength(3);
    const guardrails = screen.getByRole('table', { name: /Guardrails/ });
    expect(cellsOf(guardrails, 'Opt-outs')).toEqual(['12', '19', '12']);
    expect(cellsOf(guardrails, 'Contacts suppressed by compliance')).toEqual(['30', '41', '30']);
  });

  it('draws the paid shares with their 95% intervals, named, with the numbers as a table', async () => {
    open();
    const figure = await screen.findByRole('figure', { name: 'Share who paid, with 95% intervals' });
    const img = within(figure).getByRole('img', { name: /Share who paid, with 95% intervals \(chart/ }); expect(img.querySelector('svg')).toBeTruthy();
    const table = within(figure).getByRole('table', { name: 'Share who paid, with 95% intervals' });
    expect(cellsOf(table, 'Challenger')).toEqual(['33.1%', '30.1%', '36.2%', '298 / 900']);
    expect(table.parentElement!.className).toBe('visually-hidden');
    await userEvent.click(within(figure).getByRole('button', { name: 'Show as table' }));
    expect(within(figure).getByRole('button', { name: 'Show as table' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(figure).queryByRole('img')).toBeNull();
    expect(table.parentElement!.className).toBe('chart-table-box');
  });

  it('gives the time-to-first-payment curve of each arm by day', async () => {
    open();
    const figure = await screen.findByRole('figure', { name: 'Time to first payment' });
    const table = within(figure).getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Day', 'Champion', 'Challenger', 'Control']);
    expect(cellsOf(table, '7')).toEqual(['12.0%', '16.0%', '12.0%']);
    expect(cellsOf(table, '21')).toEqual(['—', '33.1%', '—']);
  });

  it('says the verdict in words, with the interval and the repeated-looks test', async () => {
    open();
    const verdicts = await screen.findByRole('region', { name: 'What the test says (Share who paid)' });
    expect(within(verdicts).getAllByRole('listitem')[0]!.textContent).toBe(
      'Challenger collects 3.1 points more of accounts than Champion (95% CI 0.8 to 5.4), significant under repeated looks (mSPRT).',
    );
    expect(verdicts.textContent).toContain('mSPRT at α = 0.05: an always-valid test');
  });

  it('before a decision, says how many more accounts per arm are needed', async () => {
    api.answer({ 'GET /api/v1/experiments/sms-first': [200, undecidedReport] });
    open();
    expect(await screen.findByText(/^Not enough data yet: about 1,840 more accounts per arm/)).toBeTruthy();
  });

  it('asks for another metric and other days, and keeps both in the address', async () => {
    const { getByTestId } = open();
    await screen.findByRole('table', { name: /Results by arm/ });
    await userEvent.selectOptions(screen.getByLabelText('Compare on'), 'recoveryRate');
    await waitFor(() => expect(query(reports().at(-1)).primaryMetric).toBe('recoveryRate'));
    const from = screen.getByLabelText('From day');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-03-10');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(query(reports().at(-1))).toEqual({ cadenceId: 'c-1', from: '2026-03-10', to: '2026-03-31', primaryMetric: 'recoveryRate' }));
    expect(getByTestId('location').textContent).toBe('/experiments/sms-first?cadenceId=c-1&metric=recoveryRate&from=2026-03-10&to=2026-03-31');
  });

  it('refuses a range that ends before it starts, at the field, and asks nothing', async () => {
    open();
    await screen.findByRole('table', { name: /Results by arm/ });
    const asked = reports().length;
    const to = screen.getByLabelText('To day');
    await userEvent.clear(to);
    await userEvent.type(to, '2026-02-01');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(screen.getByText('The last day is before the first: swap them.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(reports()).toHaveLength(asked);
  });

  it('says the experiment does not exist on a 404, and links to the list', async () => {
    api.answer({ 'GET /api/v1/experiments/sms-first': [404, { error: 'not_found', message: 'no experiment sms-first in cadence c-1' }] });
    open();
    const empty = await screen.findByRole('region', { name: 'This experiment does not exist' });
    expect(within(empty).getByRole('link', { name: 'See the experiments' }).getAttribute('href')).toBe('/experiments');
  });

  it('shows a refused query with each field the API names, and what to do instead of a retry', async () => {
    api.answer({ 'GET /api/v1/experiments/sms-first': [400, { error: 'invalid_request', message: 'the query is invalid', issues: [{ field: 'from', message: 'the range is 900 days; ask for at most 731 days at a time' }] }] });
    open('/experiments/sms-first?cadenceId=c-1&from=2024-01-01');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe('from: the range is 900 days; ask for at most 731 days at a time');
    expect(alert.textContent).toContain('Change the days or filters above and apply them again.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('says when no account reached the split in these days', async () => {
    api.answer({ 'GET /api/v1/experiments/sms-first': [200, { ...experimentReport, arms: experimentReport.arms.map((a) => ({ ...a, enrolled: 0 })), comparisons: [] }] });
    open();
    expect(await screen.findByRole('region', { name: 'No accounts in these days' })).toBeTruthy();
  });
});

describe('promoting an arm', () => {
  it('is offered to strategists and admins for every arm but the control group', async () => {
    open();
    const group = await screen.findByRole('group', { name: 'Promote an arm' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Promote Champion', 'Promote Challenger']);
  });

  it.each(['compliance_officer', 'engineer'] as const)('is not offered to a %s', async (role) => {
    api.answer({ 'GET /api/v1/auth/session': [200, { user: user(role) }] });
    const { client } = open();
    await screen.findByRole('region', { name: /What the test says/ });
    // The session answers separately: look once the page knows the role.
    await waitFor(() => expect(client.getQueryData(queryKeys.me)).toEqual({ user: user(role) }));
    expect(screen.queryByRole('group', { name: 'Promote an arm' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Promote/ })).toBeNull();
  });

  it('explains that it makes a draft needing approval, then makes it and links to the editor', async () => {
    api.answer({ 'POST /api/v1/experiments/sms-first/promote': answers('post', '/api/v1/experiments/{experimentId}/promote', { cadenceId: 'c-1', draftHash: 'ab'.repeat(32), message: 'the draft now follows Challenger; submit it for review' }, 201) });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Promote Challenger' }));
    const dialog = screen.getByRole('dialog', { name: 'Promote Challenger?' });
    expect(dialog.textContent).toMatch(/new draft of Early collections/);
    expect(dialog.textContent).toMatch(/needs review and approval by a compliance officer again/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make the draft with Challenger' }));
    await within(dialog).findByText('The draft now follows Challenger; submit it for review.');
    expect(api.seen.find((r) => r.method === 'POST')?.body).toEqual({ cadenceId: 'c-1', arm: 'variant:B' });
    expect(within(dialog).getByRole('link', { name: 'Open the draft in the editor' }).getAttribute('href')).toBe('/cadences/c-1');
  });

  it('says what to do when the draft has unpublished edits (409), and makes nothing', async () => {
    api.answer({ 'POST /api/v1/experiments/sms-first/promote': [409, { error: 'draft_has_edits', message: 'the draft of this cadence has edits that are not published (version 1 is live): publish or discard them first, then promote the arm' }] });
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Promote Champion' }));
    const dialog = screen.getByRole('dialog', { name: 'Promote Champion?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make the draft with Champion' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Not promoted: The draft of this cadence has edits that are not published (version 1 is live): publish or discard them first, then promote the arm.');
    expect(within(dialog).queryByRole('link', { name: 'Open the draft in the editor' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
