import { expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { upsertAccount } from '../accounts/accounts';
import { account } from '../fixtures.test-support';
import {
  enrollmentPolicyOf, ensureSandboxPortfolio, getPortfolio, isSandboxPortfolio, portfolioCollector, portfoliosWithoutCollector, SANDBOX_PORTFOLIO_ID, secretNames, setCollectorIdentity, upsertPortfolio,
} from './portfolios';
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

  it('holds contact while a promise is open unless the portfolio turned it off, also for a portfolio with no row', async () => {
    await upsertPortfolio(db(), { id: 'no-hold', name: 'No hold', settings: { channels: {}, holdContactWhilePromiseOpen: false } });
    await upsertPortfolio(db(), { id: 'silent', name: 'Says nothing', settings: { channels: {} } });
    expect(await enrollmentPolicyOf(db(), 'no-hold')).toEqual({ holdContactWhilePromiseOpen: false });
    expect(await enrollmentPolicyOf(db(), 'silent')).toEqual({ holdContactWhilePromiseOpen: true });
    expect(await enrollmentPolicyOf(db(), 'never-configured')).toEqual({ holdContactWhilePromiseOpen: true });
  });

  it('creates the sandbox portfolio of test accounts once, with its collector, and keeps an existing one as it is', async () => {
    const first = await ensureSandboxPortfolio(db(), { name: 'Sandbox (test accounts)', collector: DEMO_COLLECTOR_IDENTITY });
    expect(first.created).toBe(true);
    expect(await isSandboxPortfolio(db(), SANDBOX_PORTFOLIO_ID)).toBe(true);
    expect(await portfolioCollector(db(), SANDBOX_PORTFOLIO_ID)).toEqual({ identity: DEMO_COLLECTOR_IDENTITY });
    const again = await ensureSandboxPortfolio(db(), { name: 'Other name', collector: DEMO_COLLECTOR_IDENTITY });
    expect(again).toMatchObject({ created: false, portfolio: { name: 'Sandbox (test accounts)' } });
  });
});
