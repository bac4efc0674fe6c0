// Review and approval of cadence versions. Each change happens in one transaction with its audit
// entry, and the approval rules (@kairos/review) are applied inside it, on locked rows: two
// officers cannot both decide one review, and a publish cannot race the approval it relies on.
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { CadenceGraph, CadenceIR } from '@kairos/cadence';
import { approvalRefusal, changesRequestRefusal, publishRefusal, type Refusal, type ReviewStatus, type Role } from '@kairos/review';
import { appendAudit, type Actor } from '../audit/audit';
import type { KairosDb } from '../database/connection';
import { isUuid } from '../database/ids';
import { cadences, reviewComments, reviews } from '../schema';
import { accountOrigins } from '../people/users';
import { insertVersion, latestVersionIn, lockCadence, type VersionRow } from './versions';

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewCommentRow = typeof reviewComments.$inferSelect;
/** A signed-in person acting on a review. */
export type ReviewActor = Actor & { id: string; role: Role };

export type SubmitResult =
  | { ok: true; review: ReviewRow; created: boolean }
  | { ok: false; reason: 'not-found' | 'draft-changed'; currentRevision?: number };

/**
 * Submit the draft (as compiled at `draftRevision`) for review. The open review of the cadence, if
 * it holds other content, is superseded; submitting content that is already under review or
 * approved returns that review.
 */
export async function submitReview(
  db: KairosDb,
  s: { cadenceId: string; draftRevision: number; graph: CadenceGraph; ir: CadenceIR; actor: ReviewActor },
): Promise<SubmitResult> {
  if (!isUuid(s.cadenceId)) return { ok: false, reason: 'not-found' };
  return db.transaction(async (tx) => {
    const [cadence] = await tx.select().from(cadences).where(eq(cadences.id, s.cadenceId)).for('update');
    if (!cadence) return { ok: false, reason: 'not-found' } as const;
    if (cadence.draftRevision !== s.draftRevision) return { ok: false, reason: 'draft-changed', currentRevision: cadence.draftRevision } as const;
    const [existing] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.cadenceId, s.cadenceId), eq(reviews.hash, s.ir.hash), sql`${reviews.status} in ('submitted', 'approved')`))
      .orderBy(desc(reviews.submittedAt))
      .limit(1);
    if (existing) return { ok: true, review: existing, created: false } as const;
    await tx
      .update(reviews)
      .set({ status: 'superseded' })
      .where(and(eq(reviews.cadenceId, s.cadenceId), eq(reviews.status, 'submitted')));
    const authorIds = [...new Set([...cadence.draftEditors, cadence.createdBy, s.actor.id])].filter((id) => id !== 'system');
    const [review] = await tx
      .insert(reviews)
      .values({ cadenceId: s.cadenceId, hash: s.ir.hash, graph: s.graph, ir: s.ir, authorIds, submittedBy: s.actor.id })
      .returning();
    await appendAudit(tx, { actor: s.actor, action: 'submit', cadenceId: s.cadenceId, reviewId: review!.id, hash: s.ir.hash, detail: { draftRevision: s.draftRevision } });
    return { ok: true, review: review!, created: true } as const;
  });
}

export async function getReview(db: KairosDb, id: string): Promise<ReviewRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(reviews).where(eq(reviews.id, id));
  return row ?? null;
}

/** Reviews of a cadence, newest first. */
export async function listReviews(db: KairosDb, cadenceId: string): Promise<ReviewRow[]> {
  if (!isUuid(cadenceId)) return [];
  return db.select().from(reviews).where(eq(reviews.cadenceId, cadenceId)).orderBy(desc(reviews.submittedAt), desc(reviews.id));
}

/** A review in the queue of reviews across cadences, with the name of its cadence. */
export type QueuedReview = ReviewRow & { cadenceName: string };

/**
 * Reviews of every cadence in one status: those waiting for a decision oldest first (the queue a
 * compliance officer works through), decided ones newest first.
 */
export async function listReviewsByStatus(db: KairosDb, f: { status: ReviewStatus; limit: number }): Promise<QueuedReview[]> {
  const order = f.status === 'submitted' ? [asc(reviews.submittedAt), asc(reviews.id)] : [desc(reviews.submittedAt), desc(reviews.id)];
  const rows = await db
    .select({ review: reviews, cadenceName: cadences.name })
    .from(reviews)
    .innerJoin(cadences, eq(cadences.id, reviews.cadenceId))
    .where(eq(reviews.status, f.status))
    .orderBy(...order)
    .limit(f.limit);
  return rows.map((r) => ({ ...r.review, cadenceName: r.cadenceName }));
}

export async function latestReview(db: KairosDb, cadenceId: string): Promise<ReviewRow | null> {
  return (await listReviews(db, cadenceId))[0] ?? null;
}

