// What a send says about who collects and where to pay: the portfolio's own collector, or nothing sent;
// a live checkout link for the account, never a stand-in URL.
import { expect, it } from 'vitest';
import type { ActivityInput, CollectorIdentity } from '@kairos/cadence';
import { getPaymentOfferByToken, listContactAttempts, listOutbox, listPaymentOffers, setCollectorIdentity, upsertAccount, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { testAccount } from '../testing/cadence-fixture';
import { createActivities } from './index';

const acme: CollectorIdentity = {
  legalName: 'Acme Recoveries Holdings LLC',
  displayName: 'Acme Recoveries',
  phone: '+13125550199',
  mailingAddress: { line1: '12 Lake Street', city: 'Chicago', state: 'IL', postalCode: '60601' },
  hours: 'Mon–Fri 9–5 CT',
  website: 'https://acme-recoveries.test',
  licences: [{ state: 'NY', number: '2091234-DCA' }],
};
const PUBLIC_URL = 'https://kairos.acme.test';

describeEachDatabase('what a send says about the collector and the payment link', (db) => {
  let n = 0;
  const input = (accountId: string, params: Record<string, unknown>): ActivityInput => ({
    idempotencyKey: `collector-test:${accountId}:${++n}`,
    enrollmentId: '',
    accountId,
    stepId: 'sms-1',
    attempt: 1,
    params,
  });
  const activities = () => createActivities({ db: db(), publicUrl: PUBLIC_URL });

  it('refuses a send for a portfolio without a collector identity, on every channel, and records why', async () => {
    await upsertPortfolio(db(), { id: 'unnamed', name: 'No identity yet', settings: { channels: {} } });
    await upsertAccount(db(), testAccount('C-1', { portfolioId: 'unnamed' }));
    const r = await activities().sendMessage!(
      input('C-1', { channel: 'sms', body: '{{ collector.disclosure }}', fallback: [{ channel: 'email', subject: 'Balance', body: '{{ collector.identification }}' }] }),
    );
    const reason = expect.stringMatching(/^refused: portfolio "unnamed" has no collector identity \(legal name, .*Nothing was sent: an administrator sets it/);
    expect(r).toEqual({ outcome: 'next', detail: { undelivered: [{ channel: 'sms', skipped: reason }] } });
    expect(await listOutbox(db(), { accountId: 'C-1', limit: 10 })).toEqual([]);
    const attempts = await listContactAttempts(db(), { accountId: 'C-1', limit: 10 });
    expect(attempts.map((a) => [a.channel, a.status, a.error])).toEqual([['sms', 'skipped', reason]]);
  });

  it("names the portfolio's own collector in the disclosures and collector variables", async () => {
    await setCollectorIdentity(db(), 'acme', acme);
    await upsertAccount(db(), testAccount('C-2', { portfolioId: 'acme', attributes: { state: 'NY' } }));
    await activities().sendMessage!(input('C-2', { channel: 'sms', body: '{{ collector.disclosure }} Call {{ collector.phone }} ({{ collector.hours }}). {{ collector.licence }}' }));
    const [message] = await listOutbox(db(), { accountId: 'C-2', limit: 1 });
    expect(message!.body).toBe(
      'This is Acme Recoveries, a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. ' +
        'Call (312) 555-0199 (Mon–Fri 9–5 CT). NY license no. 2091234-DCA',
    );
  });

  it('makes a balance checkout link for a message that uses {{ paymentLink }} with no payment step before it, once per send', async () => {
    await withDemoCollector(db());
    await upsertAccount(db(), testAccount('C-3', { balanceCents: 43_210 }));
    const job = input('C-3', { channel: 'sms', body: 'Pay here: {{ paymentLink }}' });
    await activities().sendMessage!(job);
    await activities().sendMessage!(job); // a retried activity
    const offers = await listPaymentOffers(db(), 'C-3');
    expect(offers.map((o) => [o.kind, o.amountCents, o.status])).toEqual([['link', 43_210, 'open']]);
    const [message] = await listOutbox(db(), { accountId: 'C-3', limit: 10 });
    expect(message!.body).toBe(`Pay here: ${PUBLIC_URL}/pay/${offers[0]!.token}`);
    expect(message!.body).not.toContain('example.invalid');
    // The link opens this account's checkout.
    expect(await getPaymentOfferByToken(db(), offers[0]!.token)).toMatchObject({ accountId: 'C-3', kind: 'link' });
  });

  it('uses the open offer when there is one, and makes no link for a message without one', async () => {
    await withDemoCollector(db());
    await upsertAccount(db(), testAccount('C-4'));
    const acts = activities();
    await acts.sendMessage!(input('C-4', { channel: 'sms', body: 'Hi {{ account.firstName }}' }));
    expect(await listPaymentOffers(db(), 'C-4')).toEqual([]);
    await acts.createPaymentLink!(input('C-4', { amount: { type: 'fixed', cents: 5_000 }, expiresInDays: 7 }));
    await acts.sendMessage!(input('C-4', { channel: 'sms', body: 'Pay: {{ paymentLink }}' }));
    const offers = await listPaymentOffers(db(), 'C-4');
    expect(offers).toHaveLength(1);
    expect((await listOutbox(db(), { accountId: 'C-4', limit: 1 }))[0]!.body).toBe(`Pay: ${PUBLIC_URL}/pay/${offers[0]!.token}`);
  });
});
