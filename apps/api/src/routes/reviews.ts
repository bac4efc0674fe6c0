// Review and approval: a strategist submits the draft (a snapshot bound to its content hash), a
// compliance officer who is not an author approves it or requests changes, with comments.
import { z } from '@hono/zod-openapi';
import { compile } from '@kairos/cadence';
import { addComment, decideReview, getCadence, getLatestVersion, getReview, listComments, listReviews, submitReview, type ReviewCommentRow, type ReviewRow } from '@kairos/db';
import { diffGraphs, hasBlocking, REVIEW_STATUSES, type Role } from '@kairos/review';
import { DESIGN_READERS, DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { designFindings } from '../publish-gate';
import { newRouter, type SessionUser } from '../router';
import { cadenceIdParam, errorResponse, errorSchema, graphJson, invalidCadenceSchema, json, lintFindingSchema, noCadenceHint, toIssueJson } from '../schemas';

const tags = ['Review'];
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-hex content hash of the version you reviewed');

export const reviewJson = z
  .object({
    id: z.uuid(),
    cadenceId: z.uuid(),
    hash: z.string(),
    status: z.enum(REVIEW_STATUSES),
    authorIds: z.array(z.string()).openapi({ description: 'The submitter and every editor since the last publish: none of them may approve' }),
    submittedBy: z.string(),
    submittedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    publishedVersionId: z.string().nullable(),
  })
  .openapi('Review');
const commentJson = z
  .object({
    id: z.uuid(),
    authorId: z.string(),
    body: z.string(),
    nodeId: z.string().nullable(),
    field: z.string().nullable(),
    kind: z.enum(['comment', 'changes_requested', 'approval']),
    createdAt: z.string(),
  })
  .openapi('ReviewComment');
const fieldChange = z.object({ field: z.string(), kind: z.enum(['template', 'config', 'meta']), before: z.unknown(), after: z.unknown() });
const nodeSummary = z.object({ id: z.string(), type: z.string(), label: z.string().optional() });
const edgeChange = z.object({ source: z.string(), sourceHandle: z.string(), before: z.string().nullable(), after: z.string().nullable() });
export const graphDiffJson = z
  .object({
    unchanged: z.boolean(),
    nodes: z.object({ added: z.array(nodeSummary), removed: z.array(nodeSummary), changed: z.array(nodeSummary.extend({ changes: z.array(fieldChange) })) }),
    edges: z.object({ added: z.array(edgeChange), removed: z.array(edgeChange), retargeted: z.array(edgeChange) }),
  })
  .openapi('GraphDiff', { description: 'Nodes added/removed/changed (config and template fields before and after), and rewired outcomes; positions never count' });
const liveVersionJson = z.object({ id: z.uuid(), version: z.number().int(), hash: z.string(), graph: graphJson }).nullable();
const reviewDetail = reviewJson
  .extend({
    graph: graphJson.openapi({ description: 'The submitted graph' }),
    comments: z.array(commentJson),
    findings: z.array(lintFindingSchema),
    liveVersion: liveVersionJson.openapi({ description: 'The version live now, which the diff compares against' }),
    diff: graphDiffJson,
    canApprove: z.boolean().openapi({ description: 'Whether the signed-in user may approve or request changes now' }),
  })
  .openapi('ReviewDetail');
const refusedSchema = errorSchema.extend({ code: z.string() }).openapi('DecisionRefused');

type GraphJson = z.infer<typeof graphJson>;
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toReviewJson = (r: ReviewRow): z.infer<typeof reviewJson> => ({
  id: r.id,
  cadenceId: r.cadenceId,
  hash: r.hash,
  status: r.status,
  authorIds: r.authorIds,
  submittedBy: r.submittedBy,
  submittedAt: r.submittedAt.toISOString(),
  decidedBy: r.decidedBy,
  decidedAt: iso(r.decidedAt),
  publishedVersionId: r.publishedVersionId,
});
const toCommentJson = (c: ReviewCommentRow): z.infer<typeof commentJson> => ({ ...c, createdAt: c.createdAt.toISOString() });
const actorOf = (u: SessionUser) => ({ id: u.id, email: u.email, role: u.role });
const reviewIdParam = z.object({ reviewId: z.string().openapi({ param: { name: 'reviewId', in: 'path' } }) });
const noReviewHint = 'List reviews with GET /api/v1/cadences/{id}/reviews.';
const COMMENTERS: readonly Role[] = ['strategist', 'compliance_officer', 'admin'];
const OFFICERS: readonly Role[] = ['compliance_officer'];

export function reviewRoutes(deps: RouteDeps) {
  const r = newRouter();

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
      const findings = designFindings(deps, compiled.ir);
      if (hasBlocking(findings)) {
        return c.json({ error: 'lint_blocking', message: 'fix the blocking compliance findings before submitting', findings: findings.filter((f) => f.severity === 'blocking') }, 422);
      }
      const submitted = await submitReview(deps.db, { cadenceId: id, draftRevision: cadence.draftRevision, graph: cadence.draftGraph, ir: compiled.ir, actor: actorOf(c.get('user')!) });
      if (!submitted.ok) {
        if (submitted.reason === 'not-found') return notFound(c, 'cadence', noCadenceHint);
        return c.json({ error: 'draft_changed', message: 'the draft was saved while submitting: submit again' }, 409);
      }
      return c.json(toReviewJson(submitted.review), submitted.created ? 201 : 200);
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
      return c.json((await listReviews(deps.db, id)).map(toReviewJson), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/reviews/{reviewId}',
      tags,
      summary: 'A review: the submitted graph, its diff against the live version, its lint findings and comments',
      request: { params: reviewIdParam },
      responses: { 200: json(reviewDetail, 'The review'), 404: errorResponse('No such review') },
    }),
    async (c) => {
      const review = await getReview(deps.db, c.req.valid('param').reviewId);
      if (!review) return notFound(c, 'review', noReviewHint);
      const [comments, live] = await Promise.all([listComments(deps.db, review.id), getLatestVersion(deps.db, review.cadenceId)]);
      const user = c.get('user')!;
      return c.json(
        {
          ...toReviewJson(review),
          graph: review.graph as GraphJson,
          comments: comments.map(toCommentJson),
          findings: designFindings(deps, review.ir),
          liveVersion: live ? { id: live.id, version: live.version, hash: live.hash, graph: live.graph as GraphJson } : null,
          diff: diffGraphs(live?.graph ?? null, review.graph),
          canApprove: user.role === 'compliance_officer' && review.status === 'submitted' && !review.authorIds.includes(user.id),
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
              schema: z.object({ body: z.string().trim().min(1, 'write something').max(5000), nodeId: z.string().max(200).optional(), field: z.string().max(200).optional() }),
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
      return c.json(toCommentJson(comment), 201);
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
            ? 'Approve the submitted version for the content hash you reviewed (compliance officers who are not authors)'
            : 'Request changes, saying what (compliance officers who are not authors)',
        request: {
          params: reviewIdParam,
          body: {
            content: {
              'application/json': {
                schema:
                  decision === 'approve'
                    ? z.object({ hash: hashSchema, comment: z.string().trim().max(5000).optional() })
                    : z.object({ hash: hashSchema, comment: z.string().trim().min(1, 'say what must change').max(5000) }),
              },
            },
          },
        },
        responses: {
          200: json(reviewJson, decision === 'approve' ? 'Approved' : 'Changes requested'),
          400: errorResponse('Invalid body'),
          403: json(refusedSchema, 'An author may not decide (`author_cannot_approve`), or your role may not'),
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
        if (result.ok) return c.json(toReviewJson(result.review), 200);
        if (result.reason === 'not-found') return notFound(c, 'review', noReviewHint);
        const { code, message } = result.refusal;
        const status = code === 'author_cannot_approve' || code === 'not_compliance_officer' ? 403 : 409;
        return c.json({ error: 'decision_refused', code, message }, status);
      },
    );
  }

  return r;
}
