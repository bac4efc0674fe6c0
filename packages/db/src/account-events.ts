import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { AccountEvent } from '@kairos/cadence';
import type { KairosDb } from './connection';
import { applyLedgerEffects } from './payment-ledger';
import { accountEvents, accounts } from './schema';

export type AccountEventRow = typeof accountEvents.$inferSelect;

/**
 * Store an account event once per (source, event id). A new payment lowers the balance (through the
 * payment ledger: settlements, plan installments, returned payments), and a dispute opens one on the
 * account, in the same transaction: the event and the account never disagree.
 */
export async function storeAccountEvent(
  db: KairosDb,
  e: { source: string; accountId: string; event: AccountEvent },
): Promise<{ event: AccountEventRow; duplicate: boolean }> {
  return db.transaction((tx) => storeAccountEventIn(tx as unknown as KairosDb, e));
}

/** `storeAccountEvent` inside a transaction the caller holds (the plan sweep marks the installment in it too). */
export async function storeAccountEventIn(
  tx: KairosDb,
  e: { source: string; accountId: string; event: AccountEvent },
): Promise<{ event: AccountEventRow; duplicate: boolean }> {
  const { type, eventId, occurredAt, ...payload } = e.event;
  const [inserted] = await tx
    .insert(accountEvents)
    .values({ source: e.source, eventId, accountId: e.accountId, type, payload, occurredAt: new Date(occurredAt) })
    .onConflictDoNothing({ target: [accountEvents.source, accountEvents.eventId] })
    .returning();
  if (!inserted) {
    const [stored] = await tx
      .select()
      .from(accountEvents)
      .where(and(eq(accountEvents.source, e.source), eq(accountEvents.eventId, eventId)));
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
  const effect = await applyLedgerEffects(tx, e.accountId, e.event);
  if (Object.keys(effect).length === 0) return { event: inserted, duplicate: false };
  // The signal carries the ledger's balance, so running cadences see a settlement as paid in full.
  const [withEffect] = await tx
    .update(accountEvents)
    .set({ payload: { ...payload, ...effect } })
    .where(eq(accountEvents.id, inserted.id))
    .returning();
  return { event: withEffect!, duplicate: false };
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

/** A stored event by who sent it and their id for it (a chargeback finds the payment it takes back). */
export async function findAccountEvent(db: KairosDb, source: string, eventId: string): Promise<AccountEventRow | null> {
  const [row] = await db.select().from(accountEvents).where(and(eq(accountEvents.source, source), eq(accountEvents.eventId, eventId)));
  return row ?? null;
}
