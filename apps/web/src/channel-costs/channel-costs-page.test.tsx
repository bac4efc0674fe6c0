// The channel costs page against a real HTTP server answering as the API does (GET/PUT /analytics/settings).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { ChannelCostsPage } from './channel-costs-page';

const person = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
const DEFAULTS = { currency: 'USD', unitCostMinor: { sms: 1, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 85 } };
let api: ScriptedApi;
let stored = DEFAULTS;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  stored = DEFAULTS;
  api.answer({
    'GET /api/v1/analytics/settings': () => [200, stored],
    'PUT /api/v1/analytics/settings': (req) => {
      stored = req.body as typeof DEFAULTS;
      return [200, stored];
    },
  });
});

const open = (role: SessionUser['role'] = 'admin') => renderPage(<ChannelCostsPage />, { signedInAs: person(role) });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
/** The texts that describe an input (its unit, its problem), as a screen reader reads them after its name. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');
const puts = () => api.seen.filter((r) => r.method === 'PUT');

describe('the channel costs page', () => {
  it('shows an administrator one labelled field per channel, in major units of the currency, and what the costs are for', async () => {
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    expect(field('Currency').value).toBe('USD');
    const shown = ['SMS', 'Email', 'Voice call', 'WhatsApp', 'Push notification', 'Letter'].map((name) => [name, field(name).value, description(field(name))]);
    expect(shown).toEqual([
      ['SMS', '0.01', 'USD per attempt'],
      ['Email', '0.00', 'USD per attempt'],
      ['Voice call', '0.05', 'USD per attempt'],
      ['WhatsApp', '0.02', 'USD per attempt'],
      ['Push notification', '0.00', 'USD per attempt'],
      ['Letter', '0.85', 'USD per attempt'],
    ]);
    expect(screen.getByText(/multiplies the contact attempts on each channel by its cost here/).textContent).toMatch(/cost to collect on the dashboard and on each experiment’s page/);
    expect(screen.getByRole('link', { name: 'dashboard' }).getAttribute('href')).toBe('/dashboard');
    expect((screen.getByRole('button', { name: 'Save costs' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says at each field what is wrong with it, announces it, focuses the first, and sends nothing', async () => {
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    const type = async (name: string, text: string) => {
      await userEvent.clear(field(name));
      if (text) await userEvent.type(field(name), text);
    };
    await type('Currency', 'us');
    await type('SMS', '-0.05');
    await type('Email', 'free');
    await type('Voice call', '0.055');
    await type('WhatsApp', '0,02');
    await type('Letter', '');
    await userEvent.click(screen.getByRole('button', { name: 'Save costs' }));

    expect(screen.getByRole('alert').textContent).toBe('Not saved: 6 fields need a change (marked above).');
    const problems = ['Currency', 'SMS', 'Email', 'Voice call', 'WhatsApp', 'Letter'].map((name) => [name, field(name).getAttribute('aria-invalid'), description(field(name))]);
    expect(problems).toEqual([
      ['Currency', 'true', 'A currency code is three letters (ISO 4217), such as USD, EUR or GBP. | ISO 4217 code, such as USD, EUR or GBP: the money of the dashboard and experiments.'],
      ['SMS', 'true', 'A cost cannot be negative: enter 0 or more. | per attempt, in the currency above'],
      ['Email', 'true', 'Enter a number, such as 0.05, without the currency sign. | per attempt, in the currency above'],
      ['Voice call', 'true', 'USD has 2 decimals: round to at most 2 digits after the point, such as 0.05. | per attempt, in the currency above'],
      ['WhatsApp', 'true', 'Use a point for decimals: 0.02. | per attempt, in the currency above'],
      ['Letter', 'true', 'Enter a cost: 0 if this channel costs nothing. | per attempt, in the currency above'],
    ]);
    expect(field('Push notification').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(field('Currency'));
    expect(puts()).toEqual([]);

    // Fixing a field clears its message at once; the rest stay until they change.
    await type('Currency', 'jpy');
    expect(field('Currency').value).toBe('JPY');
    expect(field('Currency').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Not saved: 5 fields need a change (marked above).');
  });

  it('saves all six costs in minor units, shows it is saving, then confirms and keeps the saved values', async () => {
    let release = () => {};
    api.answer({
      'PUT /api/v1/analytics/settings': (req) =>
        new Promise((resolve) => {
          release = () => {
            stored = req.body as typeof DEFAULTS;
            resolve([200, stored]);
          };
        }),
    });
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    await userEvent.clear(field('Currency'));
    await userEvent.type(field('Currency'), 'eur');
    await userEvent.clear(field('SMS'));
    await userEvent.type(field('SMS'), '0.07');
    await userEvent.clear(field('Letter'));
    await userEvent.type(field('Letter'), '1.2');
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();
    expect(description(field('SMS'))).toBe('EUR per attempt');
    await userEvent.click(screen.getByRole('button', { name: 'Save costs' }));

    const saving = await screen.findByRole('button', { name: 'Saving…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('form', { name: 'Channel costs' }).getAttribute('aria-busy')).toBe('true');
    expect(within(screen.getByRole('form', { name: 'Channel costs' })).getByRole('status').textContent).toBe('Saving the costs…');
    await waitFor(() => expect(puts()).toHaveLength(1));
    expect(puts()[0]!.body).toEqual({ currency: 'EUR', unitCostMinor: { sms: 7, email: 0, voice: 5, whatsapp: 2, push: 0, letter: 120 } });

    release();
    await screen.findByText('Saved: the dashboard and the experiment pages now price contact attempts at these costs.');
    expect(field('Letter').value).toBe('1.20');
    expect((screen.getByRole('button', { name: 'Save costs' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before the browser leaves the page with unsaved costs, and not once they are discarded', async () => {
    const leaving = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    expect(leaving()).toBe(false);
    await userEvent.type(field('Voice call'), '5');
    expect(leaving()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(field('Voice call').value).toBe('0.05');
    expect(leaving()).toBe(false);
  });

  it("puts the server's refusal of a field next to that field", async () => {
    api.answer({
      'PUT /api/v1/analytics/settings': [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'unitCostMinor.voice', message: 'must be at most 100000' }] }],
    });
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    await userEvent.clear(field('Voice call'));
    await userEvent.type(field('Voice call'), '0.09');
    await userEvent.click(screen.getByRole('button', { name: 'Save costs' }));
    await waitFor(() => expect(field('Voice call').getAttribute('aria-invalid')).toBe('true'));
    expect(description(field('Voice call'))).toBe('The server refused it: Must be at most 100000. | USD per attempt');
    expect(screen.getByRole('alert').textContent).toBe('Not saved: one field needs a change (marked above).');
    expect(document.activeElement).toBe(field('Voice call'));
  });

  it('says what to do when the server does not allow the change, keeping what was typed', async () => {
    api.answer({ 'PUT /api/v1/analytics/settings': [403, { error: 'forbidden', message: 'only an admin may set unit costs' }] });
    open();
    await screen.findByRole('form', { name: 'Channel costs' });
    await userEvent.clear(field('SMS'));
    await userEvent.type(field('SMS'), '0.03');
    await userEvent.click(screen.getByRole('button', { name: 'Save costs' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Not allowed: only an admin may set unit costs. Ask an administrator for access if you need it.');
    expect(field('SMS').value).toBe('0.03');
  });

  it.each(['strategist', 'compliance_officer', 'engineer'] as const)('shows a %s the costs read-only', async (role) => {
    stored = { currency: 'EUR', unitCostMinor: { ...DEFAULTS.unitCostMinor, sms: 4 } };
    open(role);
    const table = await screen.findByRole('table', { name: 'Cost of one contact attempt' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['SMS0.04 EUR', 'Email0.00 EUR', 'Voice call0.05 EUR', 'WhatsApp0.02 EUR', 'Push notification0.00 EUR', 'Letter0.85 EUR']);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Save costs' })).toBeNull();
    expect(screen.getByText('Only an administrator can change these costs: ask one if they are out of date.')).toBeTruthy();
  });

  it('tells an agent, whom the API refuses, that it is not allowed', async () => {
    api.answer({ 'GET /api/v1/analytics/settings': [403, { error: 'forbidden', message: 'your role may not read analytics' }] });
    open('agent');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not allowed: your role may not read analytics. Ask an administrator for access if you need it.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
