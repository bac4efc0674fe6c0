// The postal codes of US states, the District of Columbia and the territories where a debt collector
// may hold a licence: one list for the collector's licences, its mailing address and the account's state.

export const US_STATE_CODES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI',
  'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'AS', 'GU', 'MP', 'PR', 'VI',
] as const;
export type UsStateCode = (typeof US_STATE_CODES)[number];

const known = new Set<string>(US_STATE_CODES);

/** A state code as written on an account (`ny`, ` NY `) when it is one, else undefined. */
export function usStateOf(value: unknown): UsStateCode | undefined {
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toUpperCase();
  return known.has(code) ? (code as UsStateCode) : undefined;
}
