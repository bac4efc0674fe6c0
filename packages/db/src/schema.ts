// Kairos tables. Money is integer cents; instants are timestamptz; dates are local calendar dates.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AccountEventType, AccountSnapshot, CadenceGraph, CadenceIR, CollectorIdentity, ExitReason } from '@kairos/cadence';
import type { AccountCompliance, ConsentEffect, KeywordClass } from '@kairos/compliance';
import type { ReviewStatus, Role } from '@kairos/review';

const createdAt = (name = 'created_at') => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A transaction id (64-bit, never wraps): what the analytics projection orders committed facts by. */
export const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });
/**
 * The id of the transaction that wrote the row. The analytics projection reads the facts written by
 * transactions that have all finished (below the snapshot's xmin), so none is missed or read twice.
 */
const writtenBy = (name = 'written_by_tx') => xid8(name).notNull().default(sql`pg_current_xact_id()`);

export const accounts = pgTable('accounts', {
  id: text('id').primaryKey(), // the creditor's account reference
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  balanceCents: bigint('balance_cents', { mode: 'number' }).notNull(),
  currency: text('currency').notNull().default('USD'),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  timezone: text('timezone').notNull().default('UTC'),
  language: text('language').notNull().default('en'),
  consents: jsonb('consents').$type<AccountSnapshot['consents']>().notNull().default({}),
  attributes: jsonb('attributes').$type<AccountSnapshot['attributes']>().notNull().default({}),
  // Compliance facts: what decides whether and when the holder may be contacted.
  /** The account's own profile; null: its portfolio's (`settings.complianceProfile`), else the configured default. */
  complianceProfile: text('compliance_profile'),
  /** Further zones the holder may be in (uncertain location); the account's own zone always counts. */
  possibleTimezones: jsonb('possible_timezones').$type<string[]>().notNull().default([]),
  phoneType: text('phone_type').$type<AccountCompliance['phoneType']>().notNull().default('unknown'),
  optOuts: jsonb('opt_outs').$type<AccountCompliance['optOuts']>().notNull().default([]),
  ceaseCommunication: boolean('cease_communication').notNull().default(false),
  disputeStatus: text('dispute_status').$type<AccountCompliance['dispute']['status']>().notNull().default('none'),
  disputeOpenedAt: instant('dispute_opened_at'),
  inconvenientTimes: jsonb('inconvenient_times').$type<AccountCompliance['inconvenientTimes']>().notNull().default([]),
  /** When the holder last gave consent directly to be called (Reg F 1006.14(b)(3)(i): calls in the 7 days after do not count). */
  callConsentAt: instant('call_consent_at'),
  /** Which portfolio's providers and credentials reach this account (see `portfolios`). */
  portfolioId: text('portfolio_id').notNull().default('default'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

export const cadences = pgTable('cadences', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  draftGraph: jsonb('draft_graph').$type<CadenceGraph>().notNull(),
  /** Bumped on every draft save: optimistic concurrency for editors. */
  draftRevision: integer('draft_revision').notNull().default(1),
  archivedAt: instant('archived_at'),
  createdBy: text('created_by').notNull().default('system'),
  /** Users who changed the draft since it was last published: all of them are its authors, and none may approve it. */
  draftEditors: jsonb('draft_editors').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** Immutable once written: a published version is never updated or deleted. */
export const cadenceVersions = pgTable(
  'cadence_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    version: integer('version').notNull(),
    graph: jsonb('graph').$type<CadenceGraph>().notNull(),
    ir: jsonb('ir').$type<CadenceIR>().notNull(),
    hash: text('hash').notNull(),
    publishedBy: text('published_by').notNull().default('system'),
    publishedAt: createdAt('published_at'),
    /** The approved review this version was published from. */
    reviewId: uuid('review_id'),
    approvedBy: text('approved_by'),
  },
  (t) => [uniqueIndex('cadence_versions_number').on(t.cadenceId, t.version)],
);

export const enrollments = pgTable(
  'enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    cadenceVersionId: uuid('cadence_version_id')
      .notNull()
      .references(() => cadenceVersions.id),
    workflowId: text('workflow_id').notNull(),
    status: text('status').$type<'active' | 'finished' | 'failed'>().notNull().default('active'),
    currentStepId: text('current_step_id'),
    exitReason: text('exit_reason').$type<ExitReason>(),
    startedAt: createdAt('started_at'),
    finishedAt: instant('finished_at'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Set when an entry rule enrolled the account: `due:<date>` or `segment`. One enrollment per rule cycle. */
    triggerCycle: text('trigger_cycle'),
    /** The account's tier (attributes.tier) at enrollment, '' when none: the cohort analytics slices by. */
    tier: text('tier').notNull().default(''),
    /** Experiment id -> arm outcome, recorded when the split assigned it; never changed afterwards. */
    experiments: jsonb('experiments').$type<Record<string, string>>().notNull().default({}),
    /** The latest assignment: analytics events of this enrollment carry it. */
    experimentId: text('experiment_id'),
    arm: text('arm'),
    /**
     * What was placed: the account's balance, currency and due date when it was enrolled (the cohort's
     * amount placed). Required, so no enrollment path can skip them: `placedFacts` supplies them.
     */
    placedCents: bigint('placed_cents', { mode: 'number' }).notNull(),
    placedCurrency: text('placed_currency').notNull(),
    placedDueDate: date('placed_due_date', { mode: 'string' }).notNull(),
    writtenByTx: writtenBy(),
  },
  (t) => [
    index('enrollments_written_by_tx').on(t.writtenByTx),
    // One active enrollment per account and cadence; finished ones may be followed by a new one.
    uniqueIndex('enrollments_one_active').on(t.accountId, t.cadenceId).where(sql`${t.status} = 'active'`),
    uniqueIndex('enrollments_one_per_cycle').on(t.cadenceId, t.accountId, t.triggerCycle).where(sql`${t.triggerCycle} is not null`),
    index('enrollments_account').on(t.accountId),
    index('enrollments_version_status').on(t.cadenceVersionId, t.status),
  ],
);

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

/** Payments, promises, disputes: stored first (idempotent by portfolio + source + event id), then signalled. */
export const accountEvents = pgTable(
  'account_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * The portfolio whose secret signed the event (a webhook), else the account's own: always the
     * account's portfolio when stored, so one portfolio's processor can never book on another's account.
     */
    portfolioId: text('portfolio_id').notNull(),
    /** Who reported it: a processor (`stripe`, `payments`), `checkout`, `api`, a provider of replies. */
    source: text('source').notNull().default('api'),
    eventId: text('event_id').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    type: text('type').$type<AccountEventType>().notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    occurredAt: instant('occurred_at').notNull(),
    receivedAt: createdAt('received_at'),
    /** Null until every active enrollment of the account was signalled: the sweep re-delivers these. */
    signalledAt: instant('signalled_at'),
    writtenByTx: writtenBy(),
  },
  (t) => [
    index('account_events_written_by_tx').on(t.writtenByTx),
    // Two portfolios' processors, or two processors, may use the same event id: each is a fact of its own.
    uniqueIndex('account_events_portfolio_source_event').on(t.portfolioId, t.source, t.eventId),
    index('account_events_account').on(t.accountId, t.occurredAt),
    index('account_events_unsignalled').on(t.receivedAt).where(sql`${t.signalledAt} is null`),
  ],
);

/**
 * Every message a customer sent in (a text, a WhatsApp message, a sandbox reply), kept for good once
 * per provider message id: what it meant for consent (its keyword class) and what that did, written
 * in the transaction that did it. A message already here is a replay and changes nothing, whatever it
 * says (Twilio's signatures carry no timestamp). Later consent work (revocation in other words, other
 * channels) records its decisions here too.
 */
export const consentLedger = pgTable(
  'consent_ledger',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The portfolio whose webhook received it (its secret signed it): effects stay inside this portfolio. */
    portfolioId: text('portfolio_id').notNull(),
    provider: text('provider').notNull(),
    /** The provider's id of the message (Twilio's MessageSid). */
    messageId: text('message_id').notNull(),
    channel: text('channel').$type<'sms' | 'whatsapp' | 'email'>().notNull(),
    /** The sender's phone number (E.164) or email address, and where they wrote to. */
    fromContact: text('from_contact').notNull(),
    toContact: text('to_contact'),
    keywordClass: text('keyword_class').$type<KeywordClass>().notNull(),
    /** The keyword as carriers spell it (`STOP`), null for a reply. The text itself stays with the reply events. */
    keyword: text('keyword'),
    consentEffect: text('consent_effect').$type<ConsentEffect>().notNull(),
    /** The accounts of the portfolio at the sender's contact point, and those whose consent the message changed. */
    accountIds: jsonb('account_ids').$type<string[]>().notNull().default([]),
    changedAccountIds: jsonb('changed_account_ids').$type<string[]>().notNull().default([]),
    receivedAt: instant('received_at').notNull(),
    recordedAt: createdAt('recorded_at'),
  },
  (t) => [
    uniqueIndex('consent_ledger_message').on(t.portfolioId, t.provider, t.messageId),
    index('consent_ledger_sender').on(t.portfolioId, t.fromContact, t.receivedAt),
  ],
);

/** Timeline of an enrollment as the interpreter logged it (entered, left, waiting, event, finished). */
export const enrollmentTimeline = pgTable(
  'enrollment_timeline',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    seq: integer('seq').notNull(),
    at: instant('at').notNull(),
    type: text('type').notNull(),
    stepId: text('step_id'),
    outcome: text('outcome'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    writtenByTx: writtenBy(),
  },
  (t) => [uniqueIndex('enrollment_timeline_seq').on(t.enrollmentId, t.seq), index('enrollment_timeline_written_by_tx').on(t.writtenByTx)],
);


// ---- Collections actions: what payment, agent and escalation steps leave behind -------------------

/** Payment links, plan offers and settlement discounts, as the checkout page and templates read them. */
export const paymentOffers = pgTable(
  'payment_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** enrollment:step:attempt of the step that made the offer: a retry finds it instead of making another. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** Unguessable reference in the checkout URL. */
    token: text('token').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    kind: text('kind').$type<'link' | 'plan' | 'discount'>().notNull(),
    /** Amount to pay: the link amount, the settlement amount, or the plan total. */
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    percent: integer('percent'),
    installments: integer('installments'),
    installmentCents: bigint('installment_cents', { mode: 'number' }),
    frequency: text('frequency').$type<'weekly' | 'biweekly' | 'monthly'>(),
    firstDueDate: date('first_due_date', { mode: 'string' }),
    expiresAt: instant('expires_at').notNull(),
    status: text('status').$type<'open' | 'accepted' | 'paid' | 'expired' | 'broken'>().notNull().default('open'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payment_offers_idempotency').on(t.idempotencyKey),
    uniqueIndex('payment_offers_token').on(t.token),
    index('payment_offers_account').on(t.accountId, t.createdAt),
  ],
);

/** The agents' call queue. */
export const agentTasks = pgTable(
  'agent_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    queue: text('queue').notNull(),
    priority: text('priority').$type<'low' | 'normal' | 'high' | 'urgent'>().notNull(),
    note: text('note').notNull(),
    dueAt: instant('due_at').notNull(),
    status: text('status').$type<'open' | 'done' | 'cancelled'>().notNull().default('open'),
    createdAt: createdAt(),
    closedAt: instant('closed_at'),
  },
  (t) => [uniqueIndex('agent_tasks_idempotency').on(t.idempotencyKey), index('agent_tasks_queue').on(t.queue, t.status, t.dueAt)],
);