export async function listComments(db: KairosDb, reviewId: string): Promise<ReviewCommentRow[]> {
  if (!isUuid(reviewId)) return [];
  return db.select().from(reviewComments).where(eq(reviewComments.reviewId, reviewId)).orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

export async function addComment(
  db: KairosDb,
  c: { reviewId: string; actor: ReviewActor; body: string; nodeId?: string; field?: string },
): Promise<ReviewCommentRow | null> {
  if (!isUuid(c.reviewId)) return null;
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviews).where(eq(reviews.id, c.reviewId));
    if (!review) return null;
    const [comment] = await tx
      .insert(reviewComments)
      .values({ reviewId: c.reviewId, authorId: c.actor.id, body: c.body, nodeId: c.nodeId ?? null, field: c.field ?? null })
      .returning();
    await appendAudit(tx, {
      actor: c.actor,
      action: 'comment',
      cadenceId: review.cadenceId,
      reviewId: review.id,
      hash: review.hash,
      detail: { commentId: comment!.id, ...(c.nodeId ? { nodeId: c.nodeId } : {}), ...(c.field ? { field: c.field } : {}) },
    });
    return comment!;
  });
}

export type DecisionResult = { ok: true; review: ReviewRow } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'refused'; refusal: Refusal };

/** Approve a submitted review for the hash the officer saw, or request changes with a comment. */
export async function decideReview(
  db: KairosDb,
  d: { reviewId: string; actor: ReviewActor; hash: string; decision: 'approve' | 'request_changes'; comment?: string },
): Promise<DecisionResult> {
  if (!isUuid(d.reviewId)) return { ok: false, reason: 'not-found' };
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviews).where(eq(reviews.id, d.reviewId)).for('update');
    if (!review) return { ok: false, reason: 'not-found' } as const;
    const rule = d.decision === 'approve' ? approvalRefusal : changesRequestRefusal;
    // Who handed the officer their account comes from the database, read in this transaction.
    const origins = (await accountOrigins(tx, [d.actor.id])).get(d.actor.id) ?? [];
    const refusal = rule(review, { ...d.actor, origins }, d.hash);
    if (refusal) return { ok: false, reason: 'refused', refusal } as const;
    const [decided] = await tx
      .update(reviews)
      .set({ status: d.decision === 'approve' ? 'approved' : 'changes_requested', decidedBy: d.actor.id, decidedAt: sql`now()` })
      .where(eq(reviews.id, review.id))
      .returning();
    if (d.comment) {
      await tx
        .insert(reviewComments)
        .values({ reviewId: review.id, authorId: d.actor.id, body: d.comment, kind: d.decision === 'approve' ? 'approval' : 'changes_requested' });
    }
    await appendAudit(tx, {
      actor: d.actor,
      action: d.decision,
      cadenceId: review.cadenceId,
      reviewId: review.id,
      hash: review.hash,
      ...(d.comment ? { detail: { comment: d.comment } } : {}),
    });
    return { ok: true, review: decided! } as const;
  });
}

export type PublishResult =
  | { ok: true; version: VersionRow; created: boolean }
  | { ok: false; reason: 'not-found' | 'draft-changed' }
  | { ok: false; reason: 'refused'; refusal: Refusal };

/**
 * Publish the draft (compiled at `draftRevision`) as a new immutable version, if its hash carries
 * an approval and no blocking lint finding stands. Publishing the content of the latest version
 * again is idempotent.
 */
export async function publishApprovedVersion(
  db: KairosDb,
  p: { cadenceId: string; draftRevision: number; graph: CadenceGraph; ir: CadenceIR; actor: ReviewActor; blockingFindings: number },
): Promise<PublishResult> {
  if (!isUuid(p.cadenceId)) return { ok: false, reason: 'not-found' };
  return db.transaction(async (tx) => {
    if (!(await lockCadence(tx, p.cadenceId))) return { ok: false, reason: 'not-found' } as const;
    const [cadence] = await tx.select({ draftRevision: cadences.draftRevision }).from(cadences).where(eq(cadences.id, p.cadenceId));
    if (cadence!.draftRevision !== p.draftRevision) return { ok: false, reason: 'draft-changed' } as const;
    const latest = await latestVersionIn(tx, p.cadenceId);
    if (latest && latest.hash === p.ir.hash) return { ok: true, version: latest, created: false } as const;
    const [approved] = await tx
      .select()
      .from(reviews)
      .where(and(eq(reviews.cadenceId, p.cadenceId), eq(reviews.hash, p.ir.hash), eq(reviews.status, 'approved')))
      .orderBy(desc(reviews.decidedAt))
      .limit(1)
      .for('update');
    const refusal = publishRefusal(p.ir.hash, approved ?? null, p.blockingFindings);
    if (refusal) return { ok: false, reason: 'refused', refusal } as const;
    const version = await insertVersion(tx, latest, {
      cadenceId: p.cadenceId,
      graph: p.graph,
      ir: p.ir,
      publishedBy: p.actor.id,
      reviewId: approved!.id,
      approvedBy: approved!.decidedBy!,
    });
    await tx.update(reviews).set({ status: 'published', publishedVersionId: version.id }).where(eq(reviews.id, approved!.id));
    // The next version's authors are whoever edits it from now on.
    await tx.update(cadences).set({ draftEditors: [] }).where(eq(cadences.id, p.cadenceId));
    await appendAudit(tx, {
      actor: p.actor,
      action: 'publish',
      cadenceId: p.cadenceId,
      reviewId: approved!.id,
      versionId: version.id,
      hash: version.hash,
      detail: { version: version.version, approvedBy: approved!.decidedBy },
    });
    return { ok: true, version, created: true } as const;
  });
}
