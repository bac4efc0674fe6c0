// The consent ledger: every message a customer sent in, kept once per (portfolio, provider, message id)
// with what it meant for consent and what that did. Recording it and doing it are one transaction, so a
// message is either recorded with its effect or not at all; a replay finds it and does nothing.
import { and, asc, eq } from 'drizzle-orm';
import type { InboundConsent } from '@kairos/compliance';
import type { KairosDb } from '../database/connection';
import { storeAccountEventIn, type AccountEventRow } from './account-events';
import { accountsAtContact, applyChannelOptOutIn } from './opt-outs';
import { consentLedger } from '../schema';

export type ConsentLedgerRow = typeof consentLedger.$inferSelect;

export interface InboundMessage {
  /** The portfolio whose webhook received it: its effects stay inside this portfolio. */
  portfolioId: string;
  provider: string;
  /** The provider's id of the message (Twilio's MessageSid): what tells a new message from a replay. */
  messageId: string;
  channel: ConsentLedgerRow['channel'];
  /** A phone number (E.164), or an email address for email. */
  from: string;
  to: string | null;
  text: string;
  receivedAt: Date;
  /** What the message means for consent, as decided by `classifyInboundMessage`. */
  consent: InboundConsent;
}

export type InboundReceipt =
  /** Recorded before: nothing was done now. */
  | { duplicate: true; entry: ConsentLedgerRow }
  /** Recorded with its effect, and stored as a `reply` event of each account at the sender's contact point (to be signalled). */
  | { duplicate: false; entry: ConsentLedgerRow; replies: AccountEventRow[] };

/**
 * Record an inbound message and, in the same transaction, apply its consent effect to every account of
 * the portfolio at the sender's contact point (audited) and store it as a `reply` event of each.
 */
export async function receiveInboundMessage(db: KairosDb, m: InboundMessage): Promise<InboundReceipt> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as KairosDb;
    const [entry] = await tx
      .insert(consentLedger)
      .values({
        portfolioId: m.portfolioId,
        provider: m.provider,
        messageId: m.messageId,
        channel: m.channel,
        fromContact: m.from,
        toContact: m.to,
        keywordClass: m.consent.keywordClass,
        keyword: m.consent.keyword,
        consentEffect: m.consent.consentEffect,
        receivedAt: m.receivedAt,
      })
      .onConflictDoNothing({ target: [consentLedger.portfolioId, consentLedger.provider, consentLedger.messageId] })
      .returning();
    if (!entry) {
      // A replay (or the provider retrying): Twilio signatures carry no timestamp, so only this row tells.
      const [known] = await tx.select().from(consentLedger).where(sameMessage(m));
      return { duplicate: true, entry: known! };
    }
    const contact = m.channel === 'email' ? { email: m.from } : { phone: m.from };
    const changed =
      m.consent.consentEffect === 'none'
        ? []
        : await applyChannelOptOutIn(tx, {
            contact,
            portfolioId: m.portfolioId,
            channel: m.channel,
            optIn: m.consent.consentEffect === 'opt_in',
            source: `provider:${m.provider}`,
            detail: { keyword: m.consent.keyword, messageId: m.messageId },
          });
    const accounts = await accountsAtContact(tx, contact, m.portfolioId);
    const replies: AccountEventRow[] = [];
    for (const { id } of accounts) {
      const { event } = await storeAccountEventIn(tx, {
        source: m.provider,
        accountId: id,
        event: { type: 'reply', eventId: `${m.messageId}:${id}`, occurredAt: m.receivedAt.toISOString(), channel: m.channel, text: m.text.slice(0, 5000) },
      });
      replies.push(event);
    }
    const [recorded] = await tx
      .update(consentLedger)
      .set({ accountIds: accounts.map((a) => a.id), changedAccountIds: changed })
      .where(eq(consentLedger.id, entry.id))
      .returning();
    return { duplicate: false, entry: recorded!, replies };
  });
}

const sameMessage = (m: Pick<InboundMessage, 'portfolioId' | 'provider' | 'messageId'>) =>
  and(eq(consentLedger.portfolioId, m.portfolioId), eq(consentLedger.provider, m.provider), eq(consentLedger.messageId, m.messageId));

/** What a sender wrote to a portfolio, oldest first: the history behind their consent on each channel. */
export function listConsentLedger(db: KairosDb, f: { portfolioId: string; from: string; limit?: number }): Promise<ConsentLedgerRow[]> {
  return db
    .select()
    .from(consentLedger)
    .where(and(eq(consentLedger.portfolioId, f.portfolioId), eq(consentLedger.fromContact, f.from)))
    .orderBy(asc(consentLedger.receivedAt), asc(consentLedger.recordedAt))
    .limit(f.limit ?? 500);
}