/** Accounts placed with an agency or legal (or refused placement, with the reason). */
export const placements = pgTable(
  'placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    placedWith: text('placed_with').$type<'agency' | 'legal'>().notNull(),
    partner: text('partner').notNull(),
    balanceCents: bigint('balance_cents', { mode: 'number' }).notNull(),
    status: text('status').$type<'placed' | 'blocked'>().notNull(),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('placements_idempotency').on(t.idempotencyKey), index('placements_account').on(t.accountId)],
);

/** The result of an activity that must act at most once (a deadline moved, a webhook called), by idempotency key. */
export const activityEffects = pgTable('activity_effects', {
  idempotencyKey: text('idempotency_key').primaryKey(),
  activity: text('activity').notNull(),
  accountId: text('account_id').notNull(),
  result: jsonb('result').$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});
// ---- Channels and payments: portfolios, delivery receipts, plan schedules ------------------------

/** Provider settings of one portfolio (which provider serves each channel, and how to reach it). */
export interface PortfolioSettings {
  /** Provider per channel; a channel not named is served by the sandbox. */
  channels: Partial<Record<'sms' | 'email' | 'voice' | 'whatsapp' | 'push' | 'letter', 'sandbox' | 'twilio' | 'smtp'>>;
  twilio?: { accountSid: string; from?: string; messagingServiceSid?: string; whatsappFrom?: string; baseUrl?: string };
  smtp?: { host: string; port: number; secure: boolean; user?: string; from: string };
  sandbox?: { deliver?: boolean; receipts?: boolean; failRecipients?: string[]; bounceRecipients?: string[] };
  /** How long a send with fallbacks waits for a delivery receipt before it counts the message as sent. */
  receiptWaitSeconds?: number;
  /** The compliance profile of this book's accounts (an account may override it); absent: the configured default. */
  complianceProfile?: string;
  /** Who collects this book: messages, disclosures, the checkout page and letters name it. Absent: sends are refused. */
  collector?: CollectorIdentity;
  /** Hosts this book's senders may call besides the providers' own (see @kairos/outbound); set by admins. */
  outbound?: { allowedHosts: string[] };
}

