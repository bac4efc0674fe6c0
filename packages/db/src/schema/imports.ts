// Account imports: an uploaded file waiting, queued, running or finished, the rows it rejected with
// their reasons, and the column mapping each portfolio used last (suggested for its next file).
import { bigserial, boolean, integer, jsonb, pgTable, primaryKey, text, uuid, index } from 'drizzle-orm/pg-core';
import type { ImportMapping } from '@kairos/account-import';
import { createdAt, instant } from './columns';

export const IMPORT_STATUSES = ['uploaded', 'queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const accountImports = pgTable(
  'account_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Arrival order: queued imports run one after another in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    portfolioId: text('portfolio_id').notNull(),
    fileName: text('file_name').notNull(),
    /** The file as uploaded (kept until the import ends, so a restarted API resumes it). */
    content: text('content'),
    mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('uploaded'),
    totalRows: integer('total_rows').notNull().default(0),
    rowsDone: integer('rows_done').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    failureReason: text('failure_reason'),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    startedAt: instant('started_at'),
    /** When the current run (re)started and at which row: what rows/s and the ETA are measured from. */
    runStartedAt: instant('run_started_at'),
    runStartRow: integer('run_start_row').notNull().default(0),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('account_imports_portfolio_idx').on(t.portfolioId, t.seq)],
);

/** A problem of one row of an import's file, found when its mapping was chosen; the row is not imported. */
export const accountImportProblems = pgTable(
  'account_import_problems',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => accountImports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    n: integer('n').notNull(),
    column: text('column'),
    message: text('message').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row, t.n] })],
);

/**
 * The accounts a file described (created, updated or unchanged; refused rows are not here), so "the
 * accounts of this import" is an audience to enroll. Written in the transaction of their batch.
 */
export const accountImportAccounts = pgTable(
  'account_import_accounts',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => accountImports.id, { onDelete: 'cascade' }),
    accountId: text('account_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.accountId] })],
);

/** The mapping a portfolio's last started import used. */
export const importMappings = pgTable('import_mappings', {
  portfolioId: text('portfolio_id').primaryKey(),
  mapping: jsonb('mapping').$type<ImportMapping>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
