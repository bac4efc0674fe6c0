import { expect, it } from 'vitest';
import { getAccount, upsertAccount } from '../accounts/accounts';
import { storeAccountEvent } from '../accounts/account-events';
import { account } from '../fixtures.test-support';
import { createPaymentOffer, listPaymentOffers } from './payment-offers';
import { listDueInstallmentsUpTo, listPlanInstallments } from './payment-ledger';
import { describeEachDatabase } from '../testing';

const at = '2026-11-24T12:00:00Z';
const pay = (eventId: string, amountCents: number, extra: Record<string, unknown> = {}) =>
  ({ type: 'payment', eventId, occurredAt: at, amountCents, ...extra }) as const;

describeEachDatabase('payment ledger', (db) => {
  const makeOffer = (accountId: string, key: string, o: Record<string, unknown>) =>
    createPaymentOffer(db(), { accountId, enrollmentId: null, idempotencyKey: key, expiresAt: new Date('2026-12-01T00:00:00Z'), kind: 'link', amountCents: 0, ...o });

  it('a partial payment lowers the balance and says the balance after it', async () => {
    await upsertAccount(db(), account('L-1', { balanceCents: 10_000 }));
    const { event } = await storeAccountEvent(db(), { source: 'api', accountId: 'L-1', event: pay('p1', 2_500) });
    expect(event.payload).toMatchObject({ amountCents: 2_500, balanceAfterCents: 7_500 });
    expect((await getAccount(db(), 'L-1'))!.balanceCents).toBe(7_500);
  });

  it('paying a settlement discount in time settles the whole balance; paid late it is an ordinary payment', async () => {
    await upsertAccount(db(), account('L-2', { balanceCents: 10_000 }));
    const { offer } = await makeOffer('L-2', 'd-1', { kind: 'discount', amountCents: 8_000, percent: 20 });
    const { event } = await storeAccountEvent(db(), { source: 'api', accountId: 'L-2', event: pay('p2', 8_000) });
    expect(event.payload).toMatchObject({ balanceAfterCents: 0, settledOfferId: offer.id });
    expect((await getAccount(db(), 'L-2'))!.balanceCents).toBe(0);
    expect((await listPaymentOffers(db(), 'L-2'))[0]!.status).toBe('paid');

    await upsertAccount(db(), account('L-3', { balanceCents: 10_000 }));
    await makeOffer('L-3', 'd-2', { kind: 'discount', amountCents: 8_000, percent: 20 });
    const late = await storeAccountEvent(db(), { source: 'api', accountId: 'L-3', event: { ...pay('p3', 8_000), occurredAt: '2026-12-02T00:00:00Z' } });
    expect(late.event.payload).toMatchObject({ balanceAfterCents: 2_000 });
    expect(late.event.payload.settledOfferId).toBeUndefined();
  });

  it('accepting a plan makes its schedule, payments pay installments in order, and a paid-off plan is paid', async () => {
    await upsertAccount(db(), account('L-4', { balanceCents: 10_000 }));
    const { offer: plan } = await makeOffer('L-4', 'pl-1', { kind: 'plan', amountCents: 10_000, installments: 3, installmentCents: 3_334, frequency: 'monthly', firstDueDate: '2026-01-31' });
    await storeAccountEvent(db(), { source: 'checkout', accountId: 'L-4', event: { type: 'plan_accepted', eventId: 'acc-1', occurredAt: at, planId: plan.id, installments: 3 } });
    const schedule = await listPlanInstallments(db(), 'L-4');
    expect(schedule.map((i) => [i.seq, i.dueDate, i.amountCents])).toEqual([
      [1, '2026-01-31', 3_334],
      [2, '2026-02-28', 3_334],
      [3, '2026-03-31', 3_332],
    ]);
    await storeAccountEvent(db(), { source: 'api', accountId: 'L-4', event: pay('i1', 4_000) });
    expect((await listPlanInstallments(db(), 'L-4')).map((i) => [i.status, i.paidCents])).toEqual([['paid', 3_334], ['due', 666], ['due', 0]]);
    expect((await listDueInstallmentsUpTo(db(), '2026-02-28')).filter((r) => r.installment.accountId === 'L-4').map((r) => r.installment.seq)).toEqual([2]);
    await storeAccountEvent(db(), { source: 'api', accountId: 'L-4', event: pay('i2', 6_000) });
    expect((await listPlanInstallments(db(), 'L-4')).every((i) => i.status === 'paid')).toBe(true);
    expect((await listPaymentOffers(db(), 'L-4'))[0]!.status).toBe('paid');
  });

  it('a plan offer is accepted once: a second acceptance makes no second schedule', async () => {
    await upsertAccount(db(), account('L-5', { balanceCents: 6_000 }));
    const { offer: plan } = await makeOffer('L-5', 'pl-2', { kind: 'plan', amountCents: 6_000, installments: 2, installmentCents: 3_000, frequency: 'weekly', firstDueDate: '2026-12-01' });
    const accept = (eventId: string) => storeAccountEvent(db(), { source: 'checkout', accountId: 'L-5', event: { type: 'plan_accepted', eventId, occurredAt: at, planId: plan.id, installments: 2 } });
    await accept('a-1');
    await accept('a-2');
    expect((await listPlanInstallments(db(), 'L-5')).map((i) => i.dueDate)).toEqual(['2026-12-01', '2026-12-08']);
  });

  it('a returned payment is owed again, once, and only for a payment that was booked', async () => {
    await upsertAccount(db(), account('L-6', { balanceCents: 5_000 }));
    await storeAccountEvent(db(), { source: 'stripe', accountId: 'L-6', event: pay('ch-1', 5_000) });
    expect((await getAccount(db(), 'L-6'))!.balanceCents).toBe(0);
    const returned = { type: 'payment_failed', eventId: 'ret-1', occurredAt: at, amountCents: 5_000, returnedEventId: 'ch-1', reason: 'ACH return R01' } as const;
    const { event } = await storeAccountEvent(db(), { source: 'stripe', accountId: 'L-6', event: returned });
    expect(event.payload).toMatchObject({ balanceAfterCents: 5_000 });
    await storeAccountEvent(db(), { source: 'stripe', accountId: 'L-6', event: returned });
    expect((await getAccount(db(), 'L-6'))!.balanceCents).toBe(5_000);
    await storeAccountEvent(db(), { source: 'stripe', accountId: 'L-6', event: { ...returned, eventId: 'ret-2', returnedEventId: 'never-booked' } });
    expect((await getAccount(db(), 'L-6'))!.balanceCents).toBe(5_000);
  });

  it('takes back the payment of the processor reporting the return when two processors used the same id', async () => {
    await upsertAccount(db(), account('L-7', { balanceCents: 10_000 }));
    await storeAccountEvent(db(), { source: 'stripe', accountId: 'L-7', event: pay('same-id', 5_000) });
    await storeAccountEvent(db(), { source: 'payments', accountId: 'L-7', event: pay('same-id', 1_000) });
    expect((await getAccount(db(), 'L-7'))!.balanceCents).toBe(4_000);
    const returned = { type: 'payment_failed', eventId: 'ret-7', occurredAt: at, amountCents: 5_000, returnedEventId: 'same-id', reason: 'ACH return R01' } as const;
    await storeAccountEvent(db(), { source: 'payments', accountId: 'L-7', event: returned });
    // The generic processor's 10.00 came back, not Stripe's 50.00.
    expect((await getAccount(db(), 'L-7'))!.balanceCents).toBe(5_000);
  });
});
