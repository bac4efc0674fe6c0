// Who an enrollment is for, as the enroll page reads it: the Accounts list's filter from the address
// (`/enroll?<filter>`, exactly what "Enroll these accounts" links to), or a list of ids pasted in.
// Both become the API's audience body; the filter is also said in words so people see whom they chose.
import { filterParams, viewFromParams, type AccountListView } from '../accounts/account-list-params';
import type { Schemas } from '../api/types';

export type Audience = Schemas['EnrollmentAudience'];
export type AudienceFilter = Extract<Audience, { kind: 'filter' }>['filter'];

/** The most ids the API takes in one pasted list. */
export const MAX_PASTED_IDS = 100_000;

/** The filter the address names (values the API would refuse are dropped, as on the Accounts page). */
export function filterFromParams(params: URLSearchParams): AudienceFilter {
  const v = viewFromParams(params);
  return {
    ...(v.portfolio.length ? { portfolio: v.portfolio } : {}),
    ...(v.dpd.length ? { dpd: v.dpd as NonNullable<AudienceFilter['dpd']> } : {}),
    ...(v.tier.length ? { tier: v.tier } : {}),
    ...(v.balanceMin !== undefined ? { balanceMin: v.balanceMin } : {}),
    ...(v.balanceMax !== undefined ? { balanceMax: v.balanceMax } : {}),
    ...(v.status.length ? { status: v.status as NonNullable<AudienceFilter['status']> } : {}),
    ...(v.q ? { q: v.q } : {}),
  };
}

/** The Accounts list address showing the same filter (to check or change it there). */
export function accountsLink(filter: AudienceFilter): string {
  const view: AccountListView = {
    portfolio: filter.portfolio ?? [],
    dpd: filter.dpd ?? [],
    tier: filter.tier ?? [],
    ...(typeof filter.balanceMin === 'number' ? { balanceMin: filter.balanceMin } : {}),
    ...(typeof filter.balanceMax === 'number' ? { balanceMax: filter.balanceMax } : {}),
    status: filter.status ?? [],
    q: filter.q ?? '',
    sort: 'id',
    order: 'asc',
    page: 1,
  };
  const query = filterParams(view).toString();
  return query ? `/accounts?${query}` : '/accounts';
}

const DPD_WORDS: Record<string, string> = { pre_due: 'not yet due', '1-15': 'DPD 1-15', '16-30': 'DPD 16-30', '31-60': 'DPD 31-60', '60+': 'DPD over 60' };
const STATUS_WORDS: Record<string, string> = {
  in_cadence: 'in a cadence',
  promise_open: 'promise open',
  plan: 'on a plan',
  dispute: 'in dispute',
  opted_out: 'opted out',
  paid: 'paid',
};
const amount = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const either = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)!}`);

/** The filter in words: "portfolio default, DPD 16-30, promise open"; every account when it filters nothing. */
export function filterWords(filter: AudienceFilter): string {
  const parts: string[] = [];
  if (filter.portfolio?.length) parts.push(`${filter.portfolio.length === 1 ? 'portfolio' : 'portfolios'} ${either(filter.portfolio)}`);
  if (filter.dpd?.length) parts.push(either(filter.dpd.map((b) => DPD_WORDS[b] ?? b)));
  if (filter.tier?.length) parts.push(`tier ${either(filter.tier)}`);
  const min = typeof filter.balanceMin === 'number' ? filter.balanceMin : undefined;
  const max = typeof filter.balanceMax === 'number' ? filter.balanceMax : undefined;
  if (min !== undefined && max !== undefined) parts.push(`balance ${amount(min)} to ${amount(max)}`);
  else if (min !== undefined) parts.push(`balance at least ${amount(min)}`);
  else if (max !== undefined) parts.push(`balance at most ${amount(max)}`);
  if (filter.status?.length) parts.push(either(filter.status.map((s) => STATUS_WORDS[s] ?? s)));
  if (filter.q) parts.push(`matching “${filter.q}”`);
  return parts.length ? parts.join(', ') : 'every account of the portfolios you read';
}

export type PastedIds = { ok: true; accountIds: string[]; repeated: number } | { ok: false; problem: string };

/** Account ids pasted one per line (or separated by commas, semicolons, spaces or tabs, as a spreadsheet column copies), each once. */
export function readPastedIds(text: string): PastedIds {
  const all = text.split(/[\s,;]+/).map((id) => id.trim()).filter(Boolean);
  if (all.length === 0) return { ok: false, problem: 'Paste at least one account id, one per line.' };
  const accountIds = [...new Set(all)];
  const tooLong = accountIds.find((id) => id.length > 200);
  if (tooLong) return { ok: false, problem: `“${tooLong.slice(0, 40)}…” is longer than an account id can be (200 characters): paste ids only.` };
  if (accountIds.length > MAX_PASTED_IDS) {
    return { ok: false, problem: `${accountIds.length.toLocaleString('en-US')} ids is more than ${MAX_PASTED_IDS.toLocaleString('en-US')}: enroll them in parts.` };
  }
  return { ok: true, accountIds, repeated: all.length - accountIds.length };
}
