// The boundary: what a caller (the DB layer, POST /api/v1/compliance/evaluate) hands to a decision.
import { z } from 'zod';
import { instant } from '@kairos/input';
import { inconvenientTimeSchema, type InconvenientTime } from '@kairos/channels';
import { isTimeZone } from '@kairos/channels/zone-clock';
import { channelSchema, outcomeSchema, type Channel } from './channels';

const instantSchema = instant();

export { inconvenientTimeSchema };

export const accountStateSchema = z.object({
  /** Every zone the consumer may be in: more than one means the location is uncertain. */
  timezones: z
    .array(z.string().refine(isTimeZone, 'must be an IANA time zone such as America/New_York'))
    .min(1, 'must list at least one time zone')
    .max(12),
  /** Unknown is treated as mobile (TCPA consent is then required). */
  phoneType: z.enum(['mobile', 'landline', 'unknown']).default('unknown'),
  /** Prior express consent; a missing flag means "not given". */
  consents: z.object({ autodialedCalls: z.boolean().optional(), sms: z.boolean().optional() }).default({}),
  /** Channels the consumer asked us not to use. Required: forgetting it must not read as "none". */
  optOuts: z.array(channelSchema),
  /** A written request to cease communication was received (Reg F 1006.6(c)). */
  ceaseCommunication: z.boolean(),
  dispute: z.object({
    status: z.enum(['none', 'open', 'verified']),
    openedAt: instantSchema.optional(),
  }),
  inconvenientTimes: z.array(inconvenientTimeSchema).max(50).default([]),
  /**
   * When the consumer last gave prior consent directly to be called (Reg F 1006.14(b)(3)(i)): calls
   * placed within the seven days after it (its date is day 1) do not count toward the call frequency.
   */
  callConsentAt: instantSchema.optional(),
});

/** `call` is canonical; `voice` (the cadence step's word for a call) is accepted as its alias. */
const requestChannelSchema = z
  .enum([...channelSchema.options, 'voice'])
  .transform((c): Channel => (c === 'voice' ? 'call' : c));

export const contactAttemptSchema = z.object({
  at: instantSchema,
  channel: requestChannelSchema,
  outcome: outcomeSchema,
});

export const evaluationRequestSchema = z.object({
  /** The instant of the contact attempt being decided: time is an input. */
  at: instantSchema,
  channel: requestChannelSchema,
  /** Id of a compliance profile, e.g. `us-reg-f`. */
  profile: z.string().min(1).max(100),
  account: accountStateSchema,
  /** Past attempts for this account (this debt), across every cadence and agent. */
  history: z.array(contactAttemptSchema).max(10_000),
});

export type EvaluationRequest = z.output<typeof evaluationRequestSchema>;
export type EvaluationRequestInput = z.input<typeof evaluationRequestSchema>;
export type AccountState = EvaluationRequest['account'];
export type ContactAttempt = z.output<typeof contactAttemptSchema>;
export type { InconvenientTime };

/** A problem with the input, placed at its field (`account.timezones[1]`, `history[3].outcome`). */
export interface RequestIssue {
  field: string;
  message: string;
}

export type ParseResult = { ok: true; value: EvaluationRequest } | { ok: false; issues: RequestIssue[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * Validate an evaluation body (a parsed JSON value, or its text). With `knownProfiles`, an
 * unknown profile id is an issue on `profile` rather than a decision.
 */
export function parseEvaluationRequest(json: unknown, knownProfiles?: { has(id: string): boolean }): ParseResult {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch {
      return { ok: false, issues: [{ field: '', message: 'body is not valid JSON' }] };
    }
  }
  const parsed = evaluationRequestSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message })),
    };
  }
  if (knownProfiles && !knownProfiles.has(parsed.data.profile)) {
    return { ok: false, issues: [{ field: 'profile', message: `unknown compliance profile "${parsed.data.profile}"` }] };
  }
  return { ok: true, value: parsed.data };
}
