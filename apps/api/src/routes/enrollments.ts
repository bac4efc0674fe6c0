import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { exactAccountScope, readerScope } from '../auth/reader-scope';
import { enrollmentStarter } from '../enrollments/enrollment-starter';
import { isOneActiveCadence, readCollectorIdentity, TIMELINE_ENTRY_TYPES, type CadenceIR } from '@kairos/cadence';
import {
  createEnrollment,
  DEFAULT_PORTFOLIO_ID,
  getEnrollment,
  getEnrollmentTarget,
  getTimeline,
  listActiveEnrollmentsForAccount,
  getVersion,
  listContactAttempts,
  listEnrollments,
  type EnrollmentRow,
} from '@kairos/db';
import { enrollmentWorkflowId } from '@kairos/workflows';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { contactAttemptJson, enrollmentJson, errorResponse, json, limitQuery, toContactJson, toEnrollmentJson } from '../schemas';

const tags = ['Enrollments'];
const timelineEntry = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    type: z.enum(TIMELINE_ENTRY_TYPES),
    stepId: z.string().nullable(),
    outcome: z.string().optional(),
    detail: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('TimelineEntry');

const enrolledJson = enrollmentJson.extend({
  warnings: z
    .array(z.object({ code: z.enum(['collector_identity_missing']), message: z.string() }))
    .optional()
    .openapi({ description: "What will stop this enrollment's messages although it was enrolled (the portfolio has no collector identity: its sends are refused)" }),
});

/** Why the account's messages will be refused, said when it is enrolled rather than discovered in its timeline. */
function enrollmentWarnings(portfolioId: string | undefined, storedCollector: unknown) {
  const id = portfolioId ?? DEFAULT_PORTFOLIO_ID;
  const collector = readCollectorIdentity(storedCollector);
  if ('identity' in collector) return {};
  const message = `portfolio "${id}" ${collector.problem}: its messages are refused until an administrator sets it (PUT /api/v1/portfolios/${id}/collector)`;
  return { warnings: [{ code: 'collector_identity_missing' as const, message }] };
}

async function versionIr(deps: RouteDeps, versionId: string): Promise<CadenceIR | null> {
  const cached = deps.irCache.get(versionId);
  if (cached) return cached;
  const v = await getVersion(deps.db, versionId);
  if (v) deps.irCache.set(versionId, v.ir);
  return v?.ir ?? null;
}

/**
 * The account's active enrollment in another cadence when the version takes one active cadence per account
 * (and the account is not already in this cadence, which answers as before). A check before the insert, not
 * a constraint: two enrollments requested at the same instant may both pass.
 */
async function activeElsewhere(deps: RouteDeps, accountId: string, cadenceId: string, versionId: string) {
  const ir = await versionIr(deps, versionId);
  if (!ir || !isOneActiveCadence(ir)) return null;
  const active = await listActiveEnrollmentsForAccount(deps.db, accountId);
  if (active.some((e) => e.cadenceId === cadenceId)) return null;
  return active[0] ?? null;
}

