// The outbox page against a real HTTP server answering as the API does.
import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryKeys } from '../api/query-keys';
import { renderPage } from '../testing/render-page';
import { startScriptedApi, type ScriptedApi } from '../testing/scripted-api';
import { OutboxPage } from './outbox-page';

const unknownText = {
  id: 'c-1', idempotencyKey: 'e-1:sms-1:1', enrollmentId: 'e-1', accountId: 'DEMO-1001', stepId: 'sms-1', channel: 'sms', provider: 'twilio',
  recipient: '+15555550101', subject: null, body: 'Hi Dana, $482.50 is due.', status: 'outcome_unknown', outcome: null, providerMessageId: null,
  error: 'outcome unknown: the worker stopped while the provider was being called', createdAt: '2026-12-01T14:00:00.000Z', sentAt: null,
};

let api: ScriptedApi;
beforeAll(async () => {
  api = await startScriptedApi({ 'GET /api/v1/outbox': [200, []] });
});
afterAll(() => api.close());
beforeEach(() => {
  api.seen.length = 0;
});

describe('the outbox page', () => {
  it('lists the messages whose outcome is unknown, for operations to check at the provider', async () => {
    api.answer({ 'GET /api/v1/contacts': [200, [unknownText]] });
    renderPage(<OutboxPage />);
    const section = await screen.findByRole('region', { name: 'Messages whose outcome is unknown' });
    const row = within(section).getByRole('row', { name: /DEMO-1001/ });
    expect(row.textContent).toContain('SMS');
    expect(row.textContent).toContain('+15555550101');
    expect(row.textContent).toContain('Hi Dana, $482.50 is due.');
    expect(api.seen.map((r) => r.url)).toContain('/api/v1/contacts?status=outcome_unknown&limit=100');
  });

  it('shows no such list when every message is settled', async () => {
    api.answer({ 'GET /api/v1/contacts': [200, []] });
    const { client } = renderPage(<OutboxPage />);
    await screen.findByText('No message has been sent yet');
    // Asked and answered: the list would be on the page now if there were anything in it.
    await waitFor(() => expect(client.getQueryState(queryKeys.contacts({ status: 'outcome_unknown', limit: 100 }))?.status).toBe('success'));
    expect(screen.queryByRole('region', { name: 'Messages whose outcome is unknown' })).toBeNull();
  });
});
