// The contact ledger as compliance reads it: every attempt on an account, by every cadence and
// agent. A contact attempt is decided and recorded in one transaction that holds a lock on the
// account row, so two cadences deciding at once see each other's attempts and can never together
// exceed a cap. (PGlite runs one transaction at a time, which gives the same guarantee.)
import { and, asc, eq, gte, inArray, notInArray } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { toAccountSnapshot, type StoredAccount } from '../accounts/accounts';
import { accounts, contactAttempts, contactDecisions, portfolios } from '../schema';
import { appendAnalyticsEvents } from '../analytics/log';
import { externalContactEvents } from '../analytics/facts';
import type { ContactAttemptRow } from '../schema';

const DAY_MS = 86_400_000;
/** How far ahead another writer's clock may run before its attempts stop moving this decision's instant. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A past attempt as a decision sees it. */
export interface LedgerEntry {
  at: Date;
  /** The channel as stored (`sms`, `email`, `voice`, ...). */
  channel: string;
  /** `no_answer`, `conversation`, `voicemail`, `busy`, `delivered` or `failed`. */
  outcome: string;
}

/** A decision as the ledger records it; `until` only for `defer`. */
export interface LedgerDecision {
  decision: 'allow' | 'defer' | 'block';
  rule: string;
  until?: string;
  reasons: string[];
  profile: string;
}

export type GatedAttempt =
  /** An attempt with this idempotency key was recorded earlier (a retried activity): no new decision. */
  | { kind: 'existing'; attempt: ContactAttemptRow }
  | { kind: 'allow'; attempt: ContactAttemptRow; decision: LedgerDecision }
  | { kind: 'defer'; decision: LedgerDecision }
  | { kind: 'block'; attempt: ContactAttemptRow; decision: LedgerDecision }
  | { kind: 'no-account' };

const entryOf = (row: Pick<ContactAttemptRow, 'createdAt' | 'channel' | 'outcome' | 'status'>): LedgerEntry => ({
  at: row.createdAt,
  channel: row.channel,
  // Messages have no call outcome: sent, still pending or of unknown outcome counts as delivered (the
  // safe side: it may have reached the holder), failed as failed.
  outcome: row.outcome ?? (row.status === 'failed' ? 'failed' : 'delivered'),
});

/**
 * Decide a contact attempt against the account's contact history and record it, atomically.
 * `decide` is the pure compliance decision; `at` the instant of the attempt. An allowed attempt is
 * recorded `pending` (the caller sends, then marks it sent); a blocked one is recorded `blocked`;
 * a deferral records only the decision, and the retry with the same key decides again.
 */
