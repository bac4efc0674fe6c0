import { expect, it } from 'vitest';
import type { AccountEvent } from '@kairos/cadence';
import { getAccount, upsertAccount } from './accounts';
import { findAccountEvent, listAccountEvents, listUnsignalledEvents, markEventSignalled, storeAccountEvent, storePortfolioEvent, toAccountEvent } from './account-events';
import { account } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

describeEachDatabase('account events', (db) => {
  const payment = (eventId: string, amountCents: number): AccountEvent => ({
    type: 'payment',
    eventId,
    occurredAt: '2026-11-24T12:00:00.000Z',
    amountCents,
  });

  it('stores a payment once and lowers the balance exactly once', async () => {
    await upsertAccount(db(), account('P-1', { balanceCents: 10_000 }));
    const first = await storeAccountEvent(db(), { source: 'api', accountId: 'P-1', event: payment('pay-1', 4_000) });
    const dup = await storeAccountEvent(db(), { source: 'api', accountId: 'P-1', event: payment('pay-1', 9_999) });
    expect(first.duplicate).toBe(false);
    expect(dup).toEqual({ event: first.event, duplicate: true });
    expect((await getAccount(db(), 'P-1'))?.balanceCents).toBe(6_000);
    await storeAccountEvent(db(), { source: 'api', accountId: 'P-1', event: payment('pay-2', 50_000) });
    expect((await getAccount(db(), 'P-1'))?.balanceCents).toBe(0);
    expect(toAccountEvent(first.event)).toEqual({ ...payment('pay-1', 4_000), balanceAfterCents: 6_000 });
  });

  it('keeps the same event id from different sources apart', async () => {
    const a = await storeAccountEvent(db(), { source: 'stripe', accountId: 'P-1', event: payment('evt-9', 1) });
    const b = await storeAccountEvent(db(), { source: 'api', accountId: 'P-1', event: payment('evt-9', 1) });
    expect(a.duplicate || b.duplicate).toBe(false);
  });

  it('lowers the balance once when the same payment arrives several times at once', async () => {
    await upsertAccount(db(), account('P-2', { balanceCents: 10_000 }));
    const results = await Promise.all([1, 2, 3].map(() => storeAccountEvent(db(), { source: 'psp', accountId: 'P-2', event: payment('pay-x', 2_500) })));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(new Set(results.map((r) => r.event.id)).size).toBe(1);
    expect((await getAccount(db(), 'P-2'))?.balanceCents).toBe(7_500);
  });

  it('keeps no stored event when lowering the balance fails in the same transaction', async () => {
    await upsertAccount(db(), account('P-3', { balanceCents: 10_000 }));
    // Valid for the event schema (a positive integer) but beyond bigint: the insert succeeds, the update fails.
    await expect(storeAccountEvent(db(), { source: 'api', accountId: 'P-3', event: payment('huge', 1e20) })).rejects.toThrow();
    expect(await listAccountEvents(db(), 'P-3')).toEqual([]);
    expect((await getAccount(db(), 'P-3'))?.balanceCents).toBe(10_000);
    // The same event id is still free: nothing half-written blocks a corrected retry.
    expect((await storeAccountEvent(db(), { source: 'api', accountId: 'P-3', event: payment('huge', 100) })).duplicate).toBe(false);
  });

  it('writes nothing when the account does not exist', async () => {
    await expect(storeAccountEvent(db(), { source: 'api', accountId: 'ghost', event: payment('g-1', 100) })).rejects.toThrow();
    expect(await listAccountEvents(db(), 'ghost')).toEqual([]);
  });

  it('stores an event Kairos or a user reports under its account\'s portfolio', async () => {
    await upsertAccount(db(), account('Q-1', { portfolioId: 'cards' }));
    const { event } = await storeAccountEvent(db(), { source: 'api', accountId: 'Q-1', event: payment('q-1', 100) });
    expect(event).toMatchObject({ portfolioId: 'cards', source: 'api', eventId: 'q-1' });
    expect(await findAccountEvent(db(), { portfolioId: 'cards', source: 'api', eventId: 'q-1' })).toEqual(event);
    expect(await findAccountEvent(db(), { portfolioId: 'default', source: 'api', eventId: 'q-1' })).toBeNull();
  });

  it('books a signed event only on an account of the portfolio that signed it, storing nothing otherwise', async () => {
    await upsertAccount(db(), account('Q-2', { portfolioId: 'loans', balanceCents: 10_000 }));
    const crossed = await storePortfolioEvent(db(), { portfolioId: 'cards', source: 'payments', accountId: 'Q-2', event: payment('q-2', 4_000) });
    expect(crossed).toEqual({ notInPortfolio: { accountId: 'Q-2', portfolioId: 'cards' } });
    // An account that does not exist is refused the same way: the caller learns nothing of other portfolios.
    expect(await storePortfolioEvent(db(), { portfolioId: 'cards', source: 'payments', accountId: 'ghost', event: payment('q-2', 4_000) })).toEqual({
      notInPortfolio: { accountId: 'ghost', portfolioId: 'cards' },
    });
    expect(await listAccountEvents(db(), 'Q-2')).toEqual([]);
    expect((await getAccount(db(), 'Q-2'))?.balanceCents).toBe(10_000);
    const booked = await storePortfolioEvent(db(), { portfolioId: 'loans', source: 'payments', accountId: 'Q-2', event: payment('q-2', 4_000) });
    expect(booked).toMatchObject({ duplicate: false, event: { portfolioId: 'loans', accountId: 'Q-2' } });
    expect((await getAccount(db(), 'Q-2'))?.balanceCents).toBe(6_000);
  });

  it('keeps one processor\'s event id in two portfolios apart, and stores each portfolio\'s replay once', async () => {
    await upsertAccount(db(), account('Q-3', { portfolioId: 'cards', balanceCents: 10_000 }));
    await upsertAccount(db(), account('Q-4', { portfolioId: 'loans', balanceCents: 10_000 }));
    const inCards = { portfolioId: 'cards', source: 'stripe', accountId: 'Q-3', event: payment('pi_same', 1_000) };
    const inLoans = { portfolioId: 'loans', source: 'stripe', accountId: 'Q-4', event: payment('pi_same', 2_000) };
    const first = [await storePortfolioEvent(db(), inCards), await storePortfolioEvent(db(), inLoans)];
    const again = [await storePortfolioEvent(db(), inCards), await storePortfolioEvent(db(), inLoans)];
    expect(first.map((r) => 'duplicate' in r && r.duplicate)).toEqual([false, false]);
    expect(again.map((r) => 'duplicate' in r && r.duplicate)).toEqual([true, true]);
    expect([(await getAccount(db(), 'Q-3'))?.balanceCents, (await getAccount(db(), 'Q-4'))?.balanceCents]).toEqual([9_000, 8_000]);
  });

  it('lists unsignalled events for the sweep until they are marked signalled', async () => {
    const { event } = await storeAccountEvent(db(), {
      source: 'api',
      accountId: 'P-1',
      event: { type: 'promise', eventId: 'pr-1', occurredAt: '2026-11-24T12:00:00Z', amountCents: 500, promisedDate: '2026-12-01' },
    });
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await listUnsignalledEvents(db(), { receivedBefore: later, limit: 100 })).map((e) => e.id)).toContain(event.id);
    await markEventSignalled(db(), event.id);
    expect((await listUnsignalledEvents(db(), { receivedBefore: later, limit: 100 })).map((e) => e.id)).not.toContain(event.id);
    expect(toAccountEvent(event)).toMatchObject({ type: 'promise', promisedDate: '2026-12-01', amountCents: 500 });
  });
});
