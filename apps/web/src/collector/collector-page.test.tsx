// The collector identity page against a real HTTP server answering as the API does
// (GET/PUT /portfolios/{id}/collector).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PortfolioCollector, SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { CollectorPage } from './collector-page';

const person = (role: SessionUser['role']): SessionUser => ({ id: `u-${role}`, name: `A ${role}`, email: `${role}@kairos.test`, role });
const NONE: PortfolioCollector = { portfolioId: 'default', collector: null, sendsAllowed: false, problem: 'portfolio "default" has no collector identity (legal name, name in messages, phone, mailing address, hours, website, licences)' };
const ACME = {
  legalName: 'Acme Recoveries Holdings LLC',
  displayName: 'Acme Recoveries',
  phone: '+13125550199',
  mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'IL', postalCode: '60601' },
  hours: 'Mon–Fri 9–5 CT',
  website: 'https://acme-recoveries.test',
  licences: [{ state: 'NY', number: '2091234-DCA' }],
} as const;

let api: ScriptedApi;
let stored: PortfolioCollector = NONE;
beforeAll(async () => {
  api = await startScriptedApi();
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
  stored = NONE;
  api.answer({
    'GET /api/v1/portfolios/default/collector': () => [200, stored],
    'PUT /api/v1/portfolios/default/collector': (req) => {
      stored = { portfolioId: 'default', collector: req.body as PortfolioCollector['collector'], sendsAllowed: true, problem: null };
      return [stored.collector ? 201 : 400, stored];
    },
  });
});

const open = (role: SessionUser['role'] = 'admin') => renderPage(<CollectorPage />, { path: '/collector', signedInAs: person(role) });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');
const puts = () => api.seen.filter((r) => r.method === 'PUT');

async function fillIn(values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    await userEvent.clear(field(name));
    await userEvent.type(field(name), value);
  }
}

// Typing a whole identity takes seconds of simulated keystrokes on a busy machine.
describe('the collector identity page', { timeout: 30_000 }, () => {
  it('says that sends are refused while the portfolio has no identity, and saves the one an administrator fills in', async () => {
    open();
    await screen.findByRole('form', { name: 'Collector identity' });
    expect(screen.getByText(/^Sends for portfolio default are refused: it has no collector identity/)).toBeTruthy();
    await fillIn({
      'Legal name': ACME.legalName,
      'Name in messages': ACME.displayName,
      Phone: '+1 (312) 555-0199',
      'Phone hours': ACME.hours,
      Website: ACME.website,
      'Street address': ACME.mailingAddress.line1,
      City: ACME.mailingAddress.city,
      'ZIP code': ACME.mailingAddress.postalCode,
    });
    await userEvent.selectOptions(select('State'), 'IL');
    await userEvent.click(screen.getByRole('button', { name: 'Add a licence' }));
    await userEvent.selectOptions(select('Licence 1 state'), 'NY');
    await userEvent.type(field('Licence 1 number'), '2091234-DCA');
    await userEvent.click(screen.getByRole('button', { name: 'Save identity' }));

    expect(await screen.findByText(/^Saved: messages, disclosures, letters and the checkout page now name this collector/)).toBeTruthy();
    expect(puts().map((r) => r.body)).toEqual([ACME]);
    expect(await screen.findByText('Sends for portfolio default name this collector.')).toBeTruthy();
  });

  it('says at each field what is wrong with it, focuses the first, and sends nothing', async () => {
    open();
    await screen.findByRole('form', { name: 'Collector identity' });
    await fillIn({ 'Legal name': 'Acme', Phone: '312 555', Website: 'http://acme.test', 'ZIP code': '606' });
    await userEvent.click(screen.getByRole('button', { name: 'Save identity' }));

    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: \d+ fields need a change \(marked above\)\.$/);
    expect(description(field('Phone'))).toMatch(/^Must be an E\.164 phone number such as \+12125550100\./);
    expect(description(field('Website'))).toMatch(/^Must be an https:\/\/ address/);
    expect(description(field('ZIP code'))).toMatch(/^Must be a ZIP code such as 10001 or 10001-1234\./);
    expect(select('State').getAttribute('aria-invalid')).toBe('true');
    expect(field('Legal name').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(field('Name in messages'));
    expect(puts()).toEqual([]);
  });

  it('shows the server’s refusal at the field it names', async () => {
    stored = { portfolioId: 'default', collector: { ...ACME, licences: [...ACME.licences] }, sendsAllowed: true, problem: null };
    api.answer({ 'PUT /api/v1/portfolios/default/collector': [400, { error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'website', message: 'not reachable from here' }] }] });
    open();
    await screen.findByRole('form', { name: 'Collector identity' });
    await fillIn({ 'Phone hours': 'Mon–Sat 9–5 CT' });
    await userEvent.click(screen.getByRole('button', { name: 'Save identity' }));
    expect(await screen.findByText('The server refused it: Not reachable from here.')).toBeTruthy();
    expect(field('Phone hours').value).toBe('Mon–Sat 9–5 CT');
  });

  it('shows other roles the identity without a form', async () => {
    stored = { portfolioId: 'default', collector: { ...ACME, licences: [...ACME.licences] }, sendsAllowed: true, problem: null };
    open('strategist');
    const list = await screen.findByText('Legal name');
    const dl = list.closest('dl')!;
    expect(within(dl).getAllByRole('definition').map((d) => d.textContent)).toEqual([
      'Acme Recoveries Holdings LLC',
      'Acme Recoveries',
      '(312) 555-0199, Mon–Fri 9–5 CT',
      '12 Lake Street, Chicago, IL 60601',
      'https://acme-recoveries.test',
      'NY license no. 2091234-DCA',
    ]);
    expect(screen.queryByRole('form', { name: 'Collector identity' })).toBeNull();
  });
});