/** Secrets of a portfolio: stored, used by providers and webhook verifiers, never answered by the API nor logged. */
export interface PortfolioSecrets {
  twilioAuthToken?: string;
  smtpPassword?: string;
  stripeWebhookSecret?: string;
  paymentsWebhookSecret?: string;
  emailWebhookSecret?: string;
}

export const portfolios = pgTable('portfolios', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  settings: jsonb('settings').$type<PortfolioSettings>().notNull(),
  secrets: jsonb('secrets').$type<PortfolioSecrets>().notNull().default({}),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

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
    status: text('status').$type<'queued' | 'sent' | 'delivered' | 'failed' | 'bounced'>().notNull(),
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

/** The schedule of an accepted payment plan: one row per installment, paid down by payments in order. */
export const planInstallments = pgTable(
  'plan_installments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => paymentOffers.id),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    seq: integer('seq').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    paidCents: bigint('paid_cents', { mode: 'number' }).notNull().default(0),
    status: text('status').$type<'due' | 'paid' | 'missed'>().notNull().default('due'),
    missedAt: instant('missed_at'),
  },
  (t) => [uniqueIndex('plan_installments_seq').on(t.offerId, t.seq), index('plan_installments_account').on(t.accountId, t.dueDate)],
);

// --- People: better-auth's models (user, session, account, verification) under Kairos table names.
// "auth_accounts" are sign-in methods (a password), not the debt accounts above.

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').$type<Role>().notNull().default('agent'),
  /**
   * Who handed this person their sign-in: the admin who created the account with a password
   * (`created_via` 'password') or invited them ('invitation'); `seed` for the embedded start's demo logins.
   * An officer whose account an author of a version handed over may not approve it.
   */
  createdBy: text('created_by'),
  createdVia: text('created_via').$type<AccountCreation>(),
  /** The admin whose password-reset link this person last set their password with (they could have used it themselves). */
  passwordResetBy: text('password_reset_by'),
  /** Set while the person may not sign in; their sessions were revoked when it was set. */
  deactivatedAt: instant('deactivated_at'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** How an account came to be: an admin chose its first password, or the person set it through an invitation link. */
export type AccountCreation = 'password' | 'invitation';
/** A one-time link with which someone sets their own password. */
export type PasswordLinkKind = 'invitation' | 'password_reset';
/** Why a link can no longer be used. */
export type PasswordLinkClosure = 'used' | 'revoked' | 'expired' | 'replaced';

/**
 * One-time links to set a password: an invitation (creates the account when used) or a password
 * reset (for an existing account). Only a hash of the token is kept; the link is shown once.
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<PasswordLinkKind>().notNull(),
    /** sha256 of the link's token, hex. */
    tokenHash: text('token_hash').notNull().unique(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** The role an invitation gives; null for a reset (the account keeps its role). */
    role: text('role').$type<Role>(),
    /** The account a reset is for, or the one an invitation created when it was used. */
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    closedAt: instant('closed_at'),
    closedReason: text('closed_reason').$type<PasswordLinkClosure>(),
  },
  (t) => [
    // One open link of each kind per email: a new invitation or reset replaces the open one.
    uniqueIndex('password_links_one_open').on(t.kind, t.email).where(sql`${t.closedAt} is null`),
  ],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    token: text('token').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('auth_sessions_user').on(t.userId)],
);

