// The review API's shapes: reviews, comments and graph diffs as JSON, with the names of the people
// behind each id (who submitted, decided, commented), so screens show people rather than ids.
import { z } from '@hono/zod-openapi';
import type { ReviewCommentRow, ReviewRow } from '@kairos/db';
import { REVIEW_STATUSES } from '@kairos/review';
import { graphJson, lintFindingSchema } from '../schemas';
import { accountOriginJson } from './users';

/** Names by user id; an id that names nobody (`system`, a removed user) has none. */
export type PeopleNames = ReadonlyMap<string, string>;
const nameOf = (names: PeopleNames, id: string | null) => (id === null ? null : (names.get(id) ?? null));

export const reviewJson = z
  .object({
    id: z.uuid(),
    cadenceId: z.uuid(),
    hash: z.string(),
    status: z.enum(REVIEW_STATUSES),
    authorIds: z.array(z.string()).openapi({ description: 'The submitter and every editor since the last publish: none of them may approve' }),
    authors: z.array(z.object({ id: z.string(), name: z.string().nullable() })).openapi({ description: 'The authors with their names' }),
    submittedBy: z.string(),
    submittedByName: z.string().nullable(),
    submittedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    publishedVersionId: z.string().nullable(),
  })
  .openapi('Review');
export const reviewQueueItemJson = reviewJson.extend({ cadenceName: z.string() }).openapi('QueuedReview');
export const commentJson = z
  .object({
    id: z.uuid(),
    authorId: z.string(),
    authorName: z.string().nullable(),
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
export const reviewDetailJson = reviewJson
  .extend({
    cadenceName: z.string(),
    graph: graphJson.openapi({ description: 'The submitted graph' }),
    comments: z.array(commentJson),
    findings: z.array(lintFindingSchema),
    liveVersion: liveVersionJson.openapi({ description: 'The version live now, which the diff compares against' }),
    diff: graphDiffJson,
    canApprove: z.boolean().openapi({ description: 'Whether the signed-in user may approve or request changes now' }),
    decisionRefusal: z
      .object({ code: z.string(), message: z.string() })
      .nullable()
      .openapi({ description: 'Why the signed-in user may not decide on this version (author, not independent of the authors, not an officer), or null' }),
    decidedByOrigins: z.array(accountOriginJson).openapi({ description: 'Who created, invited or reset the account of the officer who decided (empty while undecided)' }),
    officers: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          origins: z.array(accountOriginJson),
          mayDecide: z.boolean(),
          reason: z.string().nullable().openapi({ description: 'Why this officer may not decide on this version' }),
        }),
      )
      .openapi({ description: 'The active compliance officers, who handed each their account, and whether each may decide on this version' }),
  })
  .openapi('ReviewDetail');

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Every person a review names: its authors, submitter and decider. */
export const peopleOfReview = (r: ReviewRow): string[] => [...r.authorIds, r.submittedBy, ...(r.decidedBy ? [r.decidedBy] : [])];

export const toReviewJson = (r: ReviewRow, names: PeopleNames): z.infer<typeof reviewJson> => ({
  id: r.id,
  cadenceId: r.cadenceId,
  hash: r.hash,
  status: r.status,
  authorIds: r.authorIds,
  authors: r.authorIds.map((id) => ({ id, name: nameOf(names, id) })),
  submittedBy: r.submittedBy,
  submittedByName: nameOf(names, r.submittedBy),
  submittedAt: r.submittedAt.toISOString(),
  decidedBy: r.decidedBy,
  decidedByName: nameOf(names, r.decidedBy),
  decidedAt: iso(r.decidedAt),
  publishedVersionId: r.publishedVersionId,
});

export const toCommentJson = (c: ReviewCommentRow, names: PeopleNames): z.infer<typeof commentJson> => ({
  ...c,
  authorName: nameOf(names, c.authorId),
  createdAt: c.createdAt.toISOString(),
});
