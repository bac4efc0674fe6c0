// Analytics tables: the append-only event log every KPI and experiment result is counted from, its
// rollups (kept by the statement that appends the events), the projection's mark, the facts it parked,
// and the channel unit costs.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** What one analytics row says happened (see docs/analytics.md for each). */
export const ANALYTICS_EVENT_TYPES = [
  'enrolled',
  'entered',
  'left',
  'assigned',
  'finished',
  'contact',
  'delivery',
  'right_party_contact',
  'reply',
  'payment',
  'payment_failed',
  'promise',
  'promise_kept',
  'plan_accepted',
  'plan_broken',
  'dispute',
  'dispute_resolved',
  'opt_out',
  'complaint',
] as const;
export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];

/**
 * Append-only: rows are inserted once (by idempotency key) and never updated. Keyed by account,
 * cadence, version, node and experiment arm; the arm is the enrollment's, fixed when it was assigned.
 * No foreign keys: the writer already holds the rows it names, and bulk history loads stay cheap.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Derived from the fact the row describes (timeline seq, decision id, stored event id): a retry inserts nothing. */
    idempotencyKey: text('idempotency_key').notNull().unique('analytics_events_idempotency'),
    accountId: text('account_id').notNull(),
    enrollmentId: text('enrollment_id'),
    cadenceId: text('cadence_id'),
    versionId: text('version_id'),
    nodeId: text('node_id'),
    experimentId: text('experiment_id'),
    arm: text('arm'),
    /**
     * The tier the row was appended under: the tier its enrollment's tier-split chose, else the account's
     * (attributes.tier) when it was enrolled; '' when none. Rows appended before the split chose keep the
     * account's; the rollups move them to the chosen tier (`analytics-tiers.ts`).
     */
    tier: text('tier').notNull().default(''),
    type: text('type').$type<AnalyticsEventType>().notNull(),
    /** The outcome left by, the compliance decision, the delivery status, full/partial payment, the exit reason. */
    outcome: text('outcome'),
    channel: text('channel'),
    amountMinor: bigint('amount_minor', { mode: 'number' }),
    currency: text('currency'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    // Time ranges over the whole log: rows arrive in about the order they happened, which a BRIN index
    // summarises per block range at a fraction of a b-tree's cost on every insert.
    index('analytics_events_time').using('brin', t.occurredAt),
    index('analytics_events_version_time').on(t.versionId, t.occurredAt),
    // Experiments start from their assignments (one per enrollment and split), not from every event of an arm.
    index('analytics_events_experiment_assigned').on(t.experimentId, t.arm).where(sql`${t.type} = 'assigned'`),
    index('analytics_events_enrollment').on(t.enrollmentId, t.type),
  ],
);

/**
 * Events per UTC day and slice, upserted in the transaction that appends the events: the dashboard
 * reads a few thousand rollup rows instead of scanning the event log. '' stands for "none" in a key.
 */
export const analyticsDaily = pgTable(
  'analytics_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    cadenceId: text('cadence_id').notNull().default(''),
    versionId: text('version_id').notNull().default(''),
    tier: text('tier').notNull().default(''),
    channel: text('channel').notNull().default(''),
    type: text('type').$type<AnalyticsEventType>().notNull(),
    outcome: text('outcome').notNull().default(''),
    events: bigint('events', { mode: 'number' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ name: 'analytics_daily_key', columns: [t.day, t.cadenceId, t.versionId, t.tier, t.channel, t.type, t.outcome] })],
);

/** Cost of one contact attempt per channel, in minor units: what cost-to-collect multiplies attempts by. */
export const analyticsSettings = pgTable('analytics_settings', {
  id: text('id').primaryKey(),
  currency: text('currency').notNull(),
  unitCostMinor: jsonb('unit_cost_minor').$type<Record<string, number>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * One row per enrollment: the cohort the dashboard's roll rates and time to recovery read (what was
 * placed, in which DPD bucket, when it first paid and when it cleared). A rollup like analytics_daily:
 * inserted with its `enrolled` event, moved forward by its payments' events, never recomputed.
 */
export const analyticsEnrollments = pgTable(
  'analytics_enrollments',
  {
    enrollmentId: text('enrollment_id').primaryKey(),
    accountId: text('account_id').notNull(),
    cadenceId: text('cadence_id').notNull(),
    versionId: text('version_id').notNull(),
    /** The tier the enrollment is reported under: its tier-split's choice once made, else the account's own. */
    tier: text('tier').notNull().default(''),
    /** The tier-split step whose choice `tier` is (the first one the enrollment left); null: the account's own tier. */
    tierStep: text('tier_step'),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true, mode: 'date' }).notNull(),
    placedMinor: bigint('placed_minor', { mode: 'number' }).notNull(),
    fromBucket: text('from_bucket').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    firstPaidAt: timestamp('first_paid_at', { withTimezone: true, mode: 'date' }),
    clearedAt: timestamp('cleared_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('analytics_enrollments_time').on(t.enrolledAt)],
);

const projectionXid = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * How far the analytics projection has read the facts: every fact written by a transaction with an id
 * below `next_tx` is in the event log. Advanced in the transaction that appends the events, so a
 * crashed projection repeats nothing and skips nothing.
 */
export const analyticsProjection = pgTable('analytics_projection', {
  id: text('id').primaryKey(),
  nextTx: projectionXid('next_tx').notNull(),
  projectedAt: timestamp('projected_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  /** Every fact committed before this instant is projected (but for parked ones): what reports say they are as of. */
  caughtUpAt: timestamp('caught_up_at', { withTimezone: true, mode: 'date' }),
  /**
   * A run's snapshot while transactions were still open: once the mark passes `checkpoint_xmax`, every
   * transaction that committed before `checkpoint_at` is projected, and `caught_up_at` moves to it.
   */
  checkpointXmax: projectionXid('checkpoint_xmax'),
  checkpointAt: timestamp('checkpoint_at', { withTimezone: true, mode: 'date' }),
});

/** The fact tables the projection reads, by the name a parked fact gives its kind. */
export const PROJECTED_FACT_KINDS = ['enrollment', 'timeline', 'contact-decision', 'delivery', 'account-event'] as const;
export type ProjectedFactKind = (typeof PROJECTED_FACT_KINDS)[number];

/**
 * Facts the projection could not turn into events (the row says why): set aside so the rest flows on,
 * retried with backoff on later runs (and at once when an admin asks), removed once projected.
 */
export const analyticsParkedFacts = pgTable(
  'analytics_parked_facts',
  {
    kind: text('kind').$type<ProjectedFactKind>().notNull(),
    /** The fact row's id in its table. */
    factId: text('fact_id').notNull(),
    /** What went wrong, as the database or the mapping said it (never the row's values). */
    reason: text('reason').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(1),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ name: 'analytics_parked_facts_key', columns: [t.kind, t.factId] }), index('analytics_parked_facts_due').on(t.nextAttemptAt)],
);
