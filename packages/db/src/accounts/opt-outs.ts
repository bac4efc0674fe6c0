// Opt-outs said on a channel (a texted STOP, an email unsubscribe): applied at once to every account
// reached at that contact point, in one transaction with its audit rows.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { AccountCompliance } from '@kairos/compliance';
import type { KairosDb } from '../database/connection';
import { appendAudit } from '../audit/audit';
import { accounts } from '../schema';
import { appendAnalyticsEvents, type NewAnalyticsEvent } from '../analytics/log';

type OptChannel = AccountCompliance['optOuts'][number];

/** Accounts reached at a phone number or email address (within a portfolio, if given). */
export function accountsAtContact(db: KairosDb, contact: { phone: string } | { email: string }, portfolioId?: string): Promise<Array<{ id: string }>> {
  const where = [
    'phone' in contact ? eq(accounts.phone, contact.phone) : sql`lower(${accounts.email}) = lower(${contact.email})`,
    ...(portfolioId ? [eq(accounts.portfolioId, portfolioId)] : []),
  ];
  return db.select({ id: accounts.id }).from(accounts).where(and(...where)).orderBy(asc(accounts.id));
}

/** Who opts out of or back into a channel, and on whose word. */
export interface ChannelOptOut {
  /** A contact point (every account reached there), or one account (an unsubscribe link to an account without an email on file). */
  contact: { phone: string } | { email: string } | { accountId: string };
  portfolioId?: string;
  channel: OptChannel;
  optIn: boolean;
  /** Who reported it: `provider:twilio`, `provider:sandbox`, ... */
  source: string;
  detail: Record<string, unknown>;
}

/**
 * Opt the accounts at `phone` or `email` (within a portfolio, if given), or the one account named, out of `channel`, or back in.
 * Answers the ids of the accounts whose facts changed; an account already in that state is left alone.
 */
export async function applyChannelOptOut(db: KairosDb, o: ChannelOptOut): Promise<string[]> {
  return db.transaction((tx) => applyChannelOptOutIn(tx as unknown as KairosDb, o));
}

/** `applyChannelOptOut` inside a transaction the caller holds (the consent ledger records the message in it too). */
export async function applyChannelOptOutIn(tx: KairosDb, o: ChannelOptOut): Promise<string[]> {
  const where = [
    'accountId' in o.contact ? eq(accounts.id, o.contact.accountId)
    : 'phone' in o.contact ? eq(accounts.phone, o.contact.phone)
    : sql`lower(${accounts.email}) = lower(${o.contact.email})`,
    ...(o.portfolioId ? [eq(accounts.portfolioId, o.portfolioId)] : []),
  ];
  // Locked in id order: two messages from one number at once wait for each other rather than deadlock.
  const rows = await tx.select({ id: accounts.id, optOuts: accounts.optOuts }).from(accounts).where(and(...where)).orderBy(asc(accounts.id)).for('update');
  const changed: string[] = [];
  for (const row of rows) {
    const has = row.optOuts.includes(o.channel);
    if (has === !o.optIn) continue;
    const optOuts = o.optIn ? row.optOuts.filter((c) => c !== o.channel) : [...row.optOuts, o.channel];
    await tx.update(accounts).set({ optOuts, updatedAt: sql`now()` }).where(eq(accounts.id, row.id));
    const audit = await appendAudit(tx, {
      actor: { id: o.source },
      action: o.optIn ? 'opt_in' : 'opt_out',
      detail: { accountId: row.id, channel: o.channel, ...o.detail },
    });
    if (!o.optIn) {
      const events: NewAnalyticsEvent[] = [{ idempotencyKey: `opt-out:${audit.id}`, type: 'opt_out', occurredAt: audit.at, channel: o.channel, detail: { source: o.source } }];
      // A spam complaint is a guardrail of its own (carriers and mailbox providers count them).
      if (o.detail.keyword === 'complaint') events.push({ idempotencyKey: `complaint:${audit.id}`, type: 'complaint', occurredAt: audit.at, channel: o.channel });
      await appendAnalyticsEvents(tx, { accountId: row.id }, events);
    }
    changed.push(row.id);
  }
  return changed;
}
