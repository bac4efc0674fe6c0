// How one cell of a creditor's file is read into a stored value: amounts in the currency's minor
// units, dates that exist, phones in E.164, time zones, yes/no. Each reader returns the value or a
// message saying what the cell should look like, never throws: a file's every problem is listed.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { isCalendarDate } from '@kairos/input';
import { isTimeZone } from '@kairos/cadence';
import type { AmountFormat, DateFormat } from './formats';
export { AMOUNT_FORMATS, ATTRIBUTE_FORMATS, DATE_FORMATS, type AmountFormat, type AttributeFormat, type DateFormat } from './formats';

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = (message: string): Cell<never> => ({ ok: false, message });

/** Digits after the decimal point of a currency (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

const GROUPED = { decimal: { group: ',', point: '.' }, 'decimal-comma': { group: '.', point: ',' } } as const;

/** An amount in the currency's minor units, from text in `format`; negative and over-precise amounts are refused. */
export function readAmount(text: string, format: AmountFormat, currency: string): Cell<number> {
  const decimals = currencyDecimals(currency);
  // Symbols and codes around the number are decoration ("$1,234.56", "1234.56 USD").
  const bare = text.replace(/^[A-Z]{3}\s*|\s*[A-Z]{3}$/g, '').replace(/[$€£¥\s]/g, '');
  if (/^\(.*\)$/.test(bare) || bare.startsWith('-')) return fail('is negative: a balance owed is zero or more (leave credit balances out of the file)');
  if (format === 'minor-units') {
    if (!/^\d{1,15}$/.test(bare)) return fail(`must be a whole number of minor units (cents), such as 123456 for ${(123456 / 10 ** decimals).toFixed(decimals)} ${currency}`);
    return ok(Number(bare));
  }
  const { group, point } = GROUPED[format];
  const g = group === '.' ? '\\.' : group;
  const p = point === '.' ? '\\.' : point;
  const shape = new RegExp(`^(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${p}(\\d+))?$`);
  const m = shape.exec(bare);
  const example = format === 'decimal' ? '1,234.56 or 1234.56' : '1.234,56 or 1234,56';
  if (!m) return fail(`must be an amount such as ${example}`);
  const whole = m[1]!.split(group).join('');
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) return fail(`has ${fraction.length} decimals; ${currency} amounts have at most ${decimals}`);
  if (whole.length > 13) return fail('is too large for an amount owed');
  return ok(Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0'));
}

const DATE_SHAPE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;

/** A calendar day as YYYY-MM-DD from text in `format`; a day that does not exist (02/30) is refused. */
export function readDate(text: string, format: DateFormat): Cell<string> {
  const notReal = `is not a real calendar date (read as ${format})`;
  if (format === 'YYYY-MM-DD') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    if (!m) return fail('must be a date written YYYY-MM-DD, such as 2026-03-31');
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    return isCalendarDate(iso) ? ok(iso) : fail(notReal);
  }
  const m = DATE_SHAPE.exec(text);
  if (!m) return fail(`must be a date written ${format}, such as ${format === 'MM/DD/YYYY' ? '03/31/2026' : '31/03/2026'}`);
  if (m[3]!.length === 2) return fail('has a two-digit year: write the year with four digits (2026, not 26)');
  const [month, day] = format === 'MM/DD/YYYY' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  const iso = `${m[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? ok(iso) : fail(notReal);
}

/** A phone number in E.164; a number without a country code is read as one of `defaultCountry`. */
export function readPhone(text: string, defaultCountry: string): Cell<string> {
  const phone = parsePhoneNumberFromString(text, defaultCountry as CountryCode);
  if (!phone?.isValid()) return fail(`is not a valid phone number for ${defaultCountry}: write it with its area code, or with its country code such as +1 212 555 0100`);
  return ok(phone.number);
}

/** US zone names and abbreviations creditors' systems write, read as the IANA zone they mean. */
const ZONE_ALIASES: Readonly<Record<string, string>> = {
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York', EASTERN: 'America/New_York',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago', CENTRAL: 'America/Chicago',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver', MOUNTAIN: 'America/Denver',
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', PACIFIC: 'America/Los_Angeles',
  AKT: 'America/Anchorage', AKST: 'America/Anchorage', ALASKA: 'America/Anchorage',
  HT: 'Pacific/Honolulu', HST: 'Pacific/Honolulu', HAWAII: 'Pacific/Honolulu',
  UTC: 'UTC', GMT: 'UTC',
};

/** An IANA time zone (`America/Chicago`), or a US abbreviation (`CST`, `Pacific`) read as its zone. */
export function readTimeZone(text: string): Cell<string> {
  const alias = ZONE_ALIASES[text.toUpperCase()];
  if (alias) return ok(alias);
  if (text.includes('/') && isTimeZone(text)) return ok(text);
  return fail('must be a time zone such as America/New_York (or ET, CT, MT, PT)');
}

const YES = new Set(['y', 'yes', 'true', 't', '1', 'x', 'on', 'opt in', 'opt-in', 'opted in', 'consent', 'consented']);
const NO = new Set(['n', 'no', 'false', 'f', '0', 'off', 'opt out', 'opt-out', 'opted out', 'none']);

/** Yes or no (Y/N, true/false, 1/0, opt in/opt out). */
export function readBoolean(text: string): Cell<boolean> {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return fail('must be yes or no (Y/N, true/false, 1/0)');
}

/** A number as an attribute (a score): digits with an optional point and sign. */
export function readNumber(text: string): Cell<number> {
  const bare = text.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(bare) && Number.isFinite(Number(bare)) ? ok(Number(bare)) : fail('must be a number such as 640 or 0.75');
}
