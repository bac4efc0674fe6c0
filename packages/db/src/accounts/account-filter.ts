// Which accounts a list, a count or an audience means: one filter, translated to one SQL condition,
// so the Accounts page, its totals and "enroll these" can never disagree about who is in it.
import { and, eq, gte, inArray, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DpdBucket } from '@kairos/analytics';
import { accounts, enrollments } from '../schema';
import { openPromiseSince } from './account-standing';

/**
 * Where an account stands, as the list filters it (any of several). `promise_open`: a promise whose
 * date plus the KPIs' grace days has not passed on `asOf`; `plan`: an accepted plan not broken or paid off.
 */
export const ACCOUNT_STATUSES = ['in_cadence', 'promise_open', 'plan', 'dispute', 'opted_out', 'paid'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export interface AccountFilter {
  portfolioIds?: readonly string[];
  /** Days past due as of `asOf`: pre_due, 1-15, 16-30, 31-60, 60+. */
  dpdBuckets?: readonly DpdBucket[];
  tiers?: readonly string[];
  balanceMinCents?: number;
  balanceMaxCents?: number;
  /** Accounts in any of these statuses. */
  statuses?: readonly AccountStatus[];
  /** An account id, the start of a name, a phone number (E.164) or an email address. */
  search?: string;
}

/** The due dates of a DPD bucket on `asOf` (a calendar date): DPD = asOf - due date. */
function dueDatesOf(bucket: DpdBucket, asOf: string): SQL {
  const day = (n: number) => sql`(${asOf}::date - ${n}::int)`;
  switch (bucket) {
    case 'pre_due':
      return sql`${accounts.dueDate} >= ${asOf}::date`;
    case '1-15':
      return sql`${accounts.dueDate} between ${day(15)} and ${day(1)}`;
    case '16-30':
      return sql`${accounts.dueDate} between ${day(30)} and ${day(16)}`;
    case '31-60':
      return sql`${accounts.dueDate} between ${day(60)} and ${day(31)}`;
    case '60+':
      return sql`${accounts.dueDate} < ${day(60)}`;
  }
}

function inStatus(status: AccountStatus, asOf: string): SQL {
  switch (status) {
    case 'in_cadence':
      return sql`exists (select 1 from ${enrollments} where ${enrollments.accountId} = ${accounts.id} and ${enrollments.status} = 'active')`;
    case 'promise_open':
      // Open until its date plus the grace days have passed: a broken promise needs no event to leave the list.
      return gte(accounts.openPromiseDate, openPromiseSince(asOf));
    case 'plan':
      return isNotNull(accounts.activePlanId);
    case 'dispute':
      return eq(accounts.disputeStatus, 'open');
    case 'opted_out':
      return sql`(${accounts.ceaseCommunication} or jsonb_array_length(${accounts.optOuts}) > 0)`;
    case 'paid':
      return eq(accounts.balanceCents, 0);
  }
}

/** A search term as a condition: a phone or email is one index probe on contact points; else an id or the start of a name. */
export function accountSearch(term: string): SQL {
  const q = term.trim();
  const digits = q.replace(/[\s().-]/g, '');
  if (/^\+?\d{7,15}$/.test(digits)) {
    // A US number typed without its country code is the usual case on a collections floor.
    const e164 = digits.startsWith('+') ? digits : digits.length === 10 ? `+1${digits}` : `+${digits}`;
    return or(sql`${accounts.contactPoints} @> array[${e164}]::text[]`, eq(accounts.id, q))!;
  }
  if (q.includes('@')) return sql`${accounts.contactPoints} @> array[${q.toLowerCase()}]::text[]`;
  const prefix = q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
  return or(eq(accounts.id, q), sql`lower(${accounts.name}) like ${prefix}`)!;
}

/** The condition on `accounts` rows a filter keeps (undefined: every account); `asOf` is today's date for DPD. */
export function accountFilterCondition(filter: AccountFilter, asOf: string): SQL | undefined {
  return and(
    filter.portfolioIds?.length ? inArray(accounts.portfolioId, [...filter.portfolioIds]) : undefined,
    filter.dpdBuckets?.length ? or(...filter.dpdBuckets.map((b) => dueDatesOf(b, asOf))) : undefined,
    filter.tiers?.length ? inArray(sql`(${accounts.attributes} ->> 'tier')`, [...filter.tiers]) : undefined,
    filter.balanceMinCents !== undefined ? gte(accounts.balanceCents, filter.balanceMinCents) : undefined,
    filter.balanceMaxCents !== undefined ? lte(accounts.balanceCents, filter.balanceMaxCents) : undefined,
    filter.statuses?.length ? or(...filter.statuses.map((st) => inStatus(st, asOf))) : undefined,
    filter.search?.trim() ? accountSearch(filter.search) : undefined,
  );
}
