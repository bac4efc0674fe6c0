// Shapes on the wire shared by several route modules: path params, responses, errors.
// Request bodies reuse the domain schemas from @kairos/cadence.
import { z } from '@hono/zod-openapi';
import { cadenceGraphSchema, compile, issueToJson, validate, type NodeRegistry } from '@kairos/cadence';
import { lintCadence, type LintFinding } from '@kairos/review';
import { CONTACT_STATUSES, type CadenceRow, type ContactAttemptRow, type EnrollmentRow, type OutboxRow, type VersionRow } from '@kairos/db';

export const issueSchema = z.object({
  field: z.string().openapi({ example: 'balanceCents' }),
  message: z.string(),
});
export const errorSchema = z
  .object({ error: z.string(), message: z.string(), issues: z.array(issueSchema).optional() })
  .openapi('Error');
export const cadenceIssueSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    code: z.string(),
    message: z.string(),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
    field: z.string().optional(),
  })
  .openapi('CadenceIssue');
export type CadenceIssueJson = z.infer<typeof cadenceIssueSchema>;
export const toIssueJson = (i: Parameters<typeof issueToJson>[0]) => issueToJson(i) as CadenceIssueJson;
/** Validation issues of a (possibly broken) draft graph, in wire form. */
export const issuesOf = (graph: unknown, registry: NodeRegistry): CadenceIssueJson[] => validate(graph, registry).map(toIssueJson);

export const lintFindingSchema = z
  .object({
    rule: z.string().openapi({ example: 'lint.opt-out-text' }),
    severity: z.enum(['blocking', 'warning']),
    nodeId: z.string(),
    field: z.string().openapi({ description: 'Config field of the node: body, localTime, exitOn, rules.0, outcomes.dispute, channel' }),
    message: z.string(),
    cites: z.string().openapi({ description: 'The provision the rule stands on, e.g. reg-f.1006.6(e)' }),
    profiles: z.array(z.string()).optional().openapi({ description: 'The compliance profiles in use under which the design has this problem' }),
  })
  .openapi('LintFinding', { description: 'A compliance problem in a design, at a node; blocking findings stop publishing' });

/** Lint findings of a draft graph (none while it does not compile: its issues come first). */
export function findingsOf(graph: unknown, registry: NodeRegistry, lint: (ir: Parameters<typeof lintCadence>[0]) => LintFinding[] = lintCadence): LintFinding[] {
  const compiled = compile(graph, registry);
  return compiled.ok ? lint(compiled.ir) : [];
}

export const invalidCadenceSchema = z
  .object({ error: z.literal('invalid_cadence'), message: z.string(), issues: z.array(cadenceIssueSchema) })
  .openapi('InvalidCadence');

export const cadenceIdParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '0b6f3c52-8f1e-4d47-9c1a-2a7e9f5b3d10' }),
});
export const noCadenceHint = 'List cadences with GET /api/v1/cadences.';
/** Page size of list endpoints. */
export const limitQuery = z.coerce.number().int().min(1).max(500).default(100);

const iso = (d: Date | null) => (d ? d.toISOString() : null);
// Stored drafts and versions passed cadenceGraphSchema on their way in, so it describes them on the way out too.
// (Rebuilt from its shape: schemas made before @hono/zod-openapi loaded have no `.openapi`.)
export const graphJson = z.object(cadenceGraphSchema.shape).openapi('CadenceGraph', { description: 'Nodes and edges as the editor (React Flow) stores them' });

export const cadenceJson = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    draftGraph: graphJson,
    draftRevision: z.number().int(),
    archivedAt: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Cadence');
