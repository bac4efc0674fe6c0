// Every contact attempt across cadences and agents, the compliance decision behind it, and its delivery receipts.
import { boolean, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { DeliveryStatus } from '@kairos/providers';
import { accounts } from './accounts';
import { createdAt, instant, writtenBy, xid8 } from './columns';
import { enrollments } from './enrollments';

/** Every contact attempt, across cadences and agents: the ledger compliance decisions read. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** enrollment:step:attempt — a retried activity finds its earlier attempt instead of sending again. */
    idempotencyKey: text('idempotency_key').notNull(),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    stepId: text('step_id'),
    channel: text('channel').notNull(),
    provider: text('provider').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: text('status').$type<ContactStatus>().notNull().default('pending'),
    /** How a call ended (no_answer, conversation, voicemail, busy, ...); messages: delivered or failed. Read by the call caps. */
    outcome: text('outcome'),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: createdAt(),
    /** Set just before the provider is called: a retry that finds it set knows the message may be out (see `outcome_unknown`). */
    dispatchedAt: instant('dispatched_at'),
    sentAt: instant('sent_at'),
    /** When the latest delivery receipt moved the status (queued, sent, delivered, failed, bounced). */
    statusAt: instant('status_at'),
    /** The provider's own word for the latest status (Twilio's `undelivered`, an SMTP reply code, ...). */
    providerStatus: text('provider_status'),
  },
  (t) => [
    uniqueIndex('contact_attempts_idempotency').on(t.idempotencyKey),
    index('contact_attempts_account_time').on(t.accountId, t.createdAt),
    index('contact_attempts_provider_message').on(t.providerMessageId),
  ],
);

/**
 * `pending`: decided and recorded before the provider is called. `outcome_unknown`: the worker stopped
 * between handing the message over and booking the answer, so it may have reached the customer; it is
 * never sent again, counts as a contact, and the provider's status callback settles it.
 */
export const CONTACT_STATUSES = ['pending', 'outcome_unknown', 'queued', 'sent', 'delivered', 'failed', 'bounced', 'skipped', 'blocked'] as const;

export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/**
 * Every run-time compliance decision (allow, defer, block) about a contact attempt, written in the
 * transaction that read the contact history and recorded the attempt.
 */
export const contactDecisions = pgTable(
  'contact_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    idempotencyKey: text('idempotency_key').notNull(),
    enrollmentId: uuid('enrollment_id'),
    stepId: text('step_id'),
    channel: text('channel').notNull(),
    profile: text('profile').notNull(),
    /** The instant decided about. */
    decidedAt: instant('decided_at').notNull(),
    decision: text('decision').$type<'allow' | 'defer' | 'block'>().notNull(),
    rule: text('rule').notNull(),
    until: instant('until'),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    contactAttemptId: uuid('contact_attempt_id'),
    writtenByTx: writtenBy(),
  },
  (t) => [
    index('contact_decisions_account').on(t.accountId, t.decidedAt),
    index('contact_decisions_key').on(t.idempotencyKey),
    index('contact_decisions_written_by_tx').on(t.writtenByTx),
  ],
);

/** What the sandbox channel provider "sent": the embedded product's outbox. */
export const sandboxOutbox = pgTable(
  'sandbox_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull(),
    accountId: text('account_id').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sandbox_outbox_idempotency').on(t.idempotencyKey), index('sandbox_outbox_account').on(t.accountId, t.createdAt)],
);

/**
 * Provider status callbacks, stored first (once per portfolio and provider event) and then applied to
 * their contact attempt, which must be of an account of the same portfolio.
 */
export const deliveryReceipts = pgTable(
  'delivery_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * The portfolio whose secret verified the callback (the sandbox's: its message's account's). Null only
     * on receipts stored before receipts were bound to portfolios whose message matched no contact attempt:
     * kept for the record, applied to nothing.
     */
    portfolioId: text('portfolio_id'),
    provider: text('provider').notNull(),
    /** The provider's id of the callback, or message id + status when the provider gives none (Twilio). */
    receiptKey: text('receipt_key').notNull(),
    providerMessageId: text('provider_message_id').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull(),
    providerStatus: text('provider_status').notNull(),
    /** How a call ended (no_answer, busy, conversation), for the call caps; messages: delivered or failed. */
    outcome: text('outcome'),
    error: text('error'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: createdAt('received_at'),
    /** Null until applied to a contact attempt (the receipt may arrive before the send is booked). */
    appliedAt: instant('applied_at'),
    /** The transaction that applied it, and whether it moved the attempt's status (forward only): a delivery analytics event. */
    appliedByTx: xid8('applied_by_tx'),
    advancedStatus: boolean('advanced_status').notNull().default(false),
  },
  (t) => [
    uniqueIndex('delivery_receipts_key').on(t.portfolioId, t.provider, t.receiptKey),
    index('delivery_receipts_message').on(t.providerMessageId),
    index('delivery_receipts_applied_by_tx').on(t.appliedByTx),
  ],
);

/** One stored contact attempt, as the ledger, the outbox and receipts read it. */
export type ContactAttemptRow = typeof contactAttempts.$inferSelect;
