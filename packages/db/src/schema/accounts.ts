// Accounts (one debt each) and the facts that arrive about them: payments, promises, disputes, replies, consent.
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AccountEventType, AccountSnapshot, CareFlag, ContactEmail, ContactPhone } from '@kairos/cadence';
import type { AccountCompliance, ConsentEffect, KeywordClass } from '@kairos/compliance';
import { createdAt, instant, writtenBy } from './columns';

export const accounts = pgTable(
  'accounts',
  {
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
  // The profile (see account-profile.ts in @kairos/cadence): who owes, where they live, every contact point.
  consumerId: text('consumer_id'),
  addressLine1: text('address_line1'),
  addressLine2: text('address_line2'),
  city: text('city'),
  /** Two-letter state or region: which state's collection rules apply. */
  state: text('state'),
  postalCode: text('postal_code'),
  country: text('country'),
  spouse: jsonb('spouse').$type<{ name: string; phone?: string; email?: string }>(),
  phones: jsonb('phones').$type<ContactPhone[]>().notNull().default([]),
  emails: jsonb('emails').$type<ContactEmail[]>().notNull().default([]),
  /** Every phone and lower-cased email of `phones`/`emails`: a search by contact point is one index probe. */
  contactPoints: text('contact_points').array().notNull().default(sql`'{}'::text[]`),
  doNotContactAtWork: boolean('do_not_contact_at_work').notNull().default(false),
  esignConsentAt: instant('esign_consent_at'),
  timeBarred: boolean('time_barred').notNull().default(false),
  medicalDebt: boolean('medical_debt').notNull().default(false),
  careFlags: jsonb('care_flags').$type<CareFlag[]>().notNull().default([]),
  // What the ledger says now, kept by the writers of account events, so lists filter by it at scale.
  /** The open promise to pay: its date and amount; null when none is open. */
  openPromiseDate: date('open_promise_date', { mode: 'string' }),
  openPromiseCents: bigint('open_promise_cents', { mode: 'number' }),
  /** The accepted payment plan that is running; null when none. */
  activePlanId: text('active_plan_id'),
  createdAt: createdAt(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('accounts_portfolio_due').on(t.portfolioId, t.dueDate),
    index('accounts_portfolio_balance').on(t.portfolioId, t.balanceCents),
    index('accounts_tier').on(sql`(${t.attributes} ->> 'tier')`),
    index('accounts_name_prefix').on(sql`lower(${t.name}) text_pattern_ops`),
    index('accounts_consumer').on(t.consumerId),
    index('accounts_contact_points').using('gin', t.contactPoints),
    // The Accounts list's orders: each ends in the id (the tie-break), so a page is an index scan, not a sort.
    index('accounts_list_balance').on(t.balanceCents, t.id),
    index('accounts_list_due').on(t.dueDate, t.id),
    index('accounts_list_name').on(t.name, t.id),
    index('accounts_list_updated').on(t.updatedAt, t.id),
    // The list's totals (count, balance per currency) of a portfolio or all of them, from the index alone.
    index('accounts_list_totals').on(t.portfolioId, t.currency, t.balanceCents),
  ],
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
