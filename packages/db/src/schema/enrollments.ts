// Enrollments (one account in one cadence version), their timelines, and what their action steps leave behind.
import { sql } from 'drizzle-orm';
import { bigint, bigserial, date, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { ExitReason } from '@kairos/cadence';
import { accounts } from './accounts';
import { cadenceVersions, cadences } from './cadences';
import { createdAt, instant, writtenBy } from './columns';

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
    /**
     * Set while a person has paused the enrollment (who, when, why): it sends nothing until resumed.
     * A paused enrollment is still active: it holds the account's place in the cadence.
     */
    pausedAt: instant('paused_at'),
    pausedBy: text('paused_by'),
    pauseReason: text('pause_reason'),
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

/**
 * An audience enrolled in a cadence version in the background: what was asked (the audience and the
 * caller's portfolios at the time), by whom, and how far it got. One per (requester, idempotency key),
 * so a retried request finds its job instead of starting another.
 */
export const audienceEnrollments = pgTable(
  'audience_enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadenceId: uuid('cadence_id')
      .notNull()
      .references(() => cadences.id),
    cadenceVersionId: uuid('cadence_version_id')
      .notNull()
      .references(() => cadenceVersions.id),
    /** The audience as the repository reads it: `{ kind: 'filter', filter }` or `{ kind: 'ids', accountIds }`. */
    audience: jsonb('audience').$type<Record<string, unknown>>().notNull(),
    /** The requester's portfolios when asked: the job enrolls only accounts they read. */
    scope: jsonb('scope').$type<{ portfolios: 'all' | string[]; queuesOnly: boolean }>().notNull(),
    requestedBy: text('requested_by').notNull(),
    idempotencyKey: text('idempotency_key'),
    status: text('status').$type<'running' | 'finished' | 'failed'>().notNull().default('running'),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    enrolled: integer('enrolled').notNull().default(0),
    /** Accounts not enrolled, by reason (`AUDIENCE_EXCLUSIONS` of @kairos/cadence). */
    excluded: jsonb('excluded').$type<Record<string, number>>().notNull().default({}),
    /** The last account id of the last page whose figures are stored: a job resumed after a restart goes on after it. */
    cursor: text('cursor'),
    error: text('error'),
    startedAt: createdAt('started_at'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    uniqueIndex('audience_enrollments_idempotency').on(t.requestedBy, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index('audience_enrollments_started').on(t.startedAt),
  ],
);
