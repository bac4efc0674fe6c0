// A person pauses, resumes or stops enrollments: one, a selection, or every enrollment of a version.
// The workflow is told first and the row and audit entry written after: a row never says "paused" of
// a run that was not told, and a failed signal leaves nothing written (retry the same request).
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { getEnrollment, getVersion, planControl, recordControl, versionEnrollmentsToControl, versionPauseCounts, appendAudit, type ControlAction, type EnrollmentRow } from '@kairos/db';
import type { Context } from 'hono';
import type { Role } from '@kairos/review';
import { guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter, type AppEnv } from '../router';
import { enrollmentJson, errorResponse, json, toEnrollmentJson } from '../schemas';

/** Who may pause, resume and stop: the people who run cadences, not agents working a queue. */
export const ENROLLMENT_CONTROLLERS: readonly Role[] = ['strategist', 'compliance_officer', 'engineer', 'admin'];

const tags = ['Enrollments'];
const OUTCOMES = ['paused', 'resumed', 'stopped', 'already_paused', 'not_paused', 'already_finished', 'not_found', 'temporal_unavailable'] as const;
type Outcome = (typeof OUTCOMES)[number];

const reason = safeText().trim().min(1, 'say why (it goes into the audit log and the timeline)').max(500);
const optionalReason = safeText().trim().max(500).optional();

const MESSAGES: Record<Outcome, (row: EnrollmentRow | null) => string> = {
  paused: () => 'paused: it sends nothing until resumed',
  resumed: () => 'resumed where it was',
  stopped: () => 'stopped: it has ended',
  already_paused: (r) => `already paused by ${r?.pausedBy ?? 'someone'}: nothing changed`,
  not_paused: () => 'not paused: nothing to resume',
  already_finished: (r) => `already ${r?.status === 'failed' ? 'failed' : 'finished'}${r?.exitReason ? ` (${r.exitReason})` : ''}: nothing to change`,
  not_found: () => 'no such enrollment among the accounts you read',
  temporal_unavailable: () => 'Temporal could not be reached: nothing was changed; retry',
};

interface ControlResult {
  id: string;
  outcome: Outcome;
  changed: boolean;
  message: string;
  row: EnrollmentRow | null;
}

const actorOf = (c: Context<AppEnv>) => {
  const user = c.get('user')!;
  return { id: user.id, email: user.email, role: user.role };
};

/** Apply one action to one enrollment the caller reads: tell the workflow, then record it. */
async function control(
  deps: RouteDeps,
  c: Context<AppEnv>,
  row: EnrollmentRow,
  action: ControlAction,
  why: string | null,
  detail?: Record<string, unknown>,
): Promise<ControlResult> {
  const result = (outcome: Outcome, changed: boolean, r: EnrollmentRow | null): ControlResult => ({ id: row.id, outcome, changed, message: MESSAGES[outcome](r), row: r });
  const plan = planControl(row, action);
  if (!plan.changes) return result(plan.outcome, false, row);
  const actor = actorOf(c);
  let told: 'delivered' | 'finished';
  try {
    told = await deps.runtime.controlEnrollment(row.workflowId, { action, by: actor.email ?? actor.id, ...(why ? { reason: why } : {}) });
  } catch {
    return result('temporal_unavailable', false, row);
  }
  // The run ended before it heard (its last progress is on its way), or it never started: nothing to change.
  if (told === 'finished') return { ...result('already_finished', false, row), message: `its run is over (or never started): nothing to ${action}` };
  const written = await recordControl(deps.db, { enrollmentId: row.id, action, actor, reason: why, ...(detail ? { detail } : {}) });
  if (written) return result(plan.outcome, true, written);
  // Someone else got there first: say where it stands now.
  const now = (await getEnrollment(deps.db, row.id)) ?? row;
  return result(planControl(now, action).outcome, false, now);
}

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const controlAnswer = z
  .object({
    outcome: z.enum(OUTCOMES),
    changed: z.boolean().openapi({ description: 'false: the enrollment already stood so (pausing a paused one is not an error)' }),
    message: z.string(),
    enrollment: enrollmentJson,
  })
  .openapi('EnrollmentControlResult');

function singleRoute(deps: RouteDeps, r: ReturnType<typeof newRouter>, action: ControlAction, summary: string, body: z.ZodType<{ reason?: string | undefined }>) {
  r.openapi(
    guardedRoute(ENROLLMENT_CONTROLLERS, {
      method: 'post',
      path: `/enrollments/{id}/${action}`,
      tags,
      summary,
      request: { params: idParam, body: { content: { 'application/json': { schema: body } }, required: true } },
      responses: {
        200: json(controlAnswer, 'Done, or already so (`changed: false`)'),
        400: errorResponse('Invalid body: the issues name each field'),
        404: errorResponse('No such enrollment among the accounts you read'),
        409: errorResponse('The enrollment has already finished (`already_finished`): nothing to change'),
        503: errorResponse('Temporal could not be reached: nothing was changed; retry the same request'),
      },
    }),
    async (c) => {
      const row = await getEnrollment(deps.db, c.req.valid('param').id, await readerScope(c, deps.db));
      if (!row) return notFound(c, 'enrollment', 'List enrollments with GET /api/v1/enrollments?accountId=….');
      const why = (c.req.valid('json') as { reason?: string }).reason;
      const done = await control(deps, c, row, action, why ?? null);
      if (done.outcome === 'temporal_unavailable') return c.json({ error: 'temporal_unavailable', message: `enrollment ${row.id}: ${done.message}` }, 503);
      if (done.outcome === 'already_finished') return c.json({ error: 'already_finished', message: `enrollment ${row.id} is ${done.message}` }, 409);
      return c.json({ outcome: done.outcome, changed: done.changed, message: done.message, enrollment: toEnrollmentJson(done.row ?? row) }, 200);
    },
  );
}

