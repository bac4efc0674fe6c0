// The experiments list against a real HTTP server answering as the contract says.
import { screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { experimentSummary } from '../testing/analytics-fixtures';
import { ExperimentsPage } from './experiments-page';

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());

describe('the experiments list', () => {
  it('lists each experiment with its cadence, arms and accounts, linking to its results', async () => {
    api.answer({ 'GET /api/v1/experiments': [200, [experimentSummary]] });
    renderPage(<ExperimentsPage />, { path: '/experiments' });
    const table = await screen.findByRole('table', { name: 'Experiments, newest first' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'sms-first' }).getAttribute('href')).toBe('/experiments/sms-first?cadenceId=c-1');
    expect(within(row).getByRole('link', { name: 'Early collections' }).getAttribute('href')).toBe('/cadences/c-1');
    expect(row.textContent).toContain('Champion 45% · Challenger 45% · Control 10%');
    expect(row.textContent).toContain('2,000');
  });

  it('explains how to start one when there is none: an A/B split step in a published cadence', async () => {
    api.answer({ 'GET /api/v1/experiments': [200, []] });
    renderPage(<ExperimentsPage />, { path: '/experiments' });
    const empty = await screen.findByRole('region', { name: 'No experiments yet' });
    expect(empty.textContent).toMatch(/add A\/B split from the palette's Logic group/);
    expect(empty.textContent).toMatch(/weights that add up to 100%/);
    expect(within(empty).getByRole('link', { name: 'Open the cadences' }).getAttribute('href')).toBe('/cadences');
  });

  it("says what went wrong when the list cannot be loaded, with the server's words and a retry", async () => {
    api.answer({ 'GET /api/v1/experiments': [500, { error: 'internal', message: 'the analytics store is not reachable' }] });
    renderPage(<ExperimentsPage />, { path: '/experiments' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Experiments could not be loaded');
    expect(alert.textContent).toContain('the analytics store is not reachable');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