export function enrollmentRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(['strategist', 'engineer', 'admin'], {
      method: 'post',
      path: '/enrollments',
      tags,
      summary: 'Enroll an account in a cadence (latest published version unless versionId is given)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({ accountId: safeText().min(1).max(200), cadenceId: safeText().min(1).max(200), versionId: safeText().max(200).optional() }),
            },
          },
        },
      },
      responses: {
        201: json(enrolledJson, 'Enrolled and started'),
        200: json(enrolledJson, 'Already enrolled: the active enrollment'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such account, cadence or version'),
        409: errorResponse('The cadence has no published version (`not_published`), or it takes one active cadence per account and the account is active in another (`in_another_cadence`)'),
        503: errorResponse('Stored, but Temporal could not start it: retry the same request'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      // The hot path of enrollment: ids only; IRs come from the cache of immutable versions.
      const { account, cadenceFound, latestVersionId: latestId, storedCollector } = await getEnrollmentTarget(deps.db, body.accountId, body.cadenceId, await exactAccountScope(c, deps.db));
      if (!account) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      if (!cadenceFound) return notFound(c, 'cadence', 'List cadences with GET /api/v1/cadences.');
      let versionId = latestId;
      if (body.versionId) {
        const version = await getVersion(deps.db, body.versionId);
        if (!version || version.cadenceId !== body.cadenceId) {
          return notFound(c, 'version of this cadence', 'List versions with GET /api/v1/cadences/{id}/versions.');
        }
        deps.irCache.set(version.id, version.ir);
        versionId = version.id;
      }
      if (!versionId) {
        return c.json({ error: 'not_published', message: 'the cadence has no published version: publish it with POST /api/v1/cadences/{id}/versions' }, 409);
      }
      const elsewhere = await activeElsewhere(deps, account.id, body.cadenceId, versionId);
      if (elsewhere) {
        return c.json(
          {
            error: 'in_another_cadence',
            message: `account ${account.id} is active in another cadence (enrollment ${elsewhere.id}) and this cadence takes one active cadence per account: stop that enrollment, or wait until it ends, then enroll again`,
          },
          409,
        );
      }
      const { enrollment, created } = await createEnrollment(deps.db, {
        accountId: account.id,
        cadenceId: body.cadenceId,
        cadenceVersionId: versionId,
        workflowIdFor: enrollmentWorkflowId,
      });
      // An existing enrollment runs the version it started with; starting it again is a no-op
      // unless an earlier attempt stored the row but could not reach Temporal.
      const ir = await versionIr(deps, enrollment.cadenceVersionId);
      if (!ir) throw new Error(`enrollment ${enrollment.id} names version ${enrollment.cadenceVersionId}, which does not exist`);
      try {
        await enrollmentStarter(deps)(enrollment, ir, account);
      } catch (err) {
        return c.json({ error: 'temporal_unavailable', message: `enrollment ${enrollment.id} is stored but could not start (${(err as Error).message}); retry the same request` }, 503);
      }
      return c.json({ ...toEnrollmentJson(enrollment), ...enrollmentWarnings(account.portfolioId, storedCollector) }, created ? 201 : 200);
    },
  );

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/enrollments',
      tags,
      summary: 'Enrollments, newest first',
      request: {
        query: z.object({
          accountId: z.string().optional(),
          cadenceId: z.string().optional(),
          status: z.enum(['active', 'finished', 'failed']).optional(),
          limit: limitQuery,
        }),
      },
      responses: { 200: json(z.array(enrollmentJson), 'Enrollments'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listEnrollments(deps.db, c.req.valid('query'), await readerScope(c, deps.db))).map(toEnrollmentJson), 200),
  );

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/enrollments/{id}',
      tags,
      summary: 'An enrollment: where it stands, its timeline, its contacts and (while running) the live interpreter state',
      request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: {
        200: json(
          enrollmentJson.extend({
            timeline: z.array(timelineEntry),
            contacts: z.array(contactAttemptJson),
            live: z
              .object({ state: z.any(), recent: z.array(timelineEntry) })
              .nullable()
              .openapi({ description: "The running workflow's own view (interpreter state and recent timeline); null when finished or unavailable" }),
          }),
          'The enrollment',
        ),
        404: errorResponse('No such enrollment'),
      },
    }),
    async (c) => {
      const row: EnrollmentRow | null = await getEnrollment(deps.db, c.req.valid('param').id, await readerScope(c, deps.db));
      if (!row) return notFound(c, 'enrollment', 'List enrollments with GET /api/v1/enrollments?accountId=….');
      const [timeline, contacts, live] = await Promise.all([
        getTimeline(deps.db, row.id),
        listContactAttempts(deps.db, { enrollmentId: row.id, limit: 500 }),
        row.status === 'active' ? deps.runtime.describeEnrollment(row.workflowId) : Promise.resolve(null),
      ]);
      return c.json({ ...toEnrollmentJson(row), timeline, contacts: contacts.map(toContactJson), live }, 200);
    },
  );

  return r;
}
