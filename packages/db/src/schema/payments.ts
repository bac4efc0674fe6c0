// Payment links, plan offers and the schedules of accepted plans.
import { bigint, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, instant } from './columns';
import { enrollments } from './enrollments';

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

// "auth_accounts" are sign-in methods (a password), not the debt accounts above.
