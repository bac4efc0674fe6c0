import { expect, it } from 'vitest';
import { getAccount, upsertAccount } from '../accounts/accounts';
import { patchAccount } from '../accounts/account-patches';
import { onceByKey } from './activity-effects';
import { closeAgentTask, createAgentTask, listAgentTasks } from './agent-tasks';
import { account } from '../fixtures.test-support';
import { createPaymentOffer, getPaymentOfferByToken, openOffers } from '../payments/payment-offers';
import { recordPlacement } from './placements';
import { describeEachDatabase } from '../testing';

describeEachDatabase('collections actions', (db) => {
  it('makes a payment offer once per idempotency key and finds the newest open one of each kind', async () => {
    await upsertAccount(db(), account('O-1'));
    const base = { accountId: 'O-1', enrollmentId: null, expiresAt: new Date('2026-12-31T00:00:00Z') };
    const first = await createPaymentOffer(db(), { ...base, idempotencyKey: 'k1', kind: 'link', amountCents: 5_000 });
    const again = await createPaymentOffer(db(), { ...base, idempotencyKey: 'k1', kind: 'link', amountCents: 9_999 });
    expect(first.created).toBe(true);
    expect(again).toEqual({ offer: first.offer, created: false });
    expect(first.offer.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    await createPaymentOffer(db(), { ...base, idempotencyKey: 'k2', kind: 'discount', amountCents: 4_000, percent: 20 });
    await createPaymentOffer(db(), { ...base, idempotencyKey: 'k3', kind: 'link', amountCents: 1_000, expiresAt: new Date('2026-01-01T00:00:00Z') });
    const open = await openOffers(db(), 'O-1', new Date('2026-12-01T00:00:00Z'));
    expect(open.link?.id).toBe(first.offer.id);
    expect(open.discount?.percent).toBe(20);
    expect(open.plan).toBeUndefined();
    expect((await getPaymentOfferByToken(db(), first.offer.token))?.id).toBe(first.offer.id);
  });

  it('queues agent tasks once, most urgent first, and closes each once', async () => {
    await upsertAccount(db(), account('Q-1'));
    const t = (key: string, priority: 'low' | 'urgent', due: string) =>
      createAgentTask(db(), { idempotencyKey: key, accountId: 'Q-1', enrollmentId: null, queue: 'late', priority, note: key, dueAt: new Date(due) });
    await t('a', 'low', '2026-12-01T00:00:00Z');
    await t('b', 'urgent', '2026-12-05T00:00:00Z');
    expect((await t('a', 'low', '2026-12-01T00:00:00Z')).created).toBe(false);
    const queue = await listAgentTasks(db(), { queue: 'late', limit: 10 });
    expect(queue.map((x) => x.note)).toEqual(['b', 'a']);
    expect(await closeAgentTask(db(), queue[0]!.id, 'done')).toMatchObject({ status: 'done' });
    expect(await closeAgentTask(db(), queue[0]!.id, 'done')).toBeNull();
    expect(await listAgentTasks(db(), { queue: 'late', limit: 10 })).toHaveLength(1);
  });

  it('records a placement decision once', async () => {
    await upsertAccount(db(), account('P-1'));
    const p = { idempotencyKey: 'pl', accountId: 'P-1', enrollmentId: null, placedWith: 'agency' as const, partner: 'Acme', balanceCents: 9_000, status: 'placed' as const };
    expect((await recordPlacement(db(), p)).created).toBe(true);
    expect((await recordPlacement(db(), { ...p, status: 'blocked' })).placement.status).toBe('placed');
  });

  it('merges attributes and moves the due date without touching the rest of the account', async () => {
    await upsertAccount(db(), { ...account('A-1'), attributes: { tier: 2 } });
    const [one, two] = await Promise.all([
      patchAccount(db(), 'A-1', { attributes: { hardship: true } }),
      patchAccount(db(), 'A-1', { attributes: { segment: 'recovery' } }),
    ]);
    expect(one && two).toBeTruthy();
    await patchAccount(db(), 'A-1', { dueDate: '2026-12-15' });
    expect(await getAccount(db(), 'A-1')).toMatchObject({ dueDate: '2026-12-15', attributes: { tier: 2, hardship: true, segment: 'recovery' }, name: account('A-1').name });
    expect(await patchAccount(db(), 'NOPE', { dueDate: '2026-12-15' })).toBeNull();
  });

  it('acts at most once per key, even when retried concurrently', async () => {
    let acted = 0;
    const act = () => onceByKey(db(), { idempotencyKey: 'eff-1', activity: 'extendDueDate', accountId: 'X' }, async () => ({ n: ++acted }));
    const results = await Promise.all([act(), act(), act()]);
    expect(acted).toBe(1);
    expect(results.map((r) => r.result)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });
});
