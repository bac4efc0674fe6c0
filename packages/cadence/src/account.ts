import { z } from 'zod';
import { accountComplianceSchema, sendChannelSchema } from '@kairos/channels';
import { calendarDate, instant, safeText } from '@kairos/input';
import { accountProfileShape, e164Phone } from './account-profile';

/** An id given by another system (an account, an event, a plan): one line of text. */
const externalId = () => safeText().min(1).max(200);

/** True when `tz` is an IANA time zone this runtime knows (e.g. `America/Chicago`). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The channels a step sends on: the one constant in @kairos/channels. */
export const channelSchema = sendChannelSchema;
export type Channel = z.output<typeof channelSchema>;

/** Per-channel consent the account holder has given; a missing channel means "not given". */
export const consentsSchema = z
  .object({
    sms: z.boolean(),
    email: z.boolean(),
    voice: z.boolean(),
    whatsapp: z.boolean(),
    push: z.boolean(),
    letter: z.boolean(),
  })
  .partial()
  // Consent is a compliance fact: a misspelt channel must be an error, not consent silently not recorded.
  .strict();

/** What a cadence knows of an account: used for branching, timing and templates. */
export const accountSnapshotSchema = z.object({
  id: externalId(),
  name: safeText().min(1).max(200),
  email: z.email().max(254).optional(),
  /** The primary phone and email: where sends go. Every other contact point is in `phones` and `emails`. */
  phone: e164Phone().optional(),
  balanceCents: z.number().int().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD').default('USD'),
  dueDate: calendarDate(),
  timezone: z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York').default('UTC'),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or es-MX').default('en'),
  consents: consentsSchema.default({}),
  /**
   * Portfolio-defined facts: tier, riskScore, preferredChannel, segment, ... Short, one-line values:
   * the tier is a key of every analytics rollup (a Postgres index entry), so a long one could not be stored there.
   */
  attributes: z.record(safeText().min(1).max(100), z.union([safeText().max(200), z.number(), z.boolean(), z.null()])).default({}),
  /** What decides whether and when we may contact the holder (profile, opt-outs, disputes, ...); stored accounts always carry it. */
  compliance: accountComplianceSchema.optional(),
  /** The portfolio whose providers and credentials reach this account (`default` when not given). */
  portfolioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a portfolio id such as default or cards-2026').optional(),
  ...accountProfileShape,
});
export type AccountSnapshot = z.output<typeof accountSnapshotSchema>;
export type AccountSnapshotInput = z.input<typeof accountSnapshotSchema>;

const eventBase = {
  eventId: externalId(),
  occurredAt: instant(),
};
/** What the ledger says the balance is after an event (a settlement discount brings it to zero; a returned payment raises it). */
const balanceAfter = { balanceAfterCents: z.number().int().min(0).optional() };
/** The payment offer (link, plan, discount) a payment went through, when the checkout knows it. */
const offerRef = { offerId: externalId().optional() };
export const paymentEventSchema = z.object({ type: z.literal('payment'), ...eventBase, amountCents: z.number().int().positive(), ...offerRef, ...balanceAfter });
export const promiseEventSchema = z.object({
  type: z.literal('promise'),
  ...eventBase,
  amountCents: z.number().int().positive(),
  promisedDate: calendarDate(),
});
export const disputeEventSchema = z.object({ type: z.literal('dispute'), ...eventBase, reason: safeText({ multiline: true }).max(2000).optional() });
/** A payment that was attempted and did not go through (declined card, returned ACH): no balance change. */
export const paymentFailedEventSchema = z.object({
  type: z.literal('payment_failed'),
  ...eventBase,
  amountCents: z.number().int().positive(),
  reason: safeText({ multiline: true }).max(500).optional(),
  ...offerRef,
  /** A payment that had been booked and came back (returned ACH, bounced check): its amount is owed again. */
  returnedEventId: externalId().optional(),
  ...balanceAfter,
});
/** The account holder accepted a payment plan offered to them. */
export const planAcceptedEventSchema = z.object({
  type: z.literal('plan_accepted'),
  ...eventBase,
  planId: externalId(),
  installments: z.number().int().min(1).max(120),
});
/** An installment of an accepted plan was not paid by its due date (plus grace): the plan is broken. */
export const planBrokenEventSchema = z.object({
  type: z.literal('plan_broken'),
  ...eventBase,
  planId: externalId(),
  installment: z.number().int().min(1),
  dueDate: calendarDate(),
});
/** A dispute was answered: verification sent (collection may resume) or the debt was withdrawn. */
export const disputeResolvedEventSchema = z.object({
  type: z.literal('dispute_resolved'),
  ...eventBase,
  resolution: z.enum(['verified', 'withdrawn', 'corrected']),
});
/** The account holder wrote back on a channel (opt-out keywords are handled before this reaches a cadence). */
export const replyEventSchema = z.object({
  type: z.literal('reply'),
  ...eventBase,
  channel: channelSchema,
  text: safeText({ multiline: true }).max(5000),
});

/** Something the account holder did, reported by a payment processor, agent or channel. */
export const accountEventSchema = z.discriminatedUnion('type', [
  paymentEventSchema,
  promiseEventSchema,
  disputeEventSchema,
  paymentFailedEventSchema,
  planAcceptedEventSchema,
  planBrokenEventSchema,
  disputeResolvedEventSchema,
  replyEventSchema,
]);
export type AccountEvent = z.output<typeof accountEventSchema>;
export type AccountEventType = AccountEvent['type'];
