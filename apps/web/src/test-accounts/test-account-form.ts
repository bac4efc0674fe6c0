// The New test account form as plain data: what is typed, what is wrong with it (checked by the same
// account schema the API holds the body to), and the body it sends. The page only draws it.
import { accountSnapshotSchema, channelSchema, type Channel } from '@kairos/cadence';

export const CONSENT_CHANNELS: readonly Channel[] = channelSchema.options;

export interface TestAccountForm {
  id: string;
  portfolioId: string;
  name: string;
  phone: string;
  email: string;
  /** Dollars and cents as typed, e.g. 250 or 1250.50. */
  balance: string;
  dueDate: string;
  timezone: string;
  tier: string;
  consents: Partial<Record<Channel, boolean>>;
}

export type TestAccountField = Exclude<keyof TestAccountForm, 'consents'> | 'consents';
export type TestAccountProblems = Partial<Record<TestAccountField, string>>;

/** A fresh form: a test id nobody else is likely to type, due today, consent to texts and email. */
export function emptyTestAccount(opts: { portfolioId: string; today: string; timezone: string; suffix: string }): TestAccountForm {
  return {
    id: `TEST-${opts.suffix}`,
    portfolioId: opts.portfolioId,
    name: '',
    phone: '',
    email: '',
    balance: '',
    dueDate: opts.today,
    timezone: opts.timezone,
    tier: '',
    consents: { sms: true, email: true },
  };
}

const MONEY = /^\d{1,9}(\.\d{1,2})?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const cents = (balance: string): number => Math.round(Number(balance.replace(/,/g, '')) * 100);

/** The body of PUT /accounts/{id} (without the id, which is the path). */
export function accountBody(f: TestAccountForm) {
  return {
    name: f.name.trim(),
    ...(f.phone.trim() ? { phone: f.phone.replace(/[\s().-]/g, '') } : {}),
    ...(f.email.trim() ? { email: f.email.trim() } : {}),
    balanceCents: cents(f.balance.trim()),
    currency: 'USD',
    dueDate: f.dueDate,
    timezone: f.timezone.trim(),
    language: 'en',
    consents: Object.fromEntries(CONSENT_CHANNELS.map((c) => [c, f.consents[c] === true])),
    attributes: (f.tier.trim() ? { tier: f.tier.trim() } : {}) as Record<string, string>,
    portfolioId: f.portfolioId,
  };
}

/** Where a field of the API's body is on the form (the API's issues name body fields). */
export function formFieldOf(bodyField: string): TestAccountField | undefined {
  const head = bodyField.split('.')[0]!;
  if (head === 'balanceCents') return 'balance';
  if (head === 'attributes') return 'tier';
  return (['name', 'phone', 'email', 'dueDate', 'timezone', 'consents', 'portfolioId'] as const).find((f) => f === head);
}

/** Every problem of the form, at its field, in words that say what to type. */
export function testAccountProblems(f: TestAccountForm): TestAccountProblems {
  const problems: TestAccountProblems = {};
  if (!ID.test(f.id.trim())) problems.id = 'Use letters, digits, dots, dashes or underscores, such as TEST-1001.';
  if (!f.portfolioId) problems.portfolioId = 'Choose the sandbox portfolio the test account goes into.';
  if (!f.name.trim()) problems.name = 'Give the account holder a name, such as Dana Test.';
  if (!MONEY.test(f.balance.trim().replace(/,/g, ''))) problems.balance = 'Type the balance in dollars, such as 250 or 1250.50.';
  if (!f.phone.trim() && !f.email.trim()) problems.phone = 'Give a phone number or an email address, so a message can reach the account.';
  const parsed = accountSnapshotSchema.safeParse({ id: f.id.trim() || 'x', ...accountBody(f), balanceCents: problems.balance ? 0 : cents(f.balance) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formFieldOf(issue.path.map(String).join('.'));
      if (field && !problems[field]) problems[field] = sentence(issue.message);
    }
  }
  return problems;
}

const sentence = (text: string) => {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
