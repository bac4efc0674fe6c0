// Portfolios: which provider serves each channel of a book of accounts, with its credentials.
// Secrets are stored here and read by providers and webhook verifiers; the API answers only their names.
import { asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { readCollectorIdentity, type CollectorIdentity, type EnrollmentPolicy } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { accounts, portfolios, type PortfolioSecrets, type PortfolioSettings } from '../schema';

export type PortfolioRow = typeof portfolios.$inferSelect;

/** The portfolio accounts belong to when nothing else is said; every channel on the sandbox until configured. */
export const DEFAULT_PORTFOLIO_ID = 'default';

/** The demo's sandbox portfolio of test accounts (any portfolio may be one: see `isSandboxPortfolio`). */
export const SANDBOX_PORTFOLIO_ID = 'sandbox';

/** Whether settings mark a sandbox portfolio of test accounts: its sends go to the outbox whatever channels name. */
export const isSandboxSettings = (settings: Pick<PortfolioSettings, 'sandbox'> | null | undefined): boolean => settings?.sandbox === true;

/** Whether a portfolio is a sandbox of test accounts (an unknown portfolio is not). */
export async function isSandboxPortfolio(db: KairosDb, id: string): Promise<boolean> {
  return isSandboxSettings((await getPortfolio(db, id))?.settings);
}

/** Whether contact steps wait while a promise to pay is open: the portfolio's choice, on when it made none (or has no row). */
export const holdsContactWhilePromiseOpen = (settings: Pick<PortfolioSettings, 'holdContactWhilePromiseOpen'> | null | undefined): boolean =>
  settings?.holdContactWhilePromiseOpen !== false;

/** The portfolio policies an enrollment of one of its accounts starts with (carried in the workflow's input). */
export async function enrollmentPolicyOf(db: KairosDb, portfolioId: string | undefined): Promise<EnrollmentPolicy> {
  const row = await getPortfolio(db, portfolioId || DEFAULT_PORTFOLIO_ID);
  return { holdContactWhilePromiseOpen: holdsContactWhilePromiseOpen(row?.settings) };
}

/**
 * Create the sandbox portfolio of test accounts if it does not exist: every send of its accounts goes to
 * the outbox, and its collector is the given (fictional) identity so those sends are not refused.
 */
export async function ensureSandboxPortfolio(db: KairosDb, opts: { name: string; collector: CollectorIdentity }): Promise<{ portfolio: PortfolioRow; created: boolean }> {
  const existing = await getPortfolio(db, SANDBOX_PORTFOLIO_ID);
  if (existing) return { portfolio: existing, created: false };
  const [row] = await db
    .insert(portfolios)
    .values({ id: SANDBOX_PORTFOLIO_ID, name: opts.name, settings: { channels: {}, sandbox: true, collector: opts.collector }, secrets: {} })
    .onConflictDoNothing()
    .returning();
  return row ? { portfolio: row, created: true } : { portfolio: (await getPortfolio(db, SANDBOX_PORTFOLIO_ID))!, created: false };
}

export async function getPortfolio(db: KairosDb, id: string): Promise<PortfolioRow | null> {
  const [row] = await db.select().from(portfolios).where(eq(portfolios.id, id));
  return row ?? null;
}

export function listPortfolios(db: KairosDb): Promise<PortfolioRow[]> {
  return db.select().from(portfolios).orderBy(asc(portfolios.id));
}

/**
 * Create or replace a portfolio's name and settings. Secrets are merged: a secret left out keeps its
 * stored value (a form that never shows secrets can save the rest), null removes it. So is the
 * collector identity: settings without one keep the stored one (it has its own form and route).
 */
export async function upsertPortfolio(
  db: KairosDb,
  p: { id: string; name: string; settings: PortfolioSettings; secrets?: { [K in keyof PortfolioSecrets]?: string | null } },
): Promise<{ portfolio: PortfolioRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(portfolios).where(eq(portfolios.id, p.id)).for('update');
    const secrets: PortfolioSecrets = { ...(existing?.secrets ?? {}) };
    for (const [key, value] of Object.entries(p.secrets ?? {}) as Array<[keyof PortfolioSecrets, string | null | undefined]>) {
      if (value === null) delete secrets[key];
      else if (value !== undefined) secrets[key] = value;
    }
    const collector = p.settings.collector ?? existing?.settings.collector;
    const settings: PortfolioSettings = { ...p.settings, ...(collector ? { collector } : {}) };
    const [row] = existing
      ? await tx.update(portfolios).set({ name: p.name, settings, secrets, updatedAt: sql`now()` }).where(eq(portfolios.id, p.id)).returning()
      : await tx.insert(portfolios).values({ id: p.id, name: p.name, settings, secrets }).returning();
    return { portfolio: row!, created: !existing };
  });
}