export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    refreshTokenExpiresAt: instant('refresh_token_expires_at'),
    scope: text('scope'),
    /** A scrypt hash (better-auth), never the password. */
    password: text('password'),
    createdAt: createdAt(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [index('auth_accounts_user').on(t.userId)],
);

export const authVerifications = pgTable('auth_verifications', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: instant('expires_at').notNull(),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

// --- Review and approval of cadence versions.

/** A submitted snapshot of a draft, reviewed by a compliance officer; an approval is bound to its hash. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    hash: text('hash').notNull(),
    graph: jsonb('graph').$type<CadenceGraph>().notNull(),
    ir: jsonb('ir').$type<CadenceIR>().notNull(),
    status: text('status').$type<ReviewStatus>().notNull().default('submitted'),
    /** The submitter and every editor of the draft since the last publish. */
    authorIds: jsonb('author_ids').$type<string[]>().notNull(),
    submittedBy: text('submitted_by').notNull(),
    submittedAt: createdAt('submitted_at'),
    decidedBy: text('decided_by'),
    decidedAt: instant('decided_at'),
    publishedVersionId: uuid('published_version_id'),
  },
  (t) => [
    index('reviews_cadence').on(t.cadenceId, t.submittedAt),
    // One review waiting for a decision per cadence: a new submission supersedes the open one.
    uniqueIndex('reviews_one_open').on(t.cadenceId).where(sql`${t.status} = 'submitted'`),
  ],
);

