// Account imports run here, in the background of the API: one at a time in arrival order (two
// imports touching one account apply in order, row by row), in batches of one transaction each,
// pausing between batches so requests are answered while a large file imports. A queued or running
// import survives a restart: the next run of the queue resumes it after its last committed batch.
import { adaptMapping, asStored, readAccountsFile, suggestMapping, type ImportMapping, type MappingProblem, type RowProblem } from '@kairos/account-import';
import type { AccountSnapshot } from '@kairos/cadence';
import {
  appendAudit,
  applyImportBatch,
  finishImport,
  getImport,
  importContent,
  markImportRunning,
  nextImportToRun,
  savedImportMapping,
  type AccountImport,
  type KairosDb,
} from '@kairos/db';
import { log, type Logger } from '@kairos/logging';
import { startPeriodicTask } from './periodic-task';
import { tellRunningEnrollments } from '../accounts/tell-enrollments';
import { runAutoEnrollment } from './auto-enrollment';
import type { RouteDeps } from '../deps';

/** Rows written per transaction. */
export const IMPORT_BATCH_ROWS = 500;
/** Rows shown as they will be stored before an import starts. */
export const PREVIEW_ROWS = 10;

/** Lets the event loop answer waiting requests (PGlite runs on the API's own loop). */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
/**
 * After a batch, a pause for the requests that waited: PGlite runs one statement at a time on the
 * API's own loop, and a request needs a few statements in turn (its session, its scope, its answer),
 * so without a pause each of them waited behind a whole batch (seconds per request on a 2-core machine).
 * A tenth of the batch's time, at least 20 ms: a request's few statements fit, the import keeps its pace.
 */
const pauseAfter = (batchMs: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(250, Math.max(20, batchMs / 10))));

/** What a file gives with a mapping: its header, the mapping's problems, the first rows as stored, and every row problem. */
export interface ImportPreview {
  header: string[];
  mapping: ImportMapping;
  mappingProblems: MappingProblem[];
  preview: { row: number; account: AccountSnapshot }[];
  problems: RowProblem[];
  totalRows: number;
  rejectedRows: number;
}

/**
 * Read a whole file with a mapping (the one given, else the portfolio's saved one adapted to the
 * file, else one suggested from its header) and find every row problem; nothing is stored.
 */
export async function previewImport(db: KairosDb, content: string, portfolioId: string, given?: ImportMapping): Promise<ImportPreview> {
  const saved = given ? null : await savedImportMapping(db, portfolioId);
  const out: ImportPreview = { header: [], mapping: given ?? { columns: {}, defaultCountry: 'US', currency: 'USD' }, mappingProblems: [], preview: [], problems: [], totalRows: 0, rejectedRows: 0 };
  for await (const item of readAccountsFile([content], (header, sample) => (out.mapping = given ?? (saved ? adaptMapping(saved, header, sample) : suggestMapping(header, sample))))) {
    if (item.kind === 'header') {
      out.header = item.header;
      out.mappingProblems = item.problems;
      continue;
    }
    out.totalRows += 1;
    if (item.ok) {
      if (out.preview.length < PREVIEW_ROWS) out.preview.push({ row: item.row, account: asStored(item.account) });
    } else {
      out.rejectedRows += 1;
      out.problems.push(...item.problems);
    }
    if (out.totalRows % 2000 === 0) await breathe();
  }
  return out;
}

/** How fast the current run goes and when it will end, from the rows it did since it (re)started. */
export function importPace(imp: Pick<AccountImport, 'status' | 'rowsDone' | 'totalRows' | 'runStartedAt' | 'runStartRow'>, now: Date): { rowsPerSecond: number | null; etaSeconds: number | null } {
  if (imp.status !== 'running' || !imp.runStartedAt) return { rowsPerSecond: null, etaSeconds: null };
  const seconds = (now.getTime() - imp.runStartedAt.getTime()) / 1000;
  const rows = imp.rowsDone - imp.runStartRow;
  if (seconds <= 0 || rows <= 0) return { rowsPerSecond: null, etaSeconds: null };
  const rowsPerSecond = rows / seconds;
  return { rowsPerSecond: Math.round(rowsPerSecond), etaSeconds: Math.ceil(Math.max(0, imp.totalRows - imp.rowsDone) / rowsPerSecond) };
}

type QueueDeps = Pick<RouteDeps, 'db'> & Partial<Pick<RouteDeps, 'logger' | 'registry' | 'runtime' | 'clock' | 'notices' | 'irCache'>>;

const queues = new WeakMap<KairosDb, { running: Promise<void>; again: boolean }>();

