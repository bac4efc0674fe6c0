// The Accounts page keeps its filter, order and page in the address, with the API's own parameter
// names: a link shares the exact list, the back button undoes a filter, and "Enroll these" passes the
// filter part unchanged to the enroll page (whose API reads the same filter schema).
import { DPD_BUCKETS, type DpdBucket } from '@kairos/analytics/kpi';
import type { components } from '../api/openapi';
import type { Query } from '../api/types';

export { DPD_BUCKETS, daysPastDue } from '@kairos/analytics/kpi';
export type ListedAccount = components['schemas']['AccountList']['accounts'][number];
export type AccountStatus = ListedAccount['statuses'][number];
export const ACCOUNT_SORTS = ['id', 'name', 'balance', 'due', 'updated'] as const satisfies ReadonlyArray<NonNullable<Query<'/api/v1/accounts'>['sort']>>;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

/** Every status the API knows, named (the record type makes a new status a type error here). */
export const STATUS_TEXT: Record<AccountStatus, string> = {
  in_cadence: 'In a cadence',
  promise_open: 'Promise open',
  plan: 'On a plan',
  dispute: 'Dispute',
  opted_out: 'Opted out',
  paid: 'Paid',
};
export const ACCOUNT_STATUSES = Object.keys(STATUS_TEXT) as AccountStatus[];
export const DPD_TEXT: Record<DpdBucket, string> = { pre_due: 'Not yet due', '1-15': '1–15 days', '16-30': '16–30 days', '31-60': '31–60 days', '60+': 'Over 60 days' };

/** The filter's parameters: what "Enroll these" passes on. Sorting and paging are the page's own. */
const FILTER_KEYS = ['portfolio', 'dpd', 'tier', 'balanceMin', 'balanceMax', 'status', 'q'] as const;
export const PAGE_SIZE = 50;

export interface AccountListView {
  portfolio: string[];
  dpd: string[];
  tier: string[];
  /** In cents, as the API takes them. */
  balanceMin?: number;
  balanceMax?: number;
  status: string[];
  q: string;
  sort: AccountSort;
  order: 'asc' | 'desc';
  /** 1-based. */
  page: number;
}

const list = (params: URLSearchParams, key: string) => params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
const cents = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : undefined);
const oneOf = <T extends string>(allowed: readonly T[], v: string | null, fallback: T): T => (allowed.includes(v as T) ? (v as T) : fallback);

/** The view an address asks for; values the API would refuse are dropped, not sent. */
export function viewFromParams(params: URLSearchParams): AccountListView {
  const page = Number(params.get('page'));
  const balanceMin = cents(params.get('balanceMin'));
  const balanceMax = cents(params.get('balanceMax'));
  return {
    portfolio: list(params, 'portfolio'),
    dpd: list(params, 'dpd').filter((b) => (DPD_BUCKETS as readonly string[]).includes(b)),
    tier: list(params, 'tier'),
    ...(balanceMin !== undefined ? { balanceMin } : {}),
    ...(balanceMax !== undefined ? { balanceMax } : {}),
    status: list(params, 'status').filter((s) => (ACCOUNT_STATUSES as readonly string[]).includes(s)),
    q: params.get('q')?.trim() ?? '',
    sort: oneOf(ACCOUNT_SORTS, params.get('sort'), 'id'),
    order: oneOf(['asc', 'desc'] as const, params.get('order'), 'asc'),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only the filter, as query parameters (for the address and for "Enroll these"). */
export function filterParams(v: AccountListView): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = v[key];
    if (Array.isArray(value)) {
      if (value.length) out.set(key, value.join(','));
    } else if (value !== undefined && value !== '') out.set(key, String(value));
  }
  return out;
}

/** The whole view as an address query: the filter, then the order and page when not the defaults. */
export function viewToParams(v: AccountListView): URLSearchParams {
  const out = filterParams(v);
  if (v.sort !== 'id') out.set('sort', v.sort);
  if (v.order !== 'asc') out.set('order', v.order);
  if (v.page > 1) out.set('page', String(v.page));
  return out;
}

export const hasFilter = (v: AccountListView) => filterParams(v).size > 0;

/** The API query for the view's page. */
export function toApiQuery(v: AccountListView): Query<'/api/v1/accounts'> {
  return {
    ...(v.portfolio.length ? { portfolio: v.portfolio } : {}),
    ...(v.dpd.length ? { dpd: v.dpd as DpdBucket[] } : {}),
    ...(v.tier.length ? { tier: v.tier } : {}),
    ...(v.balanceMin !== undefined ? { balanceMin: v.balanceMin } : {}),
    ...(v.balanceMax !== undefined ? { balanceMax: v.balanceMax } : {}),
    ...(v.status.length ? { status: v.status as AccountStatus[] } : {}),
    ...(v.q ? { q: v.q } : {}),
    sort: v.sort,
    order: v.order,
    limit: PAGE_SIZE,
    offset: (v.page - 1) * PAGE_SIZE,
  };
}

/** "12.50" or "1,234" typed in the balance fields, as cents; null when it is not an amount. */
export function amountToCents(text: string): number | null | undefined {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}
