// Who collects: the identity a portfolio's messages, disclosures, checkout page and letters name.
// One schema validates it where it is saved (API, web form) and where it is used (the worker refuses
// to send for a portfolio whose identity does not pass it), so a customer never reads a placeholder.
import { z } from 'zod';
import { US_STATE_CODES, usStateOf, type UsStateCode } from './us-states';

/** Text shown on one line of a message or page: no line breaks or control characters. */
const line = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `give ${what}`)
    .max(max, `at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'one line of text, without line breaks');

const usState = z.enum(US_STATE_CODES, { error: 'must be a US state code such as NY or CA' });

export const mailingAddressSchema = z.object({
  line1: line('the street address', 200),
  line2: line('the second address line', 200).optional(),
  city: line('the city', 100),
  state: usState,
  postalCode: z.string().trim().regex(/^\d{5}(-\d{4})?$/, 'must be a ZIP code such as 10001 or 10001-1234'),
});

export const collectorLicenceSchema = z.object({
  state: usState,
  number: line('the licence number', 60),
});

export const collectorIdentitySchema = z.object({
  /** The company's legal name, as registered. */
  legalName: line('the legal name of the collecting company', 200),
  /** The name messages and disclosures use ("This is …, a debt collector"): the legal name or a registered trade name. */
  displayName: line('the name your messages use', 100),
  phone: z.string().trim().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +12125550100'),
  mailingAddress: mailingAddressSchema,
  /** When the phone is answered, as customers read it (e.g. "Mon–Fri 8 am–8 pm ET"). */
  hours: line('the hours the phone is answered', 200),
  website: z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// address such as https://acme-recoveries.com' }),
  licences: z
    .array(collectorLicenceSchema)
    .max(US_STATE_CODES.length)
    .refine((l) => new Set(l.map((x) => x.state)).size === l.length, 'give one licence per state')
    .default([]),
});

export type CollectorIdentity = z.output<typeof collectorIdentitySchema>;
export type CollectorIdentityInput = z.input<typeof collectorIdentitySchema>;
export type MailingAddress = z.output<typeof mailingAddressSchema>;

/** The mailing address on one line: "100 Main St, Suite 4, Springfield, IL 62701". */
export const addressLine = (a: MailingAddress) => [a.line1, a.line2, a.city, `${a.state} ${a.postalCode}`].filter(Boolean).join(', ');

/** A phone number as people read it: NANP numbers as (212) 555-0100, others in E.164. */
export function phoneForReading(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return nanp ? `(${nanp[1]}) ${nanp[2]}-${nanp[3]}` : e164;
}

/** The collector's licence for a consumer in `state` ("NY license no. 1234567"), if it holds one there. */
export function licenceFor(identity: Pick<CollectorIdentity, 'licences'>, state: unknown): string | undefined {
  const code: UsStateCode | undefined = usStateOf(state);
  const licence = code ? identity.licences.find((l) => l.state === code) : undefined;
  return licence ? `${licence.state} license no. ${licence.number}` : undefined;
}

/**
 * A stored identity, or why it cannot be used ("has no …", said of its portfolio). Stored settings are
 * read as unknown: an identity saved before a field became required is refused here, not sent half-filled.
 */
export function readCollectorIdentity(stored: unknown): { identity: CollectorIdentity } | { problem: string } {
  if (stored === undefined || stored === null) {
    return { problem: 'has no collector identity (legal name, name in messages, phone, mailing address, hours, website, licences)' };
  }
  const parsed = collectorIdentitySchema.safeParse(stored);
  if (parsed.success) return { identity: parsed.data };
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'identity'}: ${i.message}`);
  return { problem: `has an incomplete collector identity (${issues.join('; ')})` };
}
