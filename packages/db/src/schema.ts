// Kairos tables. Money is integer cents; instants are timestamptz; dates are local calendar dates.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,

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
import type { AccountEventType, AccountSnapshot, CadenceGraph, CadenceIR, ExitReason } from '@kairos/cadence';

const createdAt = (name = 'created_at') => timestamp(name, { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

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
  },
  (t) => [
    // One active enrollment per account and cadence; finished ones may be followed by a new one.
    uniqueIndex('enrollments_one_active').on(t.accountId, t.cadenceId).where(sql`${t.status} = 'active'`),
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
    status: text('status').$type<'pending' | 'sent' | 'delivered' | 'failed' | 'skipped'>().notNull().default('pending'),
    providerMessageId: text('provider_message_id'),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: instant('sent_at'),
  },
  (t) => [uniqueIndex('contact_attempts_idempotency').on(t.idempotencyKey), index('contact_attempts_account_time').on(t.accountId, t.createdAt)],
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

/** Payments, promises, disputes: stored first (idempotent by source + event id), then signalled. */
export const accountEvents = pgTable(
  'account_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
  },
  (t) => [
    uniqueIndex('account_events_source_event').on(t.source, t.eventId),
    index('account_events_account').on(t.accountId, t.occurredAt),
    index('account_events_unsignalled').on(t.receivedAt).where(sql`${t.signalledAt} is null`),
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
  },
  (t) => [uniqueIndex('enrollment_timeline_seq').on(t.enrollmentId, t.seq)],
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
    status: text('status').$type<'open' | 'accepted' | 'paid' | 'expired'>().notNull().default('open'),
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
