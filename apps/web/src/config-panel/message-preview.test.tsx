// The message preview against a real HTTP server answering as the API does: the account's portfolio
// names the collector, and a portfolio without one shows that its sends would be refused.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY, sendMessageNode } from '@kairos/cadence';
import type { PortfolioCollector, SessionUser } from '../api/types';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { MessagePreview } from './message-preview';

const engineer: SessionUser = { id: 'u-e', name: 'An engineer', email: 'engineer@kairos.test', role: 'engineer' };
const account = (id: string, portfolioId?: string) => ({
  id, name: 'Dana Whitfield', phone: '+15555550101', balanceCents: 48_250, dueDate: '2026-11-10', timezone: 'America/New_York', attributes: { state: 'CA' },
  consents: {}, language: 'en', currency: 'USD', compliance: {}, ...(portfolioId ? { portfolioId } : {}),
});
const refused: PortfolioCollector = { portfolioId: 'bare', collector: null, sendsAllowed: false, problem: 'portfolio "bare" has no collector identity' };

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({
    'GET /api/v1/accounts': [200, { accounts: [account('A-1'), account('B-1', 'bare')], totals: { count: 2, balances: [] }, page: { limit: 20, offset: 0 } }],
    'GET /api/v1/portfolios/default/collector': [200, { portfolioId: 'default', collector: DEMO_COLLECTOR_IDENTITY, sendsAllowed: true, problem: null }],
    'GET /api/v1/portfolios/bare/collector': [200, refused],
  });
});
afterAll(() => api.close());

describe('the message preview', () => {
  it("names the account's collector, stands a marked place for the payment link, and says when the portfolio's sends would be refused", async () => {
    const config = { channel: 'sms', body: '{{ collector.identification }} Pay: {{ paymentLink }} {{ collector.licence }}' };
    renderPage(<MessagePreview ui={sendMessageNode.ui ?? {}} config={config} />, { signedInAs: engineer });
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(await within(preview).findByText('This is a communication from Kairos Demo Recoveries, a debt collector. Pay: [payment link] CA license no. DEMO-CA-0000002')).toBeTruthy();
    await userEvent.selectOptions(within(preview).getByRole('combobox', { name: 'Preview for account' }), 'B-1');
    expect((await within(preview).findByText(/^Cannot render:/)).textContent).toBe(
      'Cannot render: portfolio bare has no complete collector identity, so this message would be refused: an administrator sets it on the Collector page',
    );
  });
});
