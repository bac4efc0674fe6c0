// The channel costs form, pure: money typed in major units ("0.05") becomes the integer minor units the API
// stores (5), with a problem per field that says how to fix it. The number of minor digits is the currency's
// own (USD 2, JPY 0, BHD 3), as Intl knows it.
import { CHANNELS, type AnalyticsSettings, type Channel } from '../api/analytics-types';
import { minorDigits, sentence } from '../shell/format';

export const CHANNEL_NAMES: Record<Channel, string> = {
  sms: 'SMS',
  email: 'Email',
  voice: 'Voice call',
  whatsapp: 'WhatsApp',
  push: 'Push notification',
  letter: 'Letter',
};

/** The most one attempt may cost, in minor units (the API refuses more). */
export const MAX_UNIT_COST_MINOR = 100_000;

/** What the form holds: the currency code and each channel's cost as typed, in major units. */
export interface UnitCostForm {
  currency: string;
  costs: Record<Channel, string>;
}
export type UnitCostField = 'currency' | Channel;
export type UnitCostProblems = Partial<Record<UnitCostField, string>>;

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Minor units as the major amount a person types: 5 USD cents are "0.05", 85 are "0.85", 7 yen "7". */
export function majorText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
}

export function formFromSettings(s: AnalyticsSettings): UnitCostForm {
  return { currency: s.currency, costs: Object.fromEntries(CHANNELS.map((c) => [c, majorText(s.unitCostMinor[c] ?? 0, s.currency)])) as Record<Channel, string> };
}

export function sameForm(a: UnitCostForm, b: UnitCostForm): boolean {
  return a.currency.trim().toUpperCase() === b.currency.trim().toUpperCase() && CHANNELS.every((c) => a.costs[c].trim() === b.costs[c].trim());
}

/** What is wrong with a currency code, or undefined. */
export function currencyProblem(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (code === '') return 'Enter the three-letter ISO 4217 code of the currency, such as USD.';
  if (!/^[A-Z]{3}$/.test(code)) return 'A currency code is three letters (ISO 4217), such as USD, EUR or GBP.';
  if (!KNOWN_CURRENCIES.has(code)) return `${code} is not an ISO 4217 currency code: use one such as USD, EUR or GBP.`;
  return undefined;
}

/** A cost typed in major units of `currency` as minor units, or what is wrong with it. */
export function parseCost(text: string, currency: string): { minor: number } | { problem: string } {
  const t = text.trim();
  const digits = minorDigits(currency);
  if (t === '') return { problem: 'Enter a cost: 0 if this channel costs nothing.' };
  if (/^-\s*(\d+\.?\d*|\.\d+)$/.test(t)) return { problem: 'A cost cannot be negative: enter 0 or more.' };
  if (/^\d+,\d+$/.test(t)) return { problem: `Use a point for decimals: ${t.replace(',', '.')}.` };
  const m = /^(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { problem: `Enter a number, such as ${majorText(5, currency)}, without the currency sign.` };
  const [, whole = '', fraction = ''] = m;
  if (fraction.length > digits) {
    return {
      problem:
        digits === 0
          ? `${currency} has no smaller unit: enter whole ${currency}, such as 5.`
          : `${currency} has ${digits} decimal${digits === 1 ? '' : 's'}: round to at most ${digits} digit${digits === 1 ? '' : 's'} after the point, such as ${majorText(5, currency)}.`,
    };
  }
  // String arithmetic: 0.29 * 100 is 28.999999999999996 in floating point.
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (minor > MAX_UNIT_COST_MINOR) return { problem: `At most ${majorText(MAX_UNIT_COST_MINOR, currency)} ${currency} per attempt.` };
  return { minor };
}

/** Every field's problem (empty: the form can be saved), costs read in the currency typed. */
export function unitCostProblems(form: UnitCostForm): UnitCostProblems {
  const problems: UnitCostProblems = {};
  const currency = currencyProblem(form.currency);
  if (currency) problems.currency = currency;
  const code = form.currency.trim().toUpperCase();
  for (const c of CHANNELS) {
    const parsed = parseCost(form.costs[c], currency ? 'USD' : code);
    if ('problem' in parsed) problems[c] = parsed.problem;
  }
  return problems;
}

/** The body to PUT: all six channels in minor units. Only for a form without problems. */
export function settingsFromForm(form: UnitCostForm): AnalyticsSettings {
  const currency = form.currency.trim().toUpperCase();
  const unitCostMinor = Object.fromEntries(
    CHANNELS.map((c) => {
      const parsed = parseCost(form.costs[c], currency);
      if ('problem' in parsed) throw new Error(`${c}: ${parsed.problem}`);
      return [c, parsed.minor];
    }),
  ) as Record<Channel, number>;
  return { currency, unitCostMinor };
}

/**
 * The API's 400 issues by field of the form (`unitCostMinor.sms` → sms); what names no field of the form
 * goes under `other`.
 */
export function problemsFromIssues(issues: ReadonlyArray<Record<string, unknown>>): { fields: UnitCostProblems; other: string[] } {
  const fields: UnitCostProblems = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = typeof issue.field === 'string' ? issue.field.replace(/^unitCostMinor\./, '') : '';
    const message = `The server refused it: ${sentence(String(issue.message ?? 'invalid'))}`;
    if (field === 'currency' || (CHANNELS as readonly string[]).includes(field)) fields[field as UnitCostField] = message;
    else other.push(field ? `${field}: ${String(issue.message)}` : String(issue.message));
  }
  return { fields, other };
}
