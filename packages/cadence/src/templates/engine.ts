import { Liquid } from 'liquidjs';

/** Formats integer cents as money in the account's currency, e.g. 12345 -> "$123.45". */
export function formatMoney(cents: number, currency = 'USD', locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

// One engine for validation and rendering, so what passes the check renders the same way.
// strictVariables turns a typo in a variable into an error instead of an empty string sent to a customer.
export const liquid = new Liquid({ strictVariables: true, strictFilters: true, ownPropertyOnly: true });
liquid.registerFilter('money', (cents: unknown, currency?: unknown) =>
  typeof cents === 'number' ? formatMoney(cents, typeof currency === 'string' ? currency : 'USD') : cents,
);