const BULK_LIMIT = 1_000;
const VERSION_BATCH = 200;

export function enrollmentControlRoutes(deps: RouteDeps) {
  const r = newRouter();
  singleRoute(deps, r, 'pause', 'Pause an enrollment: it sends nothing until resumed; a wait that ends meanwhile ends at resume', z.strictObject({ reason }));
  singleRoute(deps, r, 'resume', 'Resume a paused enrollment where it was', z.strictObject({ reason: optionalReason }));
  singleRoute(deps, r, 'stop', 'Stop an enrollment: it ends at once, as `stopped`', z.strictObject({ reason }));

  r.openapi(
    guardedRoute(ENROLLMENT_CONTROLLERS, {
      method: 'post',
      path: '/enrollments/bulk',
      tags,
      summary: `Pause, resume or stop a selection of enrollments (at most ${BULK_LIMIT}), with one answer per id`,
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z
                .strictObject({
                  action: z.enum(['pause', 'resume', 'stop']),
                  enrollmentIds: z.array(z.string().max(100)).min(1, 'name at least one enrollment').max(BULK_LIMIT, `at most ${BULK_LIMIT} enrollments at once: split the selection`),
                  reason: optionalReason,
                })
                .refine((b) => b.action === 'resume' || (b.reason ?? '') !== '', { path: ['reason'], message: 'say why (it goes into the audit log and the timeline)' }),
            },
          },
        },
      },
      responses: {
        200: json(
          z.object({
            results: z.array(z.object({ id: z.string(), outcome: z.enum(OUTCOMES), changed: z.boolean(), message: z.string() })),
            counts: z.record(z.string(), z.number().int()).openapi({ description: 'How many ids came to each outcome' }),
          }),
          'One result per distinct id, in the order given',
        ),
        400: errorResponse('Invalid body: the issues name each field'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const scope = await readerScope(c, deps.db);
      const results: Omit<ControlResult, 'row'>[] = [];
      for (const id of [...new Set(body.enrollmentIds)]) {
        const row = await getEnrollment(deps.db, id, scope);
        if (!row) {
          results.push({ id, outcome: 'not_found', changed: false, message: MESSAGES.not_found(null) });
          continue;
        }
        const { row: _row, ...done } = await control(deps, c, row, body.action, body.reason ?? null, { selection: true });
        results.push(done);
      }
      const counts: Record<string, number> = {};
      for (const x of results) counts[x.outcome] = (counts[x.outcome] ?? 0) + 1;
      return c.json({ results, counts }, 200);
    },
  );

  for (const action of ['pause', 'resume'] as const) {
    r.openapi(
      guardedRoute(ENROLLMENT_CONTROLLERS, {
        method: 'post',
        path: `/versions/{versionId}/${action}`,
        tags,
        summary:
          action === 'pause'
            ? `Pause the running enrollments of a version (e.g. during an incident), ${VERSION_BATCH} at a time: repeat while \`remaining\` > 0`
            : `Resume the paused enrollments of a version, ${VERSION_BATCH} at a time: repeat while \`remaining\` > 0`,
        description: 'Only the enrollments of accounts you read. Each call works through the next batch, so a client shows progress as `done / (done + remaining)`.',
        request: {
          params: z.object({ versionId: z.string().openapi({ param: { name: 'versionId', in: 'path' } }) }),
          body: { required: true, content: { 'application/json': { schema: z.strictObject({ reason: action === 'pause' ? reason : optionalReason }) } } },
        },
        responses: {
          200: json(
            z
              .object({
                changed: z.number().int().openapi({ description: 'Enrollments this call paused (resumed)' }),
                failed: z.array(z.object({ id: z.string(), message: z.string() })).openapi({ description: 'Enrollments this call could not change, and why' }),
                remaining: z.number().int().openapi({ description: 'Enrollments still to pause (resume) after this call' }),
                paused: z.number().int(),
                running: z.number().int(),
              })
              .openapi('VersionControlProgress'),
            'Progress of the whole version',
          ),
          400: errorResponse('Invalid body: the issues name each field'),
          404: errorResponse('No such version'),
        },
      }),
      async (c) => {
        const { versionId } = c.req.valid('param');
        const why = c.req.valid('json').reason ?? null;
        const version = await getVersion(deps.db, versionId);
        if (!version) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
        const scope = await readerScope(c, deps.db);
        const batch = await versionEnrollmentsToControl(deps.db, { versionId, action, limit: VERSION_BATCH }, scope);
        let changed = 0;
        const failed: { id: string; message: string }[] = [];
        for (const row of batch) {
          const done = await control(deps, c, row, action, why, { wholeVersion: true });
          if (done.changed) changed++;
          else if (done.outcome === 'temporal_unavailable') failed.push({ id: row.id, message: done.message });
        }
        const counts = await versionPauseCounts(deps.db, versionId, scope);
        if (changed > 0) {
          await appendAudit(deps.db, {
            actor: actorOf(c),
            action: action === 'pause' ? 'version_paused' : 'version_resumed',
            cadenceId: version.cadenceId,
            versionId,
            hash: version.hash,
            detail: { reason: why, changed, failed: failed.length, ...counts },
          });
        }
        return c.json({ changed, failed, remaining: action === 'pause' ? counts.running : counts.paused, ...counts }, 200);
      },
    );
  }
  return r;
}
