// Account imports as stored: the upload, its mapping and the problems its rows have, the queue the
// imports run in (arrival order), and one batch of rows written in one transaction with the
// import's progress, so a failed batch leaves nothing half-written and a restart resumes after the
// last batch that committed.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ImportMapping, RowProblem } from '@kairos/account-import';
import { stampCareFlags, withContactPoints, type AccountSnapshot } from '@kairos/cadence';
import type { KairosDb } from '../database/connection';
import { accountImportAccounts, accountImportProblems, accountImports, accounts, importMappings, type ImportStatus } from '../schema';
import { accountColumns } from '../accounts/accounts';

export type AccountImportRow = typeof accountImports.$inferSelect;
/** An import as listed and answered: its file's content left out. */
export type AccountImport = Omit<AccountImportRow, 'content'>;

const listed = {
  id: accountImports.id,
  seq: accountImports.seq,
  portfolioId: accountImports.portfolioId,
  fileName: accountImports.fileName,
  mapping: accountImports.mapping,
  status: accountImports.status,
  totalRows: accountImports.totalRows,
  rowsDone: accountImports.rowsDone,
  created: accountImports.created,
  updated: accountImports.updated,
  unchanged: accountImports.unchanged,
  rejected: accountImports.rejected,
  failureReason: accountImports.failureReason,
  cancelRequested: accountImports.cancelRequested,
  createdBy: accountImports.createdBy,
  createdAt: accountImports.createdAt,
  startedAt: accountImports.startedAt,
  runStartedAt: accountImports.runStartedAt,
  runStartRow: accountImports.runStartRow,
  finishedAt: accountImports.finishedAt,
};

export async function createImport(db: KairosDb, given: { portfolioId: string; fileName: string; content: string; mapping: ImportMapping; createdBy: string }): Promise<AccountImport> {
  const [row] = await db.insert(accountImports).values(given).returning(listed);
  return row!;
}

export async function getImport(db: KairosDb, id: string): Promise<AccountImport | null> {
  const [row] = await db.select(listed).from(accountImports).where(eq(accountImports.id, id));
  return row ?? null;
}

/** The uploaded file of an import still to run; null once it ended (the file is dropped then). */
export async function importContent(db: KairosDb, id: string): Promise<string | null> {
  const [row] = await db.select({ content: accountImports.content }).from(accountImports).where(eq(accountImports.id, id));
  return row?.content ?? null;
}

/** The imports into the given portfolios, newest first. */
export function listImports(db: KairosDb, portfolioIds: readonly string[] | 'all', limit = 50): Promise<AccountImport[]> {
  const where = portfolioIds === 'all' ? undefined : portfolioIds.length === 0 ? sql`false` : inArray(accountImports.portfolioId, [...portfolioIds]);
  return db.select(listed).from(accountImports).where(where).orderBy(desc(accountImports.seq)).limit(limit);
}

/** A mapping chosen for an uploaded file, with the number of rows it found and every row problem (replacing the last ones). */
export async function setImportMapping(db: KairosDb, id: string, given: { mapping: ImportMapping; totalRows: number; problems: readonly RowProblem[]; rejectedRows: number }): Promise<AccountImport | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(accountImports)
      .set({ mapping: given.mapping, totalRows: given.totalRows, rejected: given.rejectedRows })
      .where(and(eq(accountImports.id, id), eq(accountImports.status, 'uploaded')))
      .returning(listed);
    if (!row) return null;
    await tx.delete(accountImportProblems).where(eq(accountImportProblems.importId, id));
    await insertProblems(tx, id, given.problems);
    return row;
  });
}

async function insertProblems(tx: Pick<KairosDb, 'insert'>, importId: string, problems: readonly RowProblem[]) {
  const counter = new Map<number, number>();
  const values = problems.map((p) => {
    const n = (counter.get(p.row) ?? 0) + 1;
    counter.set(p.row, n);
    return { importId, row: p.row, n, column: p.column, message: p.message };
  });
  for (let i = 0; i < values.length; i += 1000) await tx.insert(accountImportProblems).values(values.slice(i, i + 1000)).onConflictDoNothing();
}

/** The problems of an import's rows, by row then column order. */
export async function listImportProblems(db: KairosDb, id: string, limit = 100_000): Promise<RowProblem[]> {
  return db
    .select({ row: accountImportProblems.row, column: accountImportProblems.column, message: accountImportProblems.message })
    .from(accountImportProblems)
    .where(eq(accountImportProblems.importId, id))
    .orderBy(asc(accountImportProblems.row), asc(accountImportProblems.n))
    .limit(limit);
}

/** Start an uploaded import: it joins the queue behind those that arrived before it. Null when it is not waiting to start. */
export async function queueImport(db: KairosDb, id: string): Promise<AccountImport | null> {
  const [row] = await db
    .update(accountImports)
    // Rejections are counted again as the run reaches them: a cancelled run counts only the rows it read.
    .set({ status: 'queued', startedAt: sql`now()`, rejected: 0 })
    .where(and(eq(accountImports.id, id), eq(accountImports.status, 'uploaded')))
    .returning(listed);
  return row ?? null;
}

/** Ask a queued or running import to stop after its current batch (an uploaded one is cancelled at once). */
export async function requestImportCancel(db: KairosDb, id: string): Promise<AccountImport | null> {
  return db.transaction(async (tx) => {
    const [now] = await tx
      .update(accountImports)
      .set({ status: 'cancelled', finishedAt: sql`now()`, content: null, cancelRequested: true })
      .where(and(eq(accountImports.id, id), inArray(accountImports.status, ['uploaded', 'queued'])))
      .returning(listed);
    if (now) return now;
    const [later] = await tx
      .update(accountImports)
      .set({ cancelRequested: true })
      .where(and(eq(accountImports.id, id), eq(accountImports.status, 'running')))
      .returning(listed);
    return later ?? null;
  });
}

