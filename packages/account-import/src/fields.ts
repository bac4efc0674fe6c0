// The account fields a CSV column can fill, what kind of value each holds, and the header names
// creditors' systems use for them (what a suggested mapping is read from). One list, so the
// mapping check, the suggestion, the row reader, the web app's choices and the docs agree.
import { z } from 'zod';

/** How a cell is read: the kind decides the formats a column may choose. */
export type FieldKind = 'text' | 'amount' | 'date' | 'phone' | 'email' | 'timezone' | 'boolean' | 'code' | 'attribute';

export interface ImportField {
  id: string;
  label: string;
  kind: FieldKind;
  /** Header names (compared without case, spaces or punctuation) that suggest this field. */
  synonyms: readonly string[];
}

const field = (id: string, label: string, kind: FieldKind, synonyms: readonly string[]): ImportField => ({ id, label, kind, synonyms });

export const IMPORT_FIELDS: readonly ImportField[] = [
  field('id', 'Account id', 'text', ['account id', 'acct no', 'acct number', 'account number', 'account no', 'acct', 'acct id', 'account', 'account ref', 'loan number', 'loan id', 'reference']),
  field('name', 'Full name', 'text', ['name', 'full name', 'customer name', 'debtor name', 'consumer name', 'borrower name', 'account holder']),
  field('firstName', 'First name', 'text', ['first name', 'first', 'given name', 'fname']),
  field('lastName', 'Last name', 'text', ['last name', 'last', 'surname', 'family name', 'lname']),
  field('balance', 'Balance', 'amount', ['balance', 'balance due', 'amount due', 'current balance', 'outstanding', 'outstanding balance', 'amount owed', 'total due', 'bal']),
  field('currency', 'Currency (ISO 4217)', 'code', ['currency', 'ccy', 'currency code']),
  field('dueDate', 'Due date', 'date', ['due date', 'due dt', 'date due', 'payment due', 'payment due date', 'next due date', 'due']),
  field('timezone', 'Time zone', 'timezone', ['time zone', 'timezone', 'tz']),
  field('language', 'Language', 'code', ['language', 'lang', 'preferred language']),
  field('email', 'Email (primary)', 'email', ['email', 'e-mail', 'email address', 'primary email']),
  field('email2', 'Email (other)', 'email', ['email 2', 'secondary email', 'alternate email', 'other email']),
  field('phone', 'Phone (type unknown)', 'phone', ['phone', 'phone number', 'telephone', 'tel', 'primary phone']),
  field('phone.mobile', 'Mobile phone', 'phone', ['cell', 'cell phone', 'mobile', 'mobile phone', 'cell number', 'mobile number']),
  field('phone.landline', 'Home phone (landline)', 'phone', ['home phone', 'home', 'landline', 'home number']),
  field('phone.work', 'Work phone', 'phone', ['work phone', 'office phone', 'business phone', 'work number', 'employer phone']),
  field('consent.sms', 'SMS consent', 'boolean', ['sms consent', 'text consent', 'sms opt in', 'text opt in', 'sms ok']),
  field('consent.voice', 'Call consent (autodialed)', 'boolean', ['call consent', 'voice consent', 'autodial consent', 'tcpa consent']),
  field('consent.email', 'Email consent', 'boolean', ['email consent', 'email opt in', 'email ok']),
  field('consent.whatsapp', 'WhatsApp consent', 'boolean', ['whatsapp consent', 'whatsapp opt in']),
  field('consent.letter', 'Letter consent', 'boolean', ['letter consent', 'mail consent']),
  field('address.line1', 'Address line 1', 'text', ['address', 'address 1', 'address line 1', 'street', 'street address', 'addr1']),
  field('address.line2', 'Address line 2', 'text', ['address 2', 'address line 2', 'addr2', 'apt', 'suite']),
  field('address.city', 'City', 'text', ['city', 'town']),
  field('address.state', 'State', 'code', ['state', 'st', 'province', 'region', 'state code']),
  field('address.postalCode', 'ZIP / postal code', 'text', ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'zip5']),
  field('address.country', 'Country (ISO 3166)', 'code', ['country', 'country code']),
  field('consumerId', 'Consumer id (one person, several debts)', 'text', ['consumer id', 'customer id', 'person id', 'debtor id', 'customer number', 'cust no']),
  field('spouse.name', 'Spouse name', 'text', ['spouse', 'spouse name']),
  field('spouse.phone', 'Spouse phone', 'phone', ['spouse phone']),
  field('spouse.email', 'Spouse email', 'email', ['spouse email']),
  field('doNotContactAtWork', 'Do not contact at work', 'boolean', ['do not contact at work', 'no work contact', 'no work calls', 'dnc work']),
  field('esignConsentAt', 'E-SIGN consent date', 'date', ['esign consent', 'e-sign consent', 'esign date', 'esign consent date', 'e-sign consent date']),
  field('debtFlags.timeBarred', 'Time-barred debt', 'boolean', ['time barred', 'time-barred', 'sol expired', 'out of statute']),
  field('debtFlags.medical', 'Medical debt', 'boolean', ['medical', 'medical debt']),
  field('careFlags.hardship', 'Hardship', 'boolean', ['hardship', 'hardship flag']),
  field('careFlags.vulnerability', 'Vulnerable customer', 'boolean', ['vulnerable', 'vulnerability', 'vulnerable customer']),
];

/** `attributes.<name>`: a portfolio-defined fact (tier, segment, risk score, ...). */
export const ATTRIBUTE_FIELD = /^attributes\.([A-Za-z][A-Za-z0-9_]{0,63})$/;

/** Attribute names suggested for common headers; any other `attributes.<name>` may be chosen by hand. */
export const ATTRIBUTE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  tier: ['tier', 'collection tier'],
  segment: ['segment', 'placement segment'],
  riskScore: ['risk score', 'score', 'risk'],
  product: ['product', 'product type'],
};

/** The fields an account cannot be stored without (a name may come as first and last name). */
export const REQUIRED_FIELDS = ['id', 'name', 'balance', 'dueDate'] as const;

const BY_ID = new Map(IMPORT_FIELDS.map((f) => [f.id, f]));

/** The field a mapping names, with attributes read as their own kind; undefined for an unknown id. */
export function importField(id: string): ImportField | undefined {
  const known = BY_ID.get(id);
  if (known) return known;
  const attribute = ATTRIBUTE_FIELD.exec(id);
  return attribute ? { id, label: `Attribute ${attribute[1]}`, kind: 'attribute', synonyms: [] } : undefined;
}

export const fieldIdSchema = z.string().refine((id) => importField(id) !== undefined, {
  message: 'must be an account field such as id, name, balance, dueDate, phone.mobile or attributes.tier',
});
