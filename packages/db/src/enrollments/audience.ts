// An enrollment audience in SQL: which accounts it names (a filter of the Accounts list or a pasted
// list of ids, always inside the caller's portfolios), why each would not enter (the order of
// `audienceExclusion` in @kairos/cadence, as one CASE), the counts of a preview and the pages the
// audience enrollment walks.
import { and, asc, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { type AudienceAccountFacts, type AudienceCount, type AudienceExclusion, type AudienceRules } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { accountFilterCondition, type AccountFilter } from '../accounts/account-filter';
import { accountInScope, type PortfolioScope } from '../accounts/account-scope';
import { toAccountSnapshot, type StoredAccount } from '../accounts/accounts';
import { accountImportAccounts, accounts, enrollments } from '../schema';

/** The most ids a pasted list may name. */
export const MAX_AUDIENCE_IDS = 100_000;

export type Audience =
  | { kind: 'filter'; filter: AccountFilter }
  | { kind: 'ids'; accountIds: readonly string[] }
  /** The accounts an import's file described (created, updated or unchanged). */
  | { kind: 'import'; importId: string };

export interface AudienceQuery {
  audience: Audience;
  cadenceId: string;
  rules: AudienceRules;
  /** Whose accounts the caller reads: an account outside it is not found. */
  scope: PortfolioScope;
  /** Today's date, for DPD buckets. */
  asOf: string;
}

/** A pasted list as one parameter (a JSON array), whatever its length: a list of bind parameters stops at 65,535. */
const pastedIds = (ids: readonly string[]) => sql`(select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/** The accounts the audience names among those the caller reads. */
function audienceCondition(q: AudienceQuery): SQL | undefined {
  const a = q.audience;
  const named =
    a.kind === 'filter'
      ? accountFilterCondition(a.filter, q.asOf)
      : a.kind === 'ids'
        ? sql`${accounts.id} in ${pastedIds(a.accountIds)}`
        : sql`${accounts.id} in (select ${accountImportAccounts.accountId} from ${accountImportAccounts} where ${accountImportAccounts.importId} = ${a.importId})`;
  return and(accountInScope(q.scope), named);
}

const enrolledIn = (cadenceId: string) =>
  sql`exists (select 1 from ${enrollments} where ${enrollments.accountId} = ${accounts.id} and ${enrollments.cadenceId} = ${cadenceId} and ${enrollments.status} = 'active')`;

const enrolledElsewhere = (cadenceId: string) =>
  sql`exists (select 1 from ${enrollments} where ${enrollments.accountId} = ${accounts.id} and ${enrollments.cadenceId} <> ${cadenceId} and ${enrollments.status} = 'active')`;

/** Why an account would not enter, or null: `audienceExclusion` of @kairos/cadence, reason for reason and in its order. */
function exclusionCase(q: AudienceQuery): SQL<AudienceExclusion | null> {
  const { portfolios, channels } = q.rules;
  const otherPortfolio = portfolios === 'all' ? sql`false` : portfolios.length === 0 ? sql`true` : sql`not (${inArray(accounts.portfolioId, [...portfolios])})`;
  const optedOutOfAll = channels.length ? sql`${accounts.optOuts} @> ${JSON.stringify(channels)}::jsonb` : sql`false`;
  return sql<AudienceExclusion | null>`case
    when ${otherPortfolio} then 'other_portfolio'
    when ${enrolledIn(q.cadenceId)} then 'already_enrolled'
    when ${q.rules.oneActiveCadence ? enrolledElsewhere(q.cadenceId) : sql`false`} then 'in_another_cadence'
    when ${accounts.balanceCents} <= 0 then 'paid'
    when ${accounts.disputeStatus} = 'open' then 'dispute'
    when ${accounts.ceaseCommunication} or ${optedOutOfAll} then 'opted_out'
  end`;
}

/** Counts of the audience's accounts per reason (null: entering), with up to `examples` account ids each. */
export async function countAudience(db: KairosDb, q: AudienceQuery, examples: number): Promise<AudienceCount[]> {
  const audience = db.select({ id: accounts.id, reason: exclusionCase(q).as('reason') }).from(accounts).where(audienceCondition(q)).as('audience');
  const counts = await db.select({ reason: audience.reason, count: sql<number>`count(*)::int` }).from(audience).groupBy(audience.reason);
  const ranked = db
    .select({ id: audience.id, reason: audience.reason, rank: sql<number>`row_number() over (partition by ${audience.reason} order by ${audience.id})`.as('rank') })
    .from(audience)
    .as('ranked');
  const firsts = await db.select({ id: ranked.id, reason: ranked.reason }).from(ranked).where(sql`${ranked.rank} <= ${examples}`).orderBy(asc(ranked.id));
  return counts.map((c) => ({
    reason: c.reason ?? null,
    count: Number(c.count),
    examples: firsts.filter((f) => (f.reason ?? null) === (c.reason ?? null)).map((f) => f.id),
  }));
}

/** The ids of a pasted list that name no account the caller reads (all of them: the preview counts them, and shows a few). */
export async function unknownAudienceIds(db: KairosDb, ids: readonly string[], scope: PortfolioScope): Promise<string[]> {
  if (!ids.length) return [];
  const found = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(accountInScope(scope), sql`${accounts.id} in ${pastedIds(ids)}`));
  const known = new Set(found.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export interface AudienceMember {
  account: StoredAccount;
  facts: AudienceAccountFacts;
}

/** A page of the audience's accounts after `afterId` (by id), with what the exclusion decision reads of each. */
export async function audiencePage(db: KairosDb, q: AudienceQuery, page: { afterId?: string; limit: number }): Promise<AudienceMember[]> {
  const rows = await db
    .select({
      account: accounts,
      enrolled: sql<boolean>`${enrolledIn(q.cadenceId)}`,
      elsewhere: q.rules.oneActiveCadence ? sql<boolean>`${enrolledElsewhere(q.cadenceId)}` : sql<boolean>`false`,
    })
    .from(accounts)
    .where(and(audienceCondition(q), page.afterId !== undefined ? gt(accounts.id, page.afterId) : undefined))
    .orderBy(asc(accounts.id))
    .limit(page.limit);
  return rows.map(({ account, enrolled, elsewhere }) => ({
    account: toAccountSnapshot(account),
    facts: {
      portfolioId: account.portfolioId,
      balanceCents: account.balanceCents,
      disputeOpen: account.disputeStatus === 'open',
      optOuts: account.optOuts,
      ceaseCommunication: account.ceaseCommunication,
      enrolledInCadence: Boolean(enrolled),
      enrolledElsewhere: Boolean(elsewhere),
    },
  }));
}