/** Names of the secrets a portfolio has set (never their values). */
export const secretNames = (row: Pick<PortfolioRow, 'secrets'>): string[] =>
  Object.entries(row.secrets)
    .filter(([, v]) => typeof v === 'string' && v.length > 0)
    .map(([k]) => k)
    .sort();

/** The compliance profile a portfolio chose, if any. */
export async function portfolioComplianceProfile(db: KairosDb, id: string): Promise<string | undefined> {
  const [row] = await db.select({ settings: portfolios.settings }).from(portfolios).where(eq(portfolios.id, id));
  return row?.settings.complianceProfile;
}

/**
 * Every profile some account may be decided under: the portfolios' choices and the accounts' own
 * overrides (the configured default is the caller's to add). Design-time lint holds a cadence to each.
 */
export async function complianceProfilesInUse(db: KairosDb): Promise<string[]> {
  const [books, overrides] = await Promise.all([
    db.select({ settings: portfolios.settings }).from(portfolios),
    db.selectDistinct({ id: accounts.complianceProfile }).from(accounts).where(isNotNull(accounts.complianceProfile)),
  ]);
  const ids = [...books.map((b) => b.settings.complianceProfile), ...overrides.map((o) => o.id)];
  return [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();
}

/**
 * Set who collects a portfolio. A portfolio that does not exist yet is created with every channel on
 * the sandbox (the default portfolio has no row until someone configures it).
 */
export async function setCollectorIdentity(db: KairosDb, id: string, collector: CollectorIdentity): Promise<{ portfolio: PortfolioRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(portfolios).where(eq(portfolios.id, id)).for('update');
    const [row] = existing
      ? await tx.update(portfolios).set({ settings: { ...existing.settings, collector }, updatedAt: sql`now()` }).where(eq(portfolios.id, id)).returning()
      : await tx.insert(portfolios).values({ id, name: id, settings: { channels: {}, collector }, secrets: {} }).returning();
    return { portfolio: row!, created: !existing };
  });
}

/** The collector identity sends for a portfolio name, or why they may not go out (no identity, or one missing a field). */
export async function portfolioCollector(db: KairosDb, id: string): Promise<{ identity: CollectorIdentity } | { problem: string }> {
  const [row] = await db.select({ settings: portfolios.settings }).from(portfolios).where(eq(portfolios.id, id));
  const read = readCollectorIdentity(row?.settings.collector);
  return 'identity' in read ? read : { problem: `portfolio "${id}" ${read.problem}` };
}

/** Portfolios that have accounts but no complete collector identity: every send to those accounts is refused. */
export async function portfoliosWithoutCollector(db: KairosDb): Promise<string[]> {
  const inUse = (await db.selectDistinct({ id: accounts.portfolioId }).from(accounts)).map((r) => r.id);
  if (inUse.length === 0) return [];
  const rows = await db.select({ id: portfolios.id, settings: portfolios.settings }).from(portfolios).where(inArray(portfolios.id, inUse));
  const complete = new Set(rows.filter((r) => 'identity' in readCollectorIdentity(r.settings.collector)).map((r) => r.id));
  return inUse.filter((id) => !complete.has(id)).sort();
}
