import { expect, it } from 'vitest';
import { getPortfolio, secretNames, upsertPortfolio } from './portfolios';
import { describeEachDatabase } from './testing';

describeEachDatabase('portfolios', (db) => {
  it('keeps a secret that a later save leaves out, and removes one set to null', async () => {
    const settings = { channels: { sms: 'twilio' as const }, twilio: { accountSid: 'AC1', from: '+15550001111' } };
    const created = await upsertPortfolio(db(), { id: 'cards', name: 'Cards', settings, secrets: { twilioAuthToken: 'tok-1', stripeWebhookSecret: 'whsec_1' } });
    expect(created.created).toBe(true);
    await upsertPortfolio(db(), { id: 'cards', name: 'Cards 2026', settings });
    expect((await getPortfolio(db(), 'cards'))!.secrets).toEqual({ twilioAuthToken: 'tok-1', stripeWebhookSecret: 'whsec_1' });
    const { portfolio } = await upsertPortfolio(db(), { id: 'cards', name: 'Cards 2026', settings, secrets: { stripeWebhookSecret: null, twilioAuthToken: 'tok-2' } });
    expect(portfolio.secrets).toEqual({ twilioAuthToken: 'tok-2' });
    expect(secretNames(portfolio)).toEqual(['twilioAuthToken']);
  });
});
