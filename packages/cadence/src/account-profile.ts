// Who an account's debtor is and how to reach them: the consumer, address, every phone and email with
// its own consents, and the flags that change how a debt may be collected. Decided once, here, so
// the import, the API and the account page share one shape (one account is one debt; a consumer may
// owe several).
import { z } from 'zod';
import { instant, safeText } from '@kairos/input';

export const E164_MESSAGE = 'must be an E.164 phone number such as +15551234567';
export const e164Phone = () => z.string().regex(/^\+[1-9]\d{6,14}$/, E164_MESSAGE);

/** What kind of line a number is: a work line may not be called when the holder said so; an unknown one is treated as mobile. */
export const PHONE_TYPES = ['mobile', 'landline', 'work', 'unknown'] as const;
export const phoneTypeSchema = z.enum(PHONE_TYPES);
export type PhoneType = z.output<typeof phoneTypeSchema>;

/** One phone number of the holder, with the consents given for that number (TCPA consent is per number). */
export const contactPhoneSchema = z
  .object({
    number: e164Phone(),
    type: phoneTypeSchema.default('unknown'),
    consents: z.object({ sms: z.boolean(), voice: z.boolean(), whatsapp: z.boolean() }).partial().strict().default({}),
  })
  .strict();
export type ContactPhone = z.output<typeof contactPhoneSchema>;

export const contactEmailSchema = z
  .object({
    address: z.email().max(254),
    consents: z.object({ email: z.boolean() }).partial().strict().default({}),
  })
  .strict();
export type ContactEmail = z.output<typeof contactEmailSchema>;

const US_ZIP = /^\d{5}(-\d{4})?$/;
/** Where letters go, and which state's collection rules apply. US addresses need a two-letter state and a ZIP code. */
export const postalAddressSchema = z
  .object({
    line1: safeText().min(1).max(200).optional(),
    line2: safeText().max(200).optional(),
    city: safeText().min(1).max(100),
    state: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter state or region code such as NY'),
    postalCode: z.string().min(1).max(12),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 country code such as US').default('US'),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.country === 'US' && !US_ZIP.test(a.postalCode)) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'must be a US ZIP code such as 10001 or 10001-1234' });
    else if (!/^[A-Za-z0-9][A-Za-z0-9 -]{0,11}$/.test(a.postalCode)) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: 'must be a postal code of letters, digits, spaces or dashes' });
  });
export type PostalAddress = z.output<typeof postalAddressSchema>;

/** The holder's spouse, where the law lets a collector speak with them about the debt. */
export const spouseSchema = z
  .object({ name: safeText().min(1).max(200), phone: e164Phone().optional(), email: z.email().max(254).optional() })
  .strict();

/** Facts about the debt itself that limit how it may be collected. */
export const debtFlagsSchema = z
  .object({
    /** Past the statute of limitations: no suit may be threatened, and some states require a disclosure. */
    timeBarred: z.boolean().default(false),
    /** Medical debt: several states and the credit bureaus treat it differently. */
    medical: z.boolean().default(false),
  })
  .strict();

/** A person-level flag that asks for care: hardship (ability to pay) or vulnerability (illness, bereavement, ...). */
export const CARE_FLAG_KINDS = ['hardship', 'vulnerability'] as const;
export const careFlagSchema = z
  .object({
    kind: z.enum(CARE_FLAG_KINDS),
    note: safeText({ multiline: true }).max(1000).optional(),
    /** Who set it and when; stamped by Kairos when a writer leaves them out (see `stampCareFlags`). */
    setBy: safeText().min(1).max(200).optional(),
    setAt: instant().optional(),
  })
  .strict();
export type CareFlag = z.output<typeof careFlagSchema>;

/**
 * The profile fields of an account (see `accountSnapshotSchema`). Optional, so the many places that
 * describe an account for a cadence need not spell them out; a stored account always has them (see
 * `AccountProfile` and `withContactPoints`).
 */