export const reviewComments = pgTable(
  'review_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id),
    authorId: text('author_id').notNull(),
    body: text('body').notNull(),
    /** Where on the canvas the comment points, if anywhere. */
    nodeId: text('node_id'),
    field: text('field'),
    kind: text('kind').$type<'comment' | 'changes_requested' | 'approval'>().notNull().default('comment'),
    createdAt: createdAt(),
  },
  (t) => [index('review_comments_review').on(t.reviewId, t.createdAt)],
);

/** Append-only (a trigger refuses UPDATE and DELETE): who did what to which version, and when. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: createdAt('at'),
    actorId: text('actor_id').notNull(),
    actorEmail: text('actor_email'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    cadenceId: uuid('cadence_id'),
    reviewId: uuid('review_id'),
    versionId: uuid('version_id'),
    enrollmentId: uuid('enrollment_id'),
    hash: text('hash'),
    subjectUserId: text('subject_user_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at').on(t.at), index('audit_log_cadence').on(t.cadenceId, t.at), index('audit_log_action').on(t.action, t.at)],
);

export * from './analytics-schema';

// ---- Custom compliance profiles written through the API ---------------------------------------

/** A custom compliance profile file (see `parseProfileFile` in @kairos/compliance), as an admin stored it. */
export const storedComplianceProfiles = pgTable('compliance_profiles', {
  id: text('id').primaryKey(),
  /** The profile file, validated before it is stored; compiled by every API and worker that loads it. */
  definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
  updatedBy: text('updated_by').notNull(),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
