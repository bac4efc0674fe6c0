import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { listAudit } from '../audit/audit';
import { createCadence, getCadence, saveDraft } from './cadences';
import { compiled, tinyGraph } from '../fixtures.test-support';
import { addComment, decideReview, listComments, listReviewsByStatus, publishApprovedVersion, submitReview, type ReviewActor } from './reviews';
import { describeEachDatabase } from '../testing';
import { createUser } from '../people/users';
import { listVersions } from './versions';

const sam: ReviewActor = { id: 'sam', email: 'sam@example.com', role: 'strategist' };
const olga: ReviewActor = { id: 'olga', email: 'olga@example.com', role: 'compliance_officer' };
const otto: ReviewActor = { id: 'otto', email: 'otto@example.com', role: 'compliance_officer' };

describeEachDatabase('review and approval of versions', (db) => {
  async function submitted(graph: CadenceGraph = tinyGraph()) {
    const cadence = await createCadence(db(), { name: 'c', graph, createdBy: sam.id });
    const r = await submitReview(db(), { cadenceId: cadence.id, draftRevision: cadence.draftRevision, graph, ir: compiled(graph), actor: sam });
    if (!r.ok) throw new Error(r.reason);
    return { cadence, review: r.review };
  }
  const publish = async (cadenceId: string, graph: CadenceGraph = tinyGraph(), blockingFindings = 0) => {
    const c = (await getCadence(db(), cadenceId))!;
    return publishApprovedVersion(db(), { cadenceId, draftRevision: c.draftRevision, graph, ir: compiled(graph), actor: sam, blockingFindings });
  };

  it('moves submitted -> approved -> published, each step in the audit log with the hash', async () => {
    const { cadence, review } = await submitted();
    expect(review).toMatchObject({ status: 'submitted', authorIds: ['sam'] });
    const approved = await decideReview(db(), { reviewId: review.id, actor: olga, hash: review.hash, decision: 'approve', comment: 'fine' });
    expect(approved).toMatchObject({ ok: true, review: { status: 'approved', decidedBy: 'olga' } });
    const published = await publish(cadence.id);
    expect(published).toMatchObject({ ok: true, created: true, version: { version: 1, hash: review.hash, reviewId: review.id, approvedBy: 'olga', publishedBy: 'sam' } });
    const log = await listAudit(db(), { cadenceId: cadence.id, order: 'oldest', limit: 10 });
    expect(log.map((e) => [e.action, e.actorId, e.hash])).toEqual([
      ['submit', 'sam', review.hash],
      ['approve', 'olga', review.hash],
      ['publish', 'sam', review.hash],
    ]);
    expect((await listComments(db(), review.id)).map((c) => [c.kind, c.body])).toEqual([['approval', 'fine']]);
  });

  it('refuses an approval by the author, even one who is a compliance officer', async () => {
    const graph = tinyGraph();
    const cadence = await createCadence(db(), { name: 'c', graph, createdBy: olga.id });
    const r = await submitReview(db(), { cadenceId: cadence.id, draftRevision: 1, graph, ir: compiled(graph), actor: sam });
    if (!r.ok) throw new Error(r.reason);
    expect(r.review.authorIds.sort()).toEqual(['olga', 'sam']);
    const refused = await decideReview(db(), { reviewId: r.review.id, actor: olga, hash: r.review.hash, decision: 'approve' });
    expect(refused).toMatchObject({ ok: false, reason: 'refused', refusal: { code: 'author_cannot_approve' } });
    expect(await decideReview(db(), { reviewId: r.review.id, actor: otto, hash: r.review.hash, decision: 'approve' })).toMatchObject({ ok: true });
  });

  it('refuses an officer whose account an author made, reading who made it from the database', async () => {
    const { review } = await submitted();
    const made = await createUser(db(), { name: 'Mallory', email: `mallory-${review.id}@example.com`, role: 'compliance_officer', passwordHash: 'h', createdBy: sam });
    if (!made.ok) throw new Error('not created');
    const mallory: ReviewActor = { id: made.user.id, email: made.user.email, role: 'compliance_officer' };
    const refused = await decideReview(db(), { reviewId: review.id, actor: mallory, hash: review.hash, decision: 'approve' });
    expect(refused).toMatchObject({ ok: false, reason: 'refused', refusal: { code: 'approver_not_independent', message: expect.stringContaining('was created by sam') } });
    expect(await listAudit(db(), { action: 'approve', actorId: mallory.id, limit: 1 })).toEqual([]);
    expect(await decideReview(db(), { reviewId: review.id, actor: otto, hash: review.hash, decision: 'approve' })).toMatchObject({ ok: true });
  });

  it('counts everyone who edited the draft as an author', async () => {
    const graph = tinyGraph();
    const cadence = await createCadence(db(), { name: 'c', graph, createdBy: sam.id });
    await saveDraft(db(), cadence.id, { graph: tinyGraph('Hi there'), editedBy: otto.id });
    await saveDraft(db(), cadence.id, { graph: tinyGraph('Hi again'), editedBy: otto.id });
    const edited = (await getCadence(db(), cadence.id))!;
    expect(edited.draftEditors).toEqual(['sam', 'otto']);
    const r = await submitReview(db(), { cadenceId: cadence.id, draftRevision: edited.draftRevision, graph: edited.draftGraph, ir: compiled(edited.draftGraph), actor: sam });
    if (!r.ok) throw new Error(r.reason);
    expect(await decideReview(db(), { reviewId: r.review.id, actor: otto, hash: r.review.hash, decision: 'approve' })).toMatchObject({
      ok: false,
      refusal: { code: 'author_cannot_approve' },
    });
  });

  it('refuses to publish an unapproved hash, and an edit after approval needs a new approval', async () => {
    const { cadence, review } = await submitted();
    expect(await publish(cadence.id)).toMatchObject({ ok: false, reason: 'refused', refusal: { code: 'not_approved' } });
    await decideReview(db(), { reviewId: review.id, actor: olga, hash: review.hash, decision: 'approve' });
    const changed = tinyGraph('Hi {{ account.name }}');
    await saveDraft(db(), cadence.id, { graph: changed, editedBy: sam.id });
    expect(await publish(cadence.id, changed)).toMatchObject({ ok: false, refusal: { code: 'not_approved' } });
    expect(await listVersions(db(), cadence.id)).toEqual([]);
  });

  it('refuses to publish an approved hash while blocking lint findings stand', async () => {
    const { cadence, review } = await submitted();
    await decideReview(db(), { reviewId: review.id, actor: olga, hash: review.hash, decision: 'approve' });
    expect(await publish(cadence.id, tinyGraph(), 1)).toMatchObject({ ok: false, refusal: { code: 'blocking_findings' } });
  });

  it('records a changes request with its comment, and a resubmission supersedes nothing that was decided', async () => {
    const { cadence, review } = await submitted();
    const asked = await decideReview(db(), { reviewId: review.id, actor: olga, hash: review.hash, decision: 'request_changes', comment: 'add the disclosure' });
    expect(asked).toMatchObject({ ok: true, review: { status: 'changes_requested' } });
    expect(await decideReview(db(), { reviewId: review.id, actor: otto, hash: review.hash, decision: 'approve' })).toMatchObject({
      ok: false,
      refusal: { code: 'review_not_open' },
    });
    await addComment(db(), { reviewId: review.id, actor: sam, body: 'done', nodeId: 'sms', field: 'body' });
    expect((await listComments(db(), review.id)).map((c) => c.kind)).toEqual(['changes_requested', 'comment']);
    const fixed = tinyGraph('Hi {{ account.firstName }}, fixed');
    const saved = await saveDraft(db(), cadence.id, { graph: fixed, editedBy: sam.id });
    if (!saved.ok) throw new Error('not saved');
    const again = await submitReview(db(), { cadenceId: cadence.id, draftRevision: saved.cadence.draftRevision, graph: fixed, ir: compiled(fixed), actor: sam });
    expect(again).toMatchObject({ ok: true, created: true, review: { status: 'submitted' } });
    const actions = (await listAudit(db(), { cadenceId: cadence.id, order: 'oldest', limit: 10 })).map((e) => e.action);
    expect(actions).toEqual(['submit', 'request_changes', 'comment', 'submit']);
  });

  it('supersedes an open review when other content is submitted, and returns the open one for the same content', async () => {
    const { cadence, review } = await submitted();
    const same = await submitReview(db(), { cadenceId: cadence.id, draftRevision: 1, graph: tinyGraph(), ir: compiled(tinyGraph()), actor: sam });
    expect(same).toMatchObject({ ok: true, created: false, review: { id: review.id } });
    const other = tinyGraph('Hello');
    const saved = await saveDraft(db(), cadence.id, { graph: other, editedBy: sam.id });
    if (!saved.ok) throw new Error('not saved');
    const next = await submitReview(db(), { cadenceId: cadence.id, draftRevision: saved.cadence.draftRevision, graph: other, ir: compiled(other), actor: sam });
    expect(next).toMatchObject({ ok: true, created: true });
    expect(await decideReview(db(), { reviewId: review.id, actor: olga, hash: review.hash, decision: 'approve' })).toMatchObject({
      ok: false,
      refusal: { code: 'review_not_open' },
    });
  });

  it('refuses a submission of a draft that changed since it was compiled', async () => {
    const graph = tinyGraph();
    const cadence = await createCadence(db(), { name: 'c', graph, createdBy: sam.id });
    await saveDraft(db(), cadence.id, { graph, editedBy: sam.id });
    expect(await submitReview(db(), { cadenceId: cadence.id, draftRevision: 1, graph, ir: compiled(graph), actor: sam })).toEqual({
      ok: false,
      reason: 'draft-changed',
      currentRevision: 2,
    });
  });

  it('lets only one of two officers deciding at once win', async () => {
    const { review } = await submitted();
    const results = await Promise.all([olga, otto].map((actor) => decideReview(db(), { reviewId: review.id, actor, hash: review.hash, decision: 'approve' })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('queues the reviews waiting for a decision across cadences, oldest first, with their cadence names', async () => {
    const first = await submitted();
    const second = await submitted();
    const decided = await submitted();
    await decideReview(db(), { reviewId: decided.review.id, actor: olga, hash: decided.review.hash, decision: 'request_changes', comment: 'no' });
    const mine = new Set([first.review.id, second.review.id, decided.review.id]);
    const waiting = (await listReviewsByStatus(db(), { status: 'submitted', limit: 500 })).filter((r) => mine.has(r.id));
    expect(waiting.map((r) => [r.id, r.cadenceName])).toEqual([
      [first.review.id, 'c'],
      [second.review.id, 'c'],
    ]);
    const asked = (await listReviewsByStatus(db(), { status: 'changes_requested', limit: 500 })).filter((r) => mine.has(r.id));
    expect(asked.map((r) => r.id)).toEqual([decided.review.id]);
  });

  it('finds audit entries by the actor\'s id or email, in any case', async () => {
    const { cadence } = await submitted();
    const byEmail = await listAudit(db(), { cadenceId: cadence.id, actor: 'SAM@example.com', limit: 10 });
    const byId = await listAudit(db(), { cadenceId: cadence.id, actor: 'sam', limit: 10 });
    expect(byEmail.map((e) => e.action)).toEqual(['submit']);
    expect(byId).toEqual(byEmail);
    expect(await listAudit(db(), { cadenceId: cadence.id, actor: 'olga@example.com', limit: 10 })).toEqual([]);
  });

  it('finds audit entries by a whole content hash or its first characters, as the screens show them', async () => {
    const { cadence, review } = await submitted(tinyGraph('Hash me'));
    const whole = await listAudit(db(), { cadenceId: cadence.id, hash: review.hash, limit: 10 });
    expect(whole.map((e) => e.action)).toEqual(['submit']);
    expect(await listAudit(db(), { cadenceId: cadence.id, hash: review.hash.slice(0, 12).toUpperCase(), limit: 10 })).toEqual(whole);
    expect(await listAudit(db(), { cadenceId: cadence.id, hash: '%', limit: 10 })).toEqual([]);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await submitted();
    const refusal = (q: ReturnType<typeof sql>) =>
      db()
        .execute(q)
        .then(
          () => 'allowed',
          (e: Error & { cause?: Error }) => e.cause?.message ?? e.message,
        );
    expect(await refusal(sql`update audit_log set actor_id = 'mallory'`)).toMatch(/append-only: UPDATE/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only: DELETE/);
  });
});
