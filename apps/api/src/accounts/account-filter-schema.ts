// The account filter as callers send it: as query parameters of the Accounts list (the web app keeps
// them in its URL) and as the audience of an enrollment. One schema, so both mean the same accounts.
import { z } from '@hono/zod-openapi';
import { DPD_BUCKETS } from '@kairos/analytics';
import { ACCOUNT_STATUSES, type AccountFilter } from '@kairos/db';
import { safeText } from '@kairos/input';

/** A list parameter: repeated (`?tier=a&tier=b`) or comma-separated (`?tier=a,b`). */
const listOf = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter((s) => s !== '')), z.array(item).max(50).optional());

const cents = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** The filter's fields, for schemas that add their own (paging, sorting) before `withBalanceRange`. */
export const accountFilterShape = {
    portfolio: listOf(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a portfolio id such as default')).openapi({ description: 'Portfolio ids' }),
    dpd: listOf(z.enum(DPD_BUCKETS)).openapi({ description: `DPD buckets: ${DPD_BUCKETS.join(', ')}` }),
    tier: listOf(safeText().min(1).max(200)).openapi({ description: 'Tiers (attributes.tier)' }),
    balanceMin: cents.optional().openapi({ description: 'Smallest balance, in cents' }),
    balanceMax: cents.optional().openapi({ description: 'Largest balance, in cents' }),
    status: listOf(z.enum(ACCOUNT_STATUSES)).openapi({ description: `Any of: ${ACCOUNT_STATUSES.join(', ')}` }),
    q: safeText().max(200).optional().openapi({ description: 'An account id, the start of a name, a phone number or an email address' }),
};

/** A balance range that is not upside down. */
export const withBalanceRange = <S extends z.ZodType<{ balanceMin?: number | undefined; balanceMax?: number | undefined }>>(schema: S) =>
  schema.refine((f) => f.balanceMin === undefined || f.balanceMax === undefined || f.balanceMin <= f.balanceMax, { path: ['balanceMax'], message: 'must not be below balanceMin' });

/** Unknown parameters are refused: a misspelt filter must not silently widen who is enrolled. */
export const accountFilterSchema = withBalanceRange(z.object(accountFilterShape).strict());
export type AccountFilterQuery = z.output<typeof accountFilterSchema>;

/** The repository's filter for a parsed query. */
export function toAccountFilter(q: AccountFilterQuery): AccountFilter {
  return {
    ...(q.portfolio ? { portfolioIds: q.portfolio } : {}),
    ...(q.dpd ? { dpdBuckets: q.dpd } : {}),
    ...(q.tier ? { tiers: q.tier } : {}),
    ...(q.balanceMin !== undefined ? { balanceMinCents: q.balanceMin } : {}),
    ...(q.balanceMax !== undefined ? { balanceMaxCents: q.balanceMax } : {}),
    ...(q.status ? { statuses: q.status } : {}),
    ...(q.q ? { search: q.q } : {}),
  };
}
