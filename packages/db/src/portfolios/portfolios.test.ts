import { expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { upsertAccount } from '../accounts/accounts';
import { account } from '../fixtures.test-support';
import { getPortfolio, portfolioCollector, portfoliosWithoutCollector, secretNames, setCollectorIdentity, upsertPortfolio } from './portfolios';
import { describeEachDatabase } from '../testing';

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

  it('has no collector identity until one is set, and says so by portfolio', async () => {
    expect(await portfolioCollector(db(), 'no-such-book')).toEqual({ problem: expect.stringMatching(/^portfolio "no-such-book" has no collector identity/) });
  });

  it('creates a portfolio on the sandbox to hold an identity, and reads the identity back for sends', async () => {
    const { created, portfolio } = await setCollectorIdentity(db(), 'agency-b', DEMO_COLLECTOR_IDENTITY);
    expect(created).toBe(true);
    expect(portfolio.settings).toEqual({ channels: {}, collector: DEMO_COLLECTOR_IDENTITY });
    expect(await portfolioCollector(db(), 'agency-b')).toEqual({ identity: DEMO_COLLECTOR_IDENTITY });
  });

  it('keeps the identity when the provider settings are saved without it, and keeps the settings when the identity changes', async () => {
    const settings = { channels: { sms: 'twilio' as const }, twilio: { accountSid: 'AC2', from: '+15550001111' } };
    await upsertPortfolio(db(), { id: 'loans', name: 'Loans', settings });
    await setCollectorIdentity(db(), 'loans', DEMO_COLLECTOR_IDENTITY);
    await upsertPortfolio(db(), { id: 'loans', name: 'Loans 2026', settings });
    expect((await getPortfolio(db(), 'loans'))!.settings).toEqual({ ...settings, collector: DEMO_COLLECTOR_IDENTITY });
    const renamed = { ...DEMO_COLLECTOR_IDENTITY, displayName: 'Loans Recoveries' };
    await setCollectorIdentity(db(), 'loans', renamed);
    expect((await getPortfolio(db(), 'loans'))!).toMatchObject({ name: 'Loans 2026', settings: { ...settings, collector: renamed } });
  });

  it('refuses an identity stored before a field was required, naming the field', async () => {
    const { hours: _missing, ...stored } = DEMO_COLLECTOR_IDENTITY;
    await upsertPortfolio(db(), { id: 'old-book', name: 'Old', settings: { channels: {}, collector: stored as typeof DEMO_COLLECTOR_IDENTITY } });
    expect(await portfolioCollector(db(), 'old-book')).toEqual({ problem: expect.stringMatching(/^portfolio "old-book" has an incomplete collector identity \(hours: /) });
  });

  it('lists the portfolios with accounts whose sends would be refused for want of a collector identity', async () => {
    const before = await portfoliosWithoutCollector(db());
    await upsertAccount(db(), { ...account('PW-1'), portfolioId: 'pw-none' });
    await upsertAccount(db(), { ...account('PW-2'), portfolioId: 'pw-set' });
    await setCollectorIdentity(db(), 'pw-set', DEMO_COLLECTOR_IDENTITY);
    const after = await portfoliosWithoutCollector(db());
    expect(after).toContain('pw-none');
    expect(after).not.toContain('pw-set');
    expect(after.filter((p) => !before.includes(p))).toEqual(['pw-none']);
  });
});
