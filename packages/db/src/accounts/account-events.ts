import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { AccountEvent } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { applyLedgerEffects } from '../payments/payment-ledger';
import { accountEvents, accounts } from '../schema';
import { standingAfter } from './account-standing';

export type AccountEventRow = typeof accountEvents.$inferSelect;

export interface AccountEventInput {
  /** Who reports it: a processor (`stripe`, `payments`), `checkout`, `api`, a provider of replies. */
  source: string;
  accountId: string;
  event: AccountEvent;
}
export interface StoredAccountEvent {
  event: AccountEventRow;
  duplicate: boolean;
}

/**
 * Store an account event that Kairos or a signed-in user reports, once per (the account's portfolio,
 * source, event id). A new payment lowers the balance (through the payment ledger: settlements, plan
 * installments, returned payments), and a dispute opens one on the account, in the same transaction:
 * the event and the account never disagree.
 */
export async function storeAccountEvent(db: KairosDb, e: AccountEventInput): Promise<StoredAccountEvent> {
  return db.transaction((tx) => storeAccountEventIn(tx as unknown as KairosDb, e));
}

/** `storeAccountEvent` inside a transaction the caller holds (the plan sweep marks the installment in it too). */
export async function storeAccountEventIn(tx: KairosDb, e: AccountEventInput): Promise<StoredAccountEvent> {
  const portfolioId = await lockAccountPortfolio(tx, e.accountId);
  if (portfolioId === null) throw new Error(`account ${e.accountId} does not exist: no event is stored for it`);
  return storeIn(tx, portfolioId, e);
}

/**
 * Store an event signed with `portfolioId`'s secret (a processor's webhook): only on an account of that
 * portfolio, once per (portfolio, source, event id). An account that does not exist and one of another
 * portfolio are refused alike, so the answer tells nothing about other portfolios.
 */
export async function storePortfolioEvent(
  db: KairosDb,
  e: AccountEventInput & { portfolioId: string },
): Promise<StoredAccountEvent | { notInPortfolio: { accountId: string; portfolioId: string } }> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as KairosDb;
    // Locked: the account cannot move to another portfolio between this check and the booking.
    if ((await lockAccountPortfolio(t, e.accountId)) !== e.portfolioId) return { notInPortfolio: { accountId: e.accountId, portfolioId: e.portfolioId } };
    return storeIn(t, e.portfolioId, e);
  });
}

async function lockAccountPortfolio(tx: KairosDb, accountId: string): Promise<string | null> {
  const [row] = await tx.select({ portfolioId: accounts.portfolioId }).from(accounts).where(eq(accounts.id, accountId)).for('update');
  return row?.portfolioId ?? null;
}

const sameEvent = (portfolioId: string, source: string, eventId: string) =>
  and(eq(accountEvents.portfolioId, portfolioId), eq(accountEvents.source, source), eq(accountEvents.eventId, eventId));

async function storeIn(tx: KairosDb, portfolioId: string, e: AccountEventInput): Promise<StoredAccountEvent> {
  const { type, eventId, occurredAt, ...payload } = e.event;
  const [inserted] = await tx
    .insert(accountEvents)
    .values({ portfolioId, source: e.source, eventId, accountId: e.accountId, type, payload, occurredAt: new Date(occurredAt) })
    .onConflictDoNothing({ target: [accountEvents.portfolioId, accountEvents.source, accountEvents.eventId] })
    .returning();
  if (!inserted) {
    const [stored] = await tx.select().from(accountEvents).where(sameEvent(portfolioId, e.source, eventId));
    return { event: stored!, duplicate: true };
  }
  if (e.event.type === 'dispute') {
    // A dispute stops collection at once (Reg F 1006.38): every later contact decision sees it.
    await tx
      .update(accounts)
      .set({ disputeStatus: 'open', disputeOpenedAt: new Date(occurredAt), updatedAt: sql`now()` })
      .where(eq(accounts.id, e.accountId));
  }
  if (e.event.type === 'dispute_resolved') {
    // Verification sent (or the dispute withdrawn): collection may resume.
    await tx.update(accounts).set({ disputeStatus: 'verified', updatedAt: sql`now()` }).where(eq(accounts.id, e.accountId));
  }
  const effect = await applyLedgerEffects(tx, e.accountId, e.event, e.source);
  await keepStanding(tx, e.accountId, e.event, effect.balanceAfterCents);
  if (Object.keys(effect).length === 0) return { event: inserted, duplicate: false };
  // The signal carries the ledger's balance, so running cadences see a settlement as paid in full.
  const [withEffect] = await tx
    .update(accountEvents)
    .set({ payload: { ...payload, ...effect } })
    .where(eq(accountEvents.id, inserted.id))
    .returning();
  return { event: withEffect!, duplicate: false };
}

/** Keep the account's promise and plan columns true to the event, in the storing transaction (the row is locked). */
async function keepStanding(tx: KairosDb, accountId: string, event: AccountEvent, balanceAfterCents: number | undefined) {
  const [now] = await tx
    .select({ openPromiseDate: accounts.openPromiseDate, openPromiseCents: accounts.openPromiseCents, activePlanId: accounts.activePlanId })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!now) return;
  const next = standingAfter(now, event, balanceAfterCents);
  if (next.openPromiseDate === now.openPromiseDate && next.openPromiseCents === now.openPromiseCents && next.activePlanId === now.activePlanId) return;
  await tx.update(accounts).set({ ...next, updatedAt: sql`now()` }).where(eq(accounts.id, accountId));
}

export async function markEventSignalled(db: KairosDb, id: string): Promise<void> {
  await db.update(accountEvents).set({ signalledAt: sql`now()` }).where(eq(accountEvents.id, id));
}

/** Events stored but not yet delivered to workflows, oldest first: what the sweep re-delivers. */
export function listUnsignalledEvents(db: KairosDb, f: { receivedBefore: string; limit: number }): Promise<AccountEventRow[]> {
  return db
    .select()
    .from(accountEvents)
    .where(and(isNull(accountEvents.signalledAt), lt(accountEvents.receivedAt, new Date(f.receivedBefore))))
    .orderBy(asc(accountEvents.receivedAt))
    .limit(f.limit);
}

export function listAccountEvents(db: KairosDb, accountId: string): Promise<AccountEventRow[]> {
  return db.select().from(accountEvents).where(eq(accountEvents.accountId, accountId)).orderBy(asc(accountEvents.occurredAt));
}

/** The signal payload a stored event is delivered as. */
export function toAccountEvent(row: AccountEventRow): AccountEvent {
  return { ...row.payload, type: row.type, eventId: row.eventId, occurredAt: row.occurredAt.toISOString() } as AccountEvent;
}

export async function getAccountEvent(db: KairosDb, id: string): Promise<AccountEventRow | null> {
  const [row] = await db.select().from(accountEvents).where(eq(accountEvents.id, id));
  return row ?? null;
}

/** A stored event by portfolio, who sent it and their id for it (a chargeback finds the payment it takes back). */
export async function findAccountEvent(db: KairosDb, k: { portfolioId: string; source: string; eventId: string }): Promise<AccountEventRow | null> {
  const [row] = await db.select().from(accountEvents).where(sameEvent(k.portfolioId, k.source, k.eventId));
  return row ?? null;
}