export async function decideAndBeginContact(
  db: KairosDb,
  a: {
    idempotencyKey: string;
    enrollmentId: string | null;
    accountId: string;
    stepId: string | null;
    channel: string;
    provider: string;
    recipient: string;
    subject?: string;
    body: string;
    /** The clock of the attempt: read once the account is locked, so the attempt is decided when it happens. */
    at: () => Date;
    historyDays: number;
    /** `portfolioProfile`: the compliance profile the account's portfolio chose, if any (read in the same transaction). */
    decide: (ctx: { account: StoredAccount; history: LedgerEntry[]; at: Date; portfolioProfile: string | undefined }) => LedgerDecision;
  },
): Promise<GatedAttempt> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(accounts).where(eq(accounts.id, a.accountId)).for('update');
    if (!row) return { kind: 'no-account' } as const;
    const [earlier] = await tx.select().from(contactAttempts).where(eq(contactAttempts.idempotencyKey, a.idempotencyKey));
    if (earlier) return { kind: 'existing', attempt: earlier } as const;

    const now = a.at().getTime();
    const since = new Date(now - a.historyDays * DAY_MS - MAX_CLOCK_SKEW_MS);
    const past = await tx
      .select({ createdAt: contactAttempts.createdAt, channel: contactAttempts.channel, outcome: contactAttempts.outcome, status: contactAttempts.status })
      .from(contactAttempts)
      .where(and(eq(contactAttempts.accountId, a.accountId), gte(contactAttempts.createdAt, since), notInArray(contactAttempts.status, ['skipped', 'blocked'])))
      .orderBy(asc(contactAttempts.createdAt));
    // This attempt comes after every attempt recorded before it took the lock, even one whose writer's
    // clock runs a little ahead: deciding earlier would not count that attempt yet.
    const latest = past.reduce((t, p) => Math.max(t, p.createdAt.getTime()), Number.NEGATIVE_INFINITY);
    const at = new Date(latest > now && latest - now <= MAX_CLOCK_SKEW_MS ? latest : now);
    const [portfolio] = await tx.select({ settings: portfolios.settings }).from(portfolios).where(eq(portfolios.id, row.portfolioId));
    const decision = a.decide({ account: toAccountSnapshot(row), history: past.map(entryOf), at, portfolioProfile: portfolio?.settings.complianceProfile });

    let attempt: ContactAttemptRow | undefined;
    if (decision.decision !== 'defer') {
      const blocked = decision.decision === 'block';
      [attempt] = await tx
        .insert(contactAttempts)
        .values({
          idempotencyKey: a.idempotencyKey,
          enrollmentId: a.enrollmentId,
          accountId: a.accountId,
          stepId: a.stepId,
          channel: a.channel,
          provider: a.provider,
          recipient: a.recipient,
          subject: a.subject ?? null,
          body: a.body,
          status: blocked ? 'blocked' : 'pending',
          error: blocked ? `${decision.rule}: ${decision.reasons.join('; ')}` : null,
          createdAt: at,
        })
        .returning();
    }
    await tx.insert(contactDecisions).values({
      accountId: a.accountId,
      idempotencyKey: a.idempotencyKey,
      enrollmentId: a.enrollmentId,
      stepId: a.stepId,
      channel: a.channel,
      profile: decision.profile,
      decidedAt: at,
      decision: decision.decision,
      rule: decision.rule,
      until: decision.until ? new Date(decision.until) : null,
      reasons: decision.reasons,
      contactAttemptId: attempt?.id ?? null,
    });
    if (decision.decision === 'defer') return { kind: 'defer', decision } as const;
    return { kind: decision.decision, attempt: attempt!, decision } as const;
  });
}

/** An attempt an agent or dialer made outside Kairos (a call and how it ended): it counts toward every later decision. */
export async function recordExternalContact(
  db: KairosDb,
  c: { idempotencyKey: string; accountId: string; channel: string; outcome: string; at: Date; provider: string; note?: string },
): Promise<{ attempt: ContactAttemptRow; existing: boolean }> {
  return db.transaction(async (t) => {
    const tx = t as unknown as KairosDb;
    const result = await insertExternalContact(tx, c);
    if (!result.existing) await appendAnalyticsEvents(tx, { accountId: c.accountId }, externalContactEvents(result.attempt));
    return result;
  });
}

async function insertExternalContact(
  db: KairosDb,
  c: { idempotencyKey: string; accountId: string; channel: string; outcome: string; at: Date; provider: string; note?: string },
): Promise<{ attempt: ContactAttemptRow; existing: boolean }> {
  const [inserted] = await db
    .insert(contactAttempts)
    .values({
      idempotencyKey: c.idempotencyKey,
      enrollmentId: null,
      accountId: c.accountId,
      stepId: null,
      channel: c.channel,
      provider: c.provider,
      recipient: '',
      body: c.note ?? '',
      status: c.outcome === 'failed' || c.outcome === 'busy' ? 'failed' : 'sent',
      outcome: c.outcome,
      createdAt: c.at,
      sentAt: c.at,
    })
    .onConflictDoNothing({ target: contactAttempts.idempotencyKey })
    .returning();
  if (inserted) return { attempt: inserted, existing: false };
  const [earlier] = await db.select().from(contactAttempts).where(eq(contactAttempts.idempotencyKey, c.idempotencyKey));
  return { attempt: earlier!, existing: true };
}

export type ContactDecisionRow = typeof contactDecisions.$inferSelect;

/** Decisions about an account's contact attempts, oldest first. */
export function listContactDecisions(db: KairosDb, f: { accountId?: string; idempotencyKey?: string; idempotencyKeys?: readonly string[] }): Promise<ContactDecisionRow[]> {
  const conditions = [];
  if (f.accountId) conditions.push(eq(contactDecisions.accountId, f.accountId));
  if (f.idempotencyKey) conditions.push(eq(contactDecisions.idempotencyKey, f.idempotencyKey));
  if (f.idempotencyKeys) {
    if (f.idempotencyKeys.length === 0) return Promise.resolve([]);
    conditions.push(inArray(contactDecisions.idempotencyKey, [...f.idempotencyKeys]));
  }
  return db.select().from(contactDecisions).where(and(...conditions)).orderBy(asc(contactDecisions.decidedAt), asc(contactDecisions.id));
}

