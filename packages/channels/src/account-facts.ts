// The compliance facts Kairos keeps on an account, as stored and edited (PUT/PATCH accounts). Below both
// cadences (which carry them on every account) and compliance (which decides with them), so neither imports
// the other for them. A decision reads them, with the contact history, through compliance's `evaluationAccountOf`.
import { z } from 'zod';
import { instant, safeText } from '@kairos/input';
import { contactChannelSchema as channelSchema } from './channels';
import { inconvenientTimeSchema } from './wall-clock-words';
import { isTimeZone } from './zone-clock';

const fields = {
  /** This account's own profile, overriding its portfolio's; absent: the portfolio's (see `chooseProfile`). */
  profile: safeText().min(1).max(100),
  /**
   * Every zone the consumer may be in, when more than the account's own time zone (e.g. a phone
   * area code in one zone, an address in another). Empty: the account's time zone only.
   */
  timezones: z.array(z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York')).max(12),
  /** Unknown is treated as mobile: TCPA consent is then required for autodialed calls and texts. */
  phoneType: z.enum(['mobile', 'landline', 'unknown']),
  /** Channels the consumer opted out of; takes effect immediately (Reg F 1006.6(e), 1006.14(h)). */
  optOuts: z
    .array(channelSchema)
    .max(7)
    .refine((c) => new Set(c).size === c.length, 'each channel may be listed once'),
  /** A written request to cease communication was received (Reg F 1006.6(c)). */
  ceaseCommunication: z.boolean(),
  /** A dispute stops collection until verification is sent (Reg F 1006.38). */
  dispute: z.object({ status: z.enum(['none', 'open', 'verified']), openedAt: instant().optional() }).strict(),
  /** Times the consumer said are inconvenient, on their wall clock. */
  inconvenientTimes: z.array(inconvenientTimeSchema.strict()).max(50),
  /** When the holder last gave consent directly to be called: calls in the 7 days after do not count (Reg F 1006.14(b)(3)(i)). */
  callConsentAt: instant(),
};

/**
 * What an account's holder has told us or we know, that decides whether we may contact them.
 * Strict, as every input that changes these facts: a misspelt field (`optedOut`) is an error, never
 * a request that answers 200 and records nothing.
 */
export const accountComplianceSchema = z.strictObject({
  profile: fields.profile.optional(),
  timezones: fields.timezones.default([]),
  phoneType: fields.phoneType.default('unknown'),
  optOuts: fields.optOuts.default([]),
  ceaseCommunication: fields.ceaseCommunication.default(false),
  dispute: fields.dispute.default({ status: 'none' }),
  inconvenientTimes: fields.inconvenientTimes.default([]),
  callConsentAt: fields.callConsentAt.optional(),
});

/** A change to some facts (an agent records an opt-out): only the fields given change. */
export const accountCompliancePatchSchema = z
  .strictObject({ ...fields, profile: fields.profile.nullable().describe('null removes the override: the portfolio profile governs again') })
  .partial();

export type AccountCompliance = z.output<typeof accountComplianceSchema>;
export type AccountComplianceInput = z.input<typeof accountComplianceSchema>;
export type AccountCompliancePatch = z.input<typeof accountCompliancePatchSchema>;

/** Facts of an account nobody has said anything about: its portfolio's profile, no opt-outs, no dispute. */
export const defaultAccountCompliance = (): AccountCompliance => accountComplianceSchema.parse({});
