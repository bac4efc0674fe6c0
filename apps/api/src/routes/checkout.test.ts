// The sandbox checkout page behind payment links, over HTTP: what a customer sees and what paying does.
import { beforeAll, expect, it } from 'vitest';
import type { CollectorIdentity } from '@kairos/cadence';
import { createPaymentOffer, getAccount, listAccountEvents, listPaymentOffers, listPlanInstallments, setCollectorIdentity } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, dana, type ApiClient } from '../testing/api-harness';

describeEachDatabase('sandbox checkout', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let api: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    api = await signedIn(app, 'engineer');
  });
  const offer = async (accountId: string, o: Record<string, unknown>, balanceCents = 10_000, account: Record<string, unknown> = {}) => {
    await api.put(`/api/v1/accounts/${accountId}`, { ...dana, balanceCents, ...account });
    return (await createPaymentOffer(db(), { accountId, enrollmentId: null, idempotencyKey: `co-${accountId}`, expiresAt: new Date(Date.now() + 86_400_000), kind: 'link', amountCents: balanceCents, ...o })).offer;
  };
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  const post = (path: string, form: Record<string, string>) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  const attemptOf = (html: string) => /name="attempt" value="([^"]+)"/.exec(html)![1]!;

  it('shows the balance with labelled fields, takes a partial card payment once even when submitted twice', async () => {
    const link = await offer('C-1', {});
    const page = await get(`/pay/${link.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.html).toContain('Hi Dana');
    expect(page.html).toContain('<label for="amount">');
    const form = { attempt: attemptOf(page.html), amount: '40.00', method: 'card', card: '4242 4242 4242 4242' };
    const paid = await post(`/pay/${link.token}/pay`, form);
    expect(paid.status).toBe(303);
    await post(`/pay/${link.token}/pay`, form);
    expect((await getAccount(db(), 'C-1'))!.balanceCents).toBe(6_000);
    expect((await listAccountEvents(db(), 'C-1')).filter((e) => e.type === 'payment')).toHaveLength(1);
    const after = await get(paid.headers.get('location')!);
    expect(after.html).toMatch(/We received your payment of \$40\.00\. Remaining balance: \$60\.00/);
  });

  it('answers a declined card with other ways to pay, and records the failed payment', async () => {
    const link = await offer('C-2', {});
    const page = await get(`/pay/${link.token}`);
    const res = await post(`/pay/${link.token}/pay`, { attempt: attemptOf(page.html), amount: '100.00', method: 'card', card: '4000 0000 0000 9995' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/insufficient funds.*try another card, or pay by bank transfer/);
    expect((await listAccountEvents(db(), 'C-2'))[0]).toMatchObject({ type: 'payment_failed', payload: { reason: 'your card has insufficient funds' } });
    expect((await getAccount(db(), 'C-2'))!.balanceCents).toBe(10_000);
  });

  it('settles the whole balance for the discount amount paid in time', async () => {
    const discount = await offer('C-3', { kind: 'discount', amountCents: 8_000, percent: 20 });
    const page = await get(`/pay/${discount.token}`);
    expect(page.html).toMatch(/for <strong>\$80\.00<\/strong> \(20% off\)/);
    await post(`/pay/${discount.token}/pay`, { attempt: attemptOf(page.html), amount: '80.00', method: 'bank', bank: '000123456789' });
    expect((await getAccount(db(), 'C-3'))!.balanceCents).toBe(0);
    expect((await listPaymentOffers(db(), 'C-3'))[0]!.status).toBe('paid');
  });

  it('accepts a plan offer into a schedule, then takes the first installment', async () => {
    const plan = await offer('C-4', { kind: 'plan', installments: 4, installmentCents: 2_500, frequency: 'monthly', firstDueDate: '2027-01-15' });
    const page = await get(`/pay/${plan.token}`);
    expect(page.html).toContain('Accept this plan');
    expect((await post(`/pay/${plan.token}/accept-plan`, {})).status).toBe(303);
    expect((await listPlanInstallments(db(), 'C-4')).map((i) => i.dueDate)).toEqual(['2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15']);
    const accepted = await get(`/pay/${plan.token}?result=plan`);
    expect(accepted.html).toContain('Your payment plan is set up');
    await post(`/pay/${plan.token}/pay`, { attempt: attemptOf(accepted.html), amount: '25.00', method: 'card', card: '4242424242424242' });
    expect((await listPlanInstallments(db(), 'C-4'))[0]).toMatchObject({ status: 'paid', paidCents: 2_500 });
    const ledger = await api.get('/api/v1/accounts/C-4/ledger');
    expect(ledger.body).toMatchObject({ balanceCents: 7_500, payments: [{ amountCents: 2_500, kind: 'partial' }], plans: [{ status: 'accepted', installments: [{ seq: 1, status: 'paid' }, { seq: 2, status: 'due' }, {}, {}] }] });
  });

  it('says so when a link is unknown or expired, and refuses an amount beyond the balance', async () => {
    expect((await get('/pay/not-a-token')).status).toBe(404);
    const old = await offer('C-5', { expiresAt: new Date(Date.now() - 1_000) });
    const gone = await get(`/pay/${old.token}`);
    expect(gone.status).toBe(410);
    expect(gone.html).toContain('This offer expired on');
    const link = await offer('C-6', {}, 5_000);
    const page = await get(`/pay/${link.token}`);
    const res = await post(`/pay/${link.token}/pay`, { attempt: attemptOf(page.html), amount: '75.00', method: 'card', card: '4242424242424242' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('amount: pay between 1.00 and 50.00');
    expect((await getAccount(db(), 'C-6'))!.balanceCents).toBe(5_000);
  });

  const acme: CollectorIdentity = {
    legalName: 'Acme Recoveries Holdings LLC',
    displayName: 'Acme Recoveries',
    phone: '+13125550199',
    mailingAddress: { line1: '12 Lake Street', line2: 'Floor 3', city: 'Chicago', state: 'IL', postalCode: '60601' },
    hours: 'Mon–Fri 9–5 CT',
    website: 'https://acme-recoveries.test',
    licences: [
      { state: 'NY', number: '2091234-DCA' },
      { state: 'IL', number: '017.020876' },
    ],
  };

  it("names the account's collector: its names, mailing address, phone, hours, website and the licence for the account's state", async () => {
    await setCollectorIdentity(db(), 'acme-book', acme);
    const link = await offer('C-7', {}, 10_000, { portfolioId: 'acme-book', attributes: { state: 'NY' } });
    const page = await get(`/pay/${link.token}`);
    expect(page.html).toContain('<title>Pay your balance · Acme Recoveries</title>');
    expect(page.html).toContain('Acme Recoveries (Acme Recoveries Holdings LLC) is a debt collector.');
    expect(page.html).toContain('12 Lake Street, Floor 3, Chicago, IL 60601');
    expect(page.html).toContain('<a href="tel:+13125550199">(312) 555-0199</a>, Mon–Fri 9–5 CT');
    expect(page.html).toContain('<a href="https://acme-recoveries.test">https://acme-recoveries.test</a>');
    expect(page.html).toContain('NY license no. 2091234-DCA');
    expect(page.html).not.toContain('IL license no.');
    // A declined card points to the collector's own phone.
    const declined = await post(`/pay/${link.token}/pay`, { attempt: attemptOf(page.html), amount: '10.00', method: 'card', card: '4000 0000 0000 0002' });
    expect(await declined.text()).toMatch(/or call us at <a href="tel:\+13125550199">\(312\) 555-0199<\/a> \(Mon–Fri 9–5 CT\)/);
  });

  it('shows no stand-in collector when the portfolio names none', async () => {
    const link = await offer('C-8', {}, 10_000, { portfolioId: 'no-identity' });
    const page = await get(`/pay/${link.token}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toMatch(/Kairos Collections|555 010 0000|Who we are/);
    const declined = await post(`/pay/${link.token}/pay`, { attempt: attemptOf(page.html), amount: '10.00', method: 'card', card: '4000 0000 0000 0002' });
    expect(await declined.text()).toContain('or call the number in your message.');
  });
});