/**
 * Run the queued imports, one after another, until none is left; a call while the queue runs asks
 * it to look again when done (so an import queued meanwhile is not left waiting for the timer).
 */
export function runImportQueue(deps: QueueDeps): Promise<void> {
  const current = queues.get(deps.db);
  if (current) {
    current.again = true;
    return current.running;
  }
  const state = { running: Promise.resolve(), again: false };
  state.running = (async () => {
    try {
      do {
        state.again = false;
        for (let imp = await nextImportToRun(deps.db); imp; imp = await nextImportToRun(deps.db)) await runImport(deps, imp);
      } while (state.again);
    } finally {
      queues.delete(deps.db);
    }
  })();
  queues.set(deps.db, state);
  return state.running;
}

/** Look for queued imports every `intervalMs` (an import queued before a restart resumes here). */
export function startImportQueue(deps: QueueDeps, intervalMs: number): () => void {
  return startPeriodicTask('account imports', intervalMs, () => runImportQueue(deps), deps.logger);
}

async function runImport(deps: QueueDeps, queued: AccountImport): Promise<void> {
  const logger: Logger = deps.logger ?? log();
  const imp = await markImportRunning(deps.db, queued.id);
  if (!imp) return;
  const content = await importContent(deps.db, imp.id);
  if (content === null) {
    await end(deps.db, imp, 'failed', 'the uploaded file is no longer stored: upload it again');
    return;
  }
  // Rows already written by a run that stopped (an API restart) are skipped: their batch committed.
  let read = 0;
  let rows: { row: number; account: AccountSnapshot }[] = [];
  let rejected = 0;
  const flush = async () => {
    const began = performance.now();
    const outcome = await applyImportBatch(deps.db, imp, { rows, rowsDone: read, rejected });
    rows = [];
    rejected = 0;
    if (deps.runtime && outcome.changedIds.length > 0) {
      // Running enrollments of changed accounts re-evaluate now (a balance paid off ends the cadence).
      await tellRunningEnrollments({ db: deps.db, runtime: deps.runtime }, outcome.changedIds);
    }
    if (deps.registry && deps.runtime && outcome.changedIds.length > 0) {
      // New and changed accounts may now match a rule-triggered cadence; the periodic sweep catches a miss.
      await runAutoEnrollment(deps as RouteDeps, { accountIds: outcome.changedIds }).catch((err: unknown) => logger.warn({ importId: imp.id, err: errorName(err) }, 'auto-enrollment after an import batch failed; the periodic sweep tries again'));
    }
    await pauseAfter(performance.now() - began);
    return (await getImport(deps.db, imp.id))?.cancelRequested ?? false;
  };
  try {
    for await (const item of readAccountsFile([content], () => imp.mapping)) {
      if (item.kind === 'header') {
        if (item.problems.length > 0) return void (await end(deps.db, imp, 'failed', `the mapping does not fit the file: ${item.problems.map((p) => p.message).join('; ')}`));
        continue;
      }
      read += 1;
      if (read <= imp.rowsDone) continue;
      if (item.ok) rows.push({ row: item.row, account: item.account });
      else rejected += 1;
      if (rows.length + rejected >= IMPORT_BATCH_ROWS && (await flush())) return void (await end(deps.db, imp, 'cancelled'));
    }
    if (rows.length + rejected > 0 && (await flush())) return void (await end(deps.db, imp, 'cancelled'));
    await end(deps.db, imp, 'done');
  } catch (err) {
    // The batch's transaction rolled back: the rows before it are imported, none of it is.
    logger.error({ importId: imp.id, err: errorName(err) }, 'an account import failed');
    await end(deps.db, imp, 'failed', `writing the rows after row ${read - rows.length - rejected} failed and none of that batch was kept; the rows before it are imported: import the file again (rows already imported count as unchanged)`);
  }
}

/** Only the error's kind: a database error's message may quote the row's values. */
const errorName = (err: unknown) => (err instanceof Error ? err.name : typeof err);

async function end(db: KairosDb, imp: AccountImport, status: 'done' | 'failed' | 'cancelled', reason?: string) {
  const finished = await finishImport(db, imp.id, status, reason);
  if (!finished) return;
  const { created, updated, unchanged, rejected, rowsDone, totalRows, fileName, portfolioId } = finished;
  await appendAudit(db, {
    actor: { id: imp.createdBy },
    action: 'account_import',
    detail: { importId: imp.id, fileName, portfolioId, status, totalRows, rowsDone, created, updated, unchanged, rejected, ...(reason ? { reason } : {}) },
  });
}