/** The import to run next: one already running (resumed after a restart) or else the oldest queued. */
export async function nextImportToRun(db: KairosDb): Promise<AccountImport | null> {
  const [row] = await db
    .select(listed)
    .from(accountImports)
    .where(inArray(accountImports.status, ['queued', 'running']))
    .orderBy(desc(sql`${accountImports.status} = 'running'`), asc(accountImports.seq))
    .limit(1);
  return row ?? null;
}

/** Mark an import running from `fromRow` (its first run, or a resume after a restart): rows/s is measured from here. */
export async function markImportRunning(db: KairosDb, id: string): Promise<AccountImport | null> {
  const [row] = await db
    .update(accountImports)
    .set({ status: 'running', runStartedAt: sql`now()`, runStartRow: sql`${accountImports.rowsDone}` })
    .where(and(eq(accountImports.id, id), inArray(accountImports.status, ['queued', 'running'])))
    .returning(listed);
  return row ?? null;
}

/** End an import; its file is dropped (problems and counts stay). */
export async function finishImport(db: KairosDb, id: string, status: Extract<ImportStatus, 'done' | 'failed' | 'cancelled'>, failureReason?: string): Promise<AccountImport | null> {
  const [row] = await db
    .update(accountImports)
    .set({ status, finishedAt: sql`now()`, content: null, failureReason: failureReason ?? null })
    .where(eq(accountImports.id, id))
    .returning(listed);
  return row ?? null;
}

/** What one batch did to accounts, and the rows it refused when writing (an account of another portfolio). */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  refused: RowProblem[];
  /** Accounts created or changed: whose enrollments and entry rules look again. */
  changedIds: string[];
}

/**
 * Write one batch of an import's rows, in order, in one transaction with the import's progress:
 * `rowsDone` (rows of the file read so far) is set and the counts grow, or nothing happens at all;
 * `rejected` counts the batch's rows refused when read. An account the file describes as it is
 * stored is left alone and counted unchanged (a re-run changes nothing).
 * An account of another portfolio is refused, never moved: imports place accounts in their portfolio only.
 */
export async function applyImportBatch(
  db: KairosDb,
  imp: { id: string; portfolioId: string },
  batch: { rows: readonly { row: number; account: AccountSnapshot }[]; rowsDone: number; rejected: number },
): Promise<BatchOutcome> {
  const writer = `import:${imp.id}`;
  return db.transaction(async (tx) => {
    const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, refused: [], changedIds: [] };
    const described = new Set<string>();
    const ids = [...new Set(batch.rows.map((r) => r.account.id))];
    const existing = new Map<string, typeof accounts.$inferSelect>();
    if (ids.length > 0) for (const row of await tx.select().from(accounts).where(inArray(accounts.id, ids)).for('update')) existing.set(row.id, row);
    const now = new Date().toISOString();
    for (const { row, account } of batch.rows) {
      const before = existing.get(account.id);
      if (before && before.portfolioId !== imp.portfolioId) {
        outcome.refused.push({ row, column: null, message: `account ${account.id} belongs to another portfolio: import it into its own portfolio, or give this row another account id` });
        continue;
      }
      const a = withContactPoints(account);
      const careFlags = stampCareFlags(a.careFlags ?? [], before?.careFlags ?? [], writer, now);
      const values = { ...accountColumns(a, careFlags), portfolioId: imp.portfolioId };
      described.add(account.id);
      if (before && sameColumns(values, before)) {
        outcome.unchanged += 1;
        continue;
      }
      const [written] = await tx
        .insert(accounts)
        .values(values)
        .onConflictDoUpdate({ target: accounts.id, set: { ...values, updatedAt: sql`now()` } })
        .returning();
      existing.set(account.id, written!);
      if (before) outcome.updated += 1;
      else outcome.created += 1;
      outcome.changedIds.push(account.id);
    }
    await insertProblems(tx, imp.id, outcome.refused);
    if (described.size > 0) {
      await tx.insert(accountImportAccounts).values([...described].map((accountId) => ({ importId: imp.id, accountId }))).onConflictDoNothing();
    }
    await tx
      .update(accountImports)
      .set({
        rowsDone: batch.rowsDone,
        created: sql`${accountImports.created} + ${outcome.created}`,
        updated: sql`${accountImports.updated} + ${outcome.updated}`,
        unchanged: sql`${accountImports.unchanged} + ${outcome.unchanged}`,
        rejected: sql`${accountImports.rejected} + ${batch.rejected + outcome.refused.length}`,
      })
      .where(eq(accountImports.id, imp.id));
    return outcome;
  });
}

/** True when every column the import writes already holds that value (JSON compared without key order). */
function sameColumns(values: Record<string, unknown>, stored: Record<string, unknown>): boolean {
  return Object.entries(values).every(([key, value]) => canonical(value) === canonical(stored[key]));
}

function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The mapping a portfolio's last started import used (suggested for its next file). */
export async function savedImportMapping(db: KairosDb, portfolioId: string): Promise<ImportMapping | null> {
  const [row] = await db.select({ mapping: importMappings.mapping }).from(importMappings).where(eq(importMappings.portfolioId, portfolioId));
  return row?.mapping ?? null;
}

export async function saveImportMapping(db: KairosDb, portfolioId: string, mapping: ImportMapping, updatedBy: string): Promise<void> {
  await db
    .insert(importMappings)
    .values({ portfolioId, mapping, updatedBy })
    .onConflictDoUpdate({ target: importMappings.portfolioId, set: { mapping, updatedBy, updatedAt: sql`now()` } });
}
