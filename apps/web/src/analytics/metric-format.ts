// How analytics numbers read: rates as percentages, differences of rates as points, money in its currency.
import { formatCents } from '../shell/format';

/** A rate in [0, 1] as a percentage with one decimal; "—" when it has no denominator (null). */
export function percent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '—';
  return `${(rate * 100).toFixed(digits)}%`;
}

/** A difference of two rates in percentage points, unsigned ("3.1"); `signed` adds + or − ("−0.4"). */
export function points(diff: number, signed = false): string {
  const text = Math.abs(diff * 100).toFixed(1);
  if (!signed || text === '0.0') return text;
  return `${diff < 0 ? '−' : '+'}${text}`;
}

/** A bound of an interval in points, keeping its sign ("−0.8", "5.4"). */
export const bound = (x: number) => (x < 0 && (x * 100).toFixed(1) !== '-0.0' ? `−${Math.abs(x * 100).toFixed(1)}` : Math.abs(x * 100).toFixed(1));

export function money(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return '—';
  return formatCents(minor, currency);
}

/** Cost per unit collected as money per unit ("$0.04 per $1.00 collected" reads better than 0.042); `short` leaves out "collected". */
export function costRatio(ratio: number | null | undefined, currency: string, form: 'long' | 'short' = 'long'): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${formatCents(Math.round(ratio * 10_000) / 100, currency)} per ${formatCents(100, currency)}${form === 'long' ? ' collected' : ''}`;
}

export function count(n: number): string {
  return new Intl.NumberFormat('en-US').format(n);
}

export function days(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}