export const accountProfileShape = {
  /** The consumer (person) who owes this debt: several accounts may share it. */
  consumerId: safeText().min(1).max(200).optional(),
  address: postalAddressSchema.optional(),
  spouse: spouseSchema.optional(),
  /** Every phone number known for the holder, the primary (`phone`) included. */
  phones: z.array(contactPhoneSchema).max(20).optional(),
  /** Every email address known for the holder, the primary (`email`) included. */
  emails: z.array(contactEmailSchema).max(20).optional(),
  /** The holder asked not to be contacted at work (FDCPA 805(a)(3)): work numbers are never called. */
  doNotContactAtWork: z.boolean().optional(),
  /** When the holder consented to electronic delivery of required notices (E-SIGN Act); absent: not given. */
  esignConsentAt: instant().optional(),
  debtFlags: debtFlagsSchema.optional(),
  careFlags: z.array(careFlagSchema).max(10).optional(),
};

/** The profile as a stored account always has it: lists and flags present, possibly empty. */
export interface AccountProfile {
  consumerId?: string;
  address?: PostalAddress;
  spouse?: z.output<typeof spouseSchema>;
  phones: ContactPhone[];
  emails: ContactEmail[];
  doNotContactAtWork: boolean;
  esignConsentAt?: string;
  debtFlags: z.output<typeof debtFlagsSchema>;
  careFlags: CareFlag[];
}

type ContactFacts = {
  phone?: string;
  email?: string;
  phones?: ContactPhone[];
  emails?: ContactEmail[];
  consents: { sms?: boolean; voice?: boolean; whatsapp?: boolean; email?: boolean };
  compliance?: { phoneType: 'mobile' | 'landline' | 'unknown' };
};

/**
 * One rule for primary and listed contact points: the primary phone and email are always in the
 * lists (with the account-level consents and line type when a writer gave only `phone`), and an
 * account given only lists takes its primary from them (the first mobile number, else the first).
 */
export function withContactPoints<A extends ContactFacts>(a: A): A & { phone?: string; email?: string; phones: ContactPhone[]; emails: ContactEmail[] } {
  let phones = a.phones ?? [];
  let phone = a.phone;
  if (phone && !phones.some((p) => p.number === phone)) {
    const { sms, voice, whatsapp } = a.consents;
    const consents = Object.fromEntries(Object.entries({ sms, voice, whatsapp }).filter(([, v]) => v !== undefined));
    phones = [{ number: phone, type: a.compliance?.phoneType ?? 'unknown', consents }, ...phones];
  } else if (!phone && phones.length > 0) phone = (phones.find((p) => p.type === 'mobile') ?? phones[0]!).number;
  let emails = a.emails ?? [];
  let email = a.email;
  if (email && !emails.some((e) => e.address.toLowerCase() === email!.toLowerCase())) {
    emails = [{ address: email, consents: a.consents.email === undefined ? {} : { email: a.consents.email } }, ...emails];
  } else if (!email && emails.length > 0) email = emails[0]!.address;
  return { ...a, phones, emails, ...(phone ? { phone } : {}), ...(email ? { email } : {}) };
}

/** Every phone number and (lower-cased) email of an account: what a search by contact point matches. */
export function contactPointsOf(a: { phones: readonly ContactPhone[]; emails: readonly ContactEmail[] }): string[] {
  return [...new Set([...a.phones.map((p) => p.number), ...a.emails.map((e) => e.address.toLowerCase())])];
}

/**
 * Care flags keep who set them and when: a flag a writer sends again unchanged keeps its stamp (a
 * nightly sync must not make every flag look new); a new or changed one is stamped with the writer.
 */
export function stampCareFlags(incoming: readonly CareFlag[], existing: readonly CareFlag[], writer: string, nowIso: string): CareFlag[] {
  return incoming.map((flag) => {
    const same = existing.find((e) => e.kind === flag.kind && (e.note ?? '') === (flag.note ?? ''));
    if (same?.setBy && same.setAt) return { ...flag, setBy: same.setBy, setAt: same.setAt };
    return { ...flag, setBy: flag.setBy ?? writer, setAt: flag.setAt ?? nowIso };
  });
}