export const toCadenceJson = ({ draftEditors: _editors, ...r }: CadenceRow): z.infer<typeof cadenceJson> => ({
  ...r,
  archivedAt: iso(r.archivedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const versionJson = z
  .object({
    id: z.uuid(),
    cadenceId: z.uuid(),
    version: z.number().int(),
    hash: z.string(),
    publishedBy: z.string(),
    publishedByName: z.string().nullable().openapi({ description: 'The name of who published it (null: not a person, e.g. the demo seed)' }),
    publishedAt: z.string(),
    reviewId: z.string().nullable().openapi({ description: 'The approved review this version was published from' }),
    approvedBy: z.string().nullable(),
    approvedByName: z.string().nullable(),
    graph: graphJson.optional(),
    ir: z.any().optional(),
  })
  .openapi('CadenceVersion');
/** Everyone a version names (publisher, approver), for looking up their names. */
export const peopleOfVersion = (r: VersionRow): string[] => [r.publishedBy, ...(r.approvedBy ? [r.approvedBy] : [])];
export const toVersionJson = (r: VersionRow, full: boolean, names: ReadonlyMap<string, string>): z.infer<typeof versionJson> => ({
  id: r.id,
  cadenceId: r.cadenceId,
  version: r.version,
  hash: r.hash,
  publishedBy: r.publishedBy,
  publishedByName: names.get(r.publishedBy) ?? null,
  publishedAt: r.publishedAt.toISOString(),
  reviewId: r.reviewId,
  approvedBy: r.approvedBy,
  approvedByName: r.approvedBy ? (names.get(r.approvedBy) ?? null) : null,
  ...(full ? { graph: r.graph, ir: r.ir } : {}),
});

export const enrollmentJson = z
  .object({
    id: z.uuid(),
    accountId: z.string(),
    cadenceId: z.uuid(),
    cadenceVersionId: z.uuid(),
    workflowId: z.string(),
    status: z.enum(['active', 'finished', 'failed']),
    currentStepId: z.string().nullable(),
    exitReason: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    updatedAt: z.string(),
    triggerCycle: z.string().nullable().openapi({ description: 'Set when an entry rule enrolled the account: `due:<date>` or `segment`' }),
    tier: z.string().openapi({ description: "The account's tier (attributes.tier) at enrollment; '' when none (analytics reports the tier a tier-split chose instead)" }),
    experiments: z.record(z.string(), z.string()).openapi({ description: 'Experiment id → the arm the split assigned' }),
    experimentId: z.string().nullable(),
    arm: z.string().nullable(),
    placedCents: z.number().int().openapi({ description: 'The balance placed in the cadence when the account was enrolled' }),
    placedCurrency: z.string(),
    placedDueDate: z.string(),
    paused: z
      .object({ at: z.string(), by: z.string(), reason: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Set while a person has paused the enrollment (it sends nothing until resumed); a paused enrollment is still active' }),
  })
  .openapi('Enrollment');
/** The enrollment as the API shows it (its transaction id is the analytics projection's bookkeeping, not shown). */
export const toEnrollmentJson = ({ writtenByTx: _tx, pausedAt, pausedBy, pauseReason, ...r }: EnrollmentRow): z.infer<typeof enrollmentJson> => ({
  ...r,
  paused: pausedAt ? { at: pausedAt.toISOString(), by: pausedBy ?? 'someone', reason: pauseReason } : null,
  startedAt: r.startedAt.toISOString(),
  finishedAt: iso(r.finishedAt),
  updatedAt: r.updatedAt.toISOString(),
});

export const outboxMessageJson = z
  .object({
    id: z.uuid(),
    idempotencyKey: z.string(),
    accountId: z.string(),
    channel: z.string(),
    recipient: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('OutboxMessage');
export const toOutboxJson = (r: OutboxRow): z.infer<typeof outboxMessageJson> => ({ ...r, createdAt: r.createdAt.toISOString() });

export const contactStatusSchema = z
  .enum(CONTACT_STATUSES)
  .openapi({
    description:
      'pending (decided, being sent); outcome_unknown (a worker stopped while the provider was being called: it may have reached the customer, ' +
      'is never sent again, and the provider\'s status report settles it); queued, sent, delivered, failed or bounced (as the provider reports); ' +
      'skipped (nothing to send: paid, no contact point); blocked by compliance',
  });

export const contactAttemptJson = z
  .object({
    id: z.uuid(),
    idempotencyKey: z.string(),
    enrollmentId: z.string().nullable(),
    accountId: z.string(),
    stepId: z.string().nullable(),
    channel: z.string(),
    provider: z.string(),
    recipient: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    status: contactStatusSchema,
    outcome: z.string().nullable().openapi({ description: 'How a call ended (no_answer, conversation, voicemail, busy, ...)' }),
    providerMessageId: z.string().nullable(),
    error: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('ContactAttempt');
export const toContactJson = (r: ContactAttemptRow): z.infer<typeof contactAttemptJson> => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  sentAt: iso(r.sentAt),
});

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
export const errorResponse = (description: string) => json(errorSchema, description);