type Tx = Parameters<Parameters<KairosDb['transaction']>[0]>[0];
type Decide = (ctx: { account: StoredAccount; history: LedgerEntry[]; at: Date; portfolioProfile: string | undefined }) => LedgerDecision;

/** What a decision reads about an account, inside a transaction: the account row (locked when asked), its portfolio's profile, its ledger. */
async function ledgerOf(tx: Tx, accountId: string, historyDays: number, at: Date, lock: boolean) {
  const query = tx.select().from(accounts).where(eq(accounts.id, accountId));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const since = new Date(at.getTime() - historyDays * DAY_MS - MAX_CLOCK_SKEW_MS);
  const past = await tx
    .select({ createdAt: contactAttempts.createdAt, channel: contactAttempts.channel, outcome: contactAttempts.outcome, status: contactAttempts.status })
    .from(contactAttempts)
    .where(and(eq(contactAttempts.accountId, accountId), gte(contactAttempts.createdAt, since), notInArray(contactAttempts.status, ['skipped', 'blocked'])))
    .orderBy(asc(contactAttempts.createdAt));
  const [portfolio] = await tx.select({ settings: portfolios.settings }).from(portfolios).where(eq(portfolios.id, row.portfolioId));
  return { account: toAccountSnapshot(row), history: past.map(entryOf), portfolioProfile: portfolio?.settings.complianceProfile };
}

/** "May I contact this account now?": the decision over the stored ledger and account facts, without recording anything. */
export async function decideOnLedger(db: KairosDb, a: { accountId: string; at: Date; historyDays: number; decide: Decide }): Promise<LedgerDecision | null> {
  return db.transaction(async (tx) => {
    const ctx = await ledgerOf(tx, a.accountId, a.historyDays, a.at, false);
    return ctx ? a.decide({ ...ctx, at: a.at }) : null;
  });
}

export type DecidedExternalContact =
  | { kind: 'recorded'; attempt: ContactAttemptRow; decision: LedgerDecision }
  | { kind: 'existing'; attempt: ContactAttemptRow }
  /** The decision says no: nothing is recorded but the decision. */
  | { kind: 'refused'; decision: LedgerDecision }
  | { kind: 'no-account' };

/**
 * An agent's contact reported as it is placed: decided against the ledger under the account's row
 * lock and recorded in the same transaction, so an agent and a cadence cannot together exceed a cap.
 * A refusal records the decision only.
 */
export async function decideAndRecordExternalContact(
  db: KairosDb,
  c: { idempotencyKey: string; accountId: string; channel: string; outcome: string; at: Date; provider: string; note?: string; historyDays: number; decide: Decide },
): Promise<DecidedExternalContact> {
  return db.transaction(async (tx) => {
    const ctx = await ledgerOf(tx, c.accountId, c.historyDays, c.at, true);
    if (!ctx) return { kind: 'no-account' } as const;
    const [earlier] = await tx.select().from(contactAttempts).where(eq(contactAttempts.idempotencyKey, c.idempotencyKey));
    if (earlier) return { kind: 'existing', attempt: earlier } as const;
    const decision = c.decide({ ...ctx, at: c.at });
    let attempt: ContactAttemptRow | undefined;
    if (decision.decision === 'allow') {
      [attempt] = await tx
        .insert(contactAttempts)
        .values({
          idempotencyKey: c.idempotencyKey, enrollmentId: null, accountId: c.accountId, stepId: null, channel: c.channel, provider: c.provider,
          recipient: '', body: c.note ?? '', status: c.outcome === 'failed' || c.outcome === 'busy' ? 'failed' : 'sent', outcome: c.outcome, createdAt: c.at, sentAt: c.at,
        })
        .returning();
    }
    await tx.insert(contactDecisions).values({
      accountId: c.accountId, idempotencyKey: c.idempotencyKey, enrollmentId: null, stepId: null, channel: c.channel, profile: decision.profile,
      decidedAt: c.at, decision: decision.decision, rule: decision.rule, until: decision.until ? new Date(decision.until) : null,
      reasons: decision.reasons, contactAttemptId: attempt?.id ?? null,
    });
    return attempt ? ({ kind: 'recorded', attempt, decision } as const) : ({ kind: 'refused', decision } as const);
  });
}
