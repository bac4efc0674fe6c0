// The audit log: one row per submit, comment, approval, changes request, publish, migration, and
// every change to who may sign in (users, roles, invitations, deactivations, passwords, sessions).
// Rows are written in the transaction of the change they record, and the database refuses to
// update or delete them (see drizzle/0002_audit-log-append-only.sql).
import type { AuditAction } from '@kairos/review';
import { and, asc, desc, eq, gt, gte, inArray, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { auditLog } from '../schema';
import { accountIdInScope, type PortfolioScope } from '../accounts/account-scope';

export { AUDIT_ACTIONS, type AuditAction } from '@kairos/review';
export type AuditRow = typeof auditLog.$inferSelect;

/** Who did it, as the log records them. */
export interface Actor {
  id: string;
  email?: string | null;
  role?: string | null;
}

/** A transaction or the database: audit rows are written inside the change they record. */
type Writer = Pick<KairosDb, 'insert'>;

export async function appendAudit(
  db: Writer,
  e: {
    actor: Actor;
    action: AuditAction;
    cadenceId?: string | null;
    reviewId?: string | null;
    versionId?: string | null;
    enrollmentId?: string | null;
    hash?: string | null;
    subjectUserId?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<AuditRow> {
  const [row] = await db
    .insert(auditLog)
    .values({
      actorId: e.actor.id,
      actorEmail: e.actor.email ?? null,
      actorRole: e.actor.role ?? null,
      action: e.action,
      cadenceId: e.cadenceId ?? null,
      reviewId: e.reviewId ?? null,
      versionId: e.versionId ?? null,
      enrollmentId: e.enrollmentId ?? null,
      hash: e.hash ?? null,
      subjectUserId: e.subjectUserId ?? null,
      detail: e.detail ?? {},
    })
    .returning();
  return row!;
}

export interface AuditFilter {
  action?: AuditAction;
  actorId?: string;
  /** The actor's id or email (any case): what a person filtering the log knows of a colleague. */
  actor?: string;
  cadenceId?: string;
  /** A content hash, or its first characters (people copy the 12 the screens show); hex only. */
  hash?: string;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
  /** Rows after this id (for paging oldest first) or before it (newest first). */
  cursor?: number;
  order?: 'newest' | 'oldest';
  limit: number;
  /** Entries about this account only (opt-outs, compliance changes, reads). */
  accountId?: string;
  /** Only these actions. */
  actions?: readonly AuditAction[];
  /** Whose accounts the reader reads: entries about another account (opt-outs, reads) are left out; entries naming none stay. */
  scope?: PortfolioScope;
}

export function listAudit(db: KairosDb, f: AuditFilter): Promise<AuditRow[]> {
  const conditions: SQL[] = [];
  const accountInScope = f.scope ? accountIdInScope(f.scope, sql`(${auditLog.detail}->>'accountId')`) : undefined;
  if (accountInScope) conditions.push(sql`((${auditLog.detail}->>'accountId') is null or ${accountInScope})`);
  if (f.action) conditions.push(eq(auditLog.action, f.action));
  if (f.actions) conditions.push(inArray(auditLog.action, [...f.actions]));
  if (f.accountId !== undefined) conditions.push(sql`(${auditLog.detail}->>'accountId') = ${f.accountId}`);
  if (f.actorId) conditions.push(eq(auditLog.actorId, f.actorId));
  if (f.actor) conditions.push(or(eq(auditLog.actorId, f.actor), eq(sql`lower(${auditLog.actorEmail})`, f.actor.trim().toLowerCase()))!);
  if (f.cadenceId) {
    if (!isUuid(f.cadenceId)) return Promise.resolve([]);
    conditions.push(eq(auditLog.cadenceId, f.cadenceId));
  }
  if (f.hash) {
    const hash = f.hash.toLowerCase();
    if (!/^[0-9a-f]+$/.test(hash)) return Promise.resolve([]);
    conditions.push(hash.length === 64 ? eq(auditLog.hash, hash) : like(auditLog.hash, `${hash}%`));
  }
  if (f.from) conditions.push(gte(auditLog.at, new Date(f.from)));
  if (f.to) conditions.push(lte(auditLog.at, new Date(f.to)));
  const oldest = f.order === 'oldest';
  if (f.cursor !== undefined) conditions.push(oldest ? gt(auditLog.id, f.cursor) : lt(auditLog.id, f.cursor));
  return db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(oldest ? asc(auditLog.id) : desc(auditLog.id))
    .limit(f.limit);
}
