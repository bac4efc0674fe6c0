// Review and approval: a strategist submits the draft (a snapshot bound to its content hash), a
// compliance officer who is not an author approves it or requests changes, with comments.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { compile } from '@kairos/cadence';
import { accountOrigins, addComment, decideReview, getCadence, getLatestVersion, getReview, listComments, listReviews, listReviewsByStatus, listUsers, submitReview, userNames, type ReviewRow } from '@kairos/db';
import { approvalRefusal, diffGraphs, hasBlocking, REVIEW_STATUSES, type AccountOrigin, type Decider, type Role } from '@kairos/review';
import { DESIGN_READERS, DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { designFindings } from '../publish-gate';
import { newRouter, type SessionUser } from '../router';
import { cadenceIdParam, errorResponse, errorSchema, graphJson, invalidCadenceSchema, json, limitQuery, lintFindingSchema, noCadenceHint, toIssueJson } from '../schemas';
import { commentJson, peopleOfReview, reviewDetailJson, reviewJson, reviewQueueItemJson, toCommentJson, toReviewJson } from './review-json';

export { graphDiffJson, reviewJson } from './review-json';

const tags = ['Review'];
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-hex content hash of the version you reviewed');

const refusedSchema = errorSchema.extend({ code: z.string() }).openapi('DecisionRefused');
type GraphJson = z.infer<typeof graphJson>;

const actorOf = (u: SessionUser) => ({ id: u.id, email: u.email, role: u.role });
const originJson = (o: AccountOrigin) => ({ how: o.how, byId: o.byId, byName: o.byName ?? null });
const reviewIdParam = z.object({ reviewId: z.string().openapi({ param: { name: 'reviewId', in: 'path' } }) });
const noReviewHint = 'List reviews with GET /api/v1/cadences/{id}/reviews.';
const COMMENTERS: readonly Role[] = ['strategist', 'compliance_officer', 'admin'];
const OFFICERS: readonly Role[] = ['compliance_officer'];

export function reviewRoutes(deps: RouteDeps) {
  const r = newRouter();
  const namesFor = (rows: readonly ReviewRow[]) => userNames(deps.db, rows.flatMap(peopleOfReview));

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/reviews',
      tags,
      summary: 'Reviews of every cadence in one status: by default those waiting for a decision, oldest first (the review queue)',
      request: {
        query: z.object({
          status: z.enum(REVIEW_STATUSES).default('submitted').openapi({ description: 'submitted (waiting, oldest first) or a decided status (newest first)' }),
          limit: limitQuery,
        }),
      },
      responses: { 200: json(z.array(reviewQueueItemJson), 'Reviews, each with its cadence name'), 400: errorResponse('Invalid query') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await listReviewsByStatus(deps.db, { status: q.status, limit: q.limit });
      const names = await namesFor(rows);
      return c.json(rows.map((row) => ({ ...toReviewJson(row, names), cadenceName: row.cadenceName })), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'post',
      path: '/cadences/{id}/reviews',
      tags,
      summary: 'Submit the draft for review: a snapshot bound to its content hash (an open review of other content is superseded)',
      request: { params: cadenceIdParam },
      responses: {
        201: json(reviewJson, 'Submitted'),
        200: json(reviewJson, 'This content is already under review or approved'),
        404: errorResponse('No such cadence'),
        409: errorResponse('The draft changed while submitting: submit again'),
        422: json(invalidCadenceSchema.or(errorSchema.extend({ findings: z.array(lintFindingSchema) })), 'The draft has errors or blocking lint findings'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const cadence = await getCadence(deps.db, id);
      if (!cadence) return notFound(c, 'cadence', noCadenceHint);
      const compiled = compile(cadence.draftGraph, deps.registry);
      if (!compiled.ok) {
        return c.json({ error: 'invalid_cadence' as const, message: 'the draft has errors: fix them before submitting', issues: compiled.issues.map(toIssueJson) }, 422);
      }
      const findings = await designFindings(deps, compiled.ir);
      if (hasBlocking(findings)) {
        return c.json({ error: 'lint_blocking', message: 'fix the blocking compliance findings before submitting', findings: findings.filter((f) => f.severity === 'blocking') }, 422);
      }
      const submitted = await submitReview(deps.db, { cadenceId: id, draftRevision: cadence.draftRevision, graph: cadence.draftGraph, ir: compiled.ir, actor: actorOf(c.get('user')!) });
      if (!submitted.ok) {
        if (submitted.reason === 'not-found') return notFound(c, 'cadence', noCadenceHint);
        return c.json({ error: 'draft_changed', message: 'the draft was saved while submitting: submit again' }, 409);
      }
      return c.json(toReviewJson(submitted.review, await userNames(deps.db, peopleOfReview(submitted.review))), submitted.created ? 201 : 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}/reviews',
      tags,
      summary: 'Reviews of a cadence, newest first',
      request: { params: cadenceIdParam },
      responses: { 200: json(z.array(reviewJson), 'Reviews'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getCadence(deps.db, id))) return notFound(c, 'cadence', noCadenceHint);
      const rows = await listReviews(deps.db, id);
      const names = await namesFor(rows);
      return c.json(rows.map((row) => toReviewJson(row, names)), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/reviews/{reviewId}',
      tags,
      summary: 'A review: the submitted graph, its diff against the live version, its lint findings and comments',
      request: { params: reviewIdParam },
      responses: { 200: json(reviewDetailJson, 'The review'), 404: errorResponse('No such review') },
    }),
    async (c) => {
      const review = await getReview(deps.db, c.req.valid('param').reviewId);
      if (!review) return notFound(c, 'review', noReviewHint);
      const [comments, live, cadence, findings] = await Promise.all([listComments(deps.db, review.id), getLatestVersion(deps.db, review.cadenceId), getCadence(deps.db, review.cadenceId), designFindings(deps, review.ir)]);
      const names = await userNames(deps.db, [...peopleOfReview(review), ...comments.map((x) => x.authorId)]);
      const user = c.get('user')!;
      const people = await listUsers(deps.db);
      const officers = people.filter((p) => p.role === 'compliance_officer' && p.active);
      const origins = await accountOrigins(deps.db, [user.id, ...(review.decidedBy ? [review.decidedBy] : [])]);
      // Whether a person could decide this content, whatever its status now: who they are, not when they ask.
      const independence = (decider: Decider) => approvalRefusal({ ...review, status: 'submitted' }, decider, review.hash);
      const refusal = approvalRefusal(review, { id: user.id, role: user.role, origins: origins.get(user.id) ?? [] }, review.hash);
      return c.json(
        {
          ...toReviewJson(review, names),
          cadenceName: cadence?.name ?? '',
          graph: review.graph as GraphJson,
          comments: comments.map((x) => toCommentJson(x, names)),
          findings,
          liveVersion: live ? { id: live.id, version: live.version, hash: live.hash, graph: live.graph as GraphJson } : null,
          diff: diffGraphs(live?.graph ?? null, review.graph),
          canApprove: refusal === null,
          decisionRefusal: refusal,
          decidedByOrigins: review.decidedBy ? (origins.get(review.decidedBy) ?? []).map(originJson) : [],
          officers: officers.map((o) => {
            const why = independence({ id: o.id, role: o.role, origins: o.origins });
            return { id: o.id, name: o.name, origins: o.origins.map(originJson), mayDecide: why === null, reason: why?.message ?? null };
          }),
        },
        200,
      );
    },
  );

  r.openapi(
    guardedRoute(COMMENTERS, {
      method: 'post',
      path: '/reviews/{reviewId}/comments',
      tags,
      summary: 'Comment on a review, optionally at a node and field',
      request: {
        params: reviewIdParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({ body: safeText({ multiline: true }).trim().min(1, 'write something').max(5000), nodeId: safeText().max(200).optional(), field: safeText().max(200).optional() }),
            },
          },
        },
      },
      responses: { 201: json(commentJson, 'Commented'), 400: errorResponse('Invalid body'), 404: errorResponse('No such review') },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const comment = await addComment(deps.db, { reviewId: c.req.valid('param').reviewId, actor: actorOf(c.get('user')!), ...body });
      if (!comment) return notFound(c, 'review', noReviewHint);
      return c.json(toCommentJson(comment, await userNames(deps.db, [comment.authorId])), 201);
    },
  );

  for (const decision of ['approve', 'request_changes'] as const) {
    const verb = decision === 'approve' ? 'approve' : 'request-changes';
    r.openapi(
      guardedRoute(OFFICERS, {
        method: 'post',
        path: `/reviews/{reviewId}/${verb}`,
        tags,
        summary:
          decision === 'approve'
            ? 'Approve the submitted version for the content hash you reviewed (compliance officers who are not authors, and whose account no author created, invited or reset)'
            : 'Request changes, saying what (compliance officers who are not authors, and whose account no author created, invited or reset)',
        request: {
          params: reviewIdParam,
          body: {
            content: {
              'application/json': {
                schema:
                  decision === 'approve'
                    ? z.object({ hash: hashSchema, comment: safeText({ multiline: true }).trim().max(5000).optional() })
                    : z.object({ hash: hashSchema, comment: safeText({ multiline: true }).trim().min(1, 'say what must change').max(5000) }),
              },
            },
          },
        },
        responses: {
          200: json(reviewJson, decision === 'approve' ? 'Approved' : 'Changes requested'),
          400: errorResponse('Invalid body'),
          403: json(refusedSchema, 'An author may not decide (`author_cannot_approve`), nor an officer whose account an author created, invited or reset (`approver_not_independent`), nor another role'),
          404: errorResponse('No such review'),
          409: json(refusedSchema, 'The review is not open (`review_not_open`) or holds other content (`hash_mismatch`)'),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const result = await decideReview(deps.db, {
          reviewId: c.req.valid('param').reviewId,
          actor: actorOf(c.get('user')!),
          hash: body.hash,
          decision,
          ...(body.comment ? { comment: body.comment } : {}),
        });
        if (result.ok) return c.json(toReviewJson(result.review, await userNames(deps.db, peopleOfReview(result.review))), 200);
        if (result.reason === 'not-found') return notFound(c, 'review', noReviewHint);
        const { code, message } = result.refusal;
        const status = code === 'author_cannot_approve' || code === 'approver_not_independent' || code === 'not_compliance_officer' ? 403 : 409;
        return c.json({ error: 'decision_refused', code, message }, status);
      },
    );
  }

  return r;
}
