// Enrolling an audience: first a preview (how many would enter, how many not and why), then the
// enrollment itself as a background job whose progress is read while it runs.
import { z } from '@hono/zod-openapi';
import { AUDIENCE_EXCLUSIONS, audiencePreview, audienceRulesOf } from '@kairos/cadence';
import {
  appendAudit,
  countAudience,
  createAudienceJob,
  getAudienceJob,
  getImport,
  getLatestVersion,
  getVersion,
  MAX_AUDIENCE_IDS,
  readsPortfolio,
  unknownAudienceIds,
  type Audience,
  type AudienceJobRow,
  type PortfolioScope,
  type VersionRow,
} from '@kairos/db';
import { safeText } from '@kairos/input';
import type { Context } from 'hono';
import { accountFilterSchema, toAccountFilter } from '../accounts/account-filter-schema';
import { guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { audienceProgress, audienceSummary, startAudienceEnrollment } from '../jobs/audience-enrollment';
import { newRouter, type AppEnv } from '../router';
import { errorResponse, json } from '../schemas';

const tags = ['Enrollments'];
const ENROLLERS = ['strategist', 'engineer', 'admin'] as const;
const EXAMPLES = 5;

const audienceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('filter'), filter: accountFilterSchema.openapi({ description: 'The Accounts list filter (the same fields as its query)' }) }).strict(),
    z
      .object({
        kind: z.literal('ids'),
        accountIds: z.array(safeText().trim().min(1).max(200)).min(1, 'paste at least one account id').max(MAX_AUDIENCE_IDS, `paste at most ${MAX_AUDIENCE_IDS} account ids; split the list`),
      })
      .strict(),
    z.object({ kind: z.literal('import'), importId: z.string().uuid('name an import by its id (GET /api/v1/imports lists them)') }).strict(),
  ])
  .openapi('EnrollmentAudience', { description: 'Who to enroll: a filter of the Accounts list, a pasted list of account ids, or the accounts an import described' });

const target = {
  cadenceId: safeText().min(1).max(200),
  versionId: safeText().max(200).optional().openapi({ description: 'A published version of the cadence; its newest when absent' }),
  audience: audienceSchema,
};

const reason = z.enum(AUDIENCE_EXCLUSIONS);
const previewJson = z
  .object({
    cadenceId: z.string(),
    versionId: z.string(),
    version: z.number().int(),
    channels: z.array(z.string()).openapi({ description: 'The channels the cadence sends on: an account opted out of all of them is excluded' }),
    total: z.number().int(),
    entering: z.number().int(),
    enteringExamples: z.array(z.string()),
    excluded: z.number().int(),
    excludedBy: z.array(z.object({ reason, text: z.string(), count: z.number().int(), examples: z.array(z.string()) })),
  })
  .openapi('EnrollmentPreview');

const jobJson = z
  .object({
    id: z.string(),
    cadenceId: z.string(),
    versionId: z.string(),
    status: z.enum(['running', 'finished', 'failed']),
    audience: z.record(z.string(), z.unknown()).openapi({ description: 'The filter, the import, or how many ids were pasted' }),
    total: z.number().int(),
    done: z.number().int(),
    enrolled: z.number().int(),
    excluded: z.record(z.string(), z.number().int()).openapi({ description: 'Accounts not enrolled, by reason' }),
    ratePerSecond: z.number().nullable(),
    etaSeconds: z.number().int().nullable(),
    error: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('AudienceEnrollment');

type AudienceBody = z.output<typeof audienceSchema>;

function toAudience(a: AudienceBody): Audience {
  if (a.kind === 'filter') return { kind: 'filter', filter: toAccountFilter(a.filter) };
  return a.kind === 'import' ? { kind: 'import', importId: a.importId } : { kind: 'ids', accountIds: [...new Set(a.accountIds)] };
}

/** An import audience names an import of a portfolio the caller reads; another's answers as a missing one. */
async function unreadableImport(deps: RouteDeps, c: Context<AppEnv>, audience: Audience, scope: PortfolioScope): Promise<Response | null> {
  if (audience.kind !== 'import') return null;
  const imp = await getImport(deps.db, audience.importId);
  if (imp && readsPortfolio(scope, imp.portfolioId)) return null;
  return c.json({ error: 'invalid_request', message: 'the body is invalid', issues: [{ field: 'audience.importId', message: 'no such import among the portfolios you read: GET /api/v1/imports lists them' }] }, 400);
}

function toJobJson(job: AudienceJobRow, now: Date) {
  const { ratePerSecond, etaSeconds } = audienceProgress(job, now);
  return {
    id: job.id,
    cadenceId: job.cadenceId,
    versionId: job.cadenceVersionId,
    status: job.status,
    audience: audienceSummary(job),
    total: job.total,
    done: job.done,
    enrolled: job.enrolled,
    excluded: job.excluded,
    ratePerSecond,
    etaSeconds,
    error: job.error,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

type Resolved = { version: VersionRow } | { response: Response };

/** The published version a request means, or the answer saying why there is none. */
async function publishedVersion(deps: RouteDeps, c: Context<AppEnv>, cadenceId: string, versionId: string | undefined): Promise<Resolved> {
  if (versionId) {
    const version = await getVersion(deps.db, versionId);
    if (!version || version.cadenceId !== cadenceId) return { response: notFound(c, 'published version of this cadence', 'List versions with GET /api/v1/cadences/{id}/versions.') };
    return { version };
  }
  const version = await getLatestVersion(deps.db, cadenceId);
  if (!version) {
    return { response: c.json({ error: 'not_published', message: 'the cadence does not exist or has no published version: pick a published cadence (GET /api/v1/cadences)' }, 409) };
  }
  return { version };
}

async function preview(deps: RouteDeps, version: VersionRow, audience: Audience, scope: PortfolioScope) {
  const rules = audienceRulesOf(version.ir);
  const query = { audience, cadenceId: version.cadenceId, rules, scope, asOf: deps.clock().toISOString().slice(0, 10) };
  const [counts, unknown] = await Promise.all([
    countAudience(deps.db, query, EXAMPLES),
    audience.kind === 'ids' ? unknownAudienceIds(deps.db, audience.accountIds, scope) : Promise.resolve([]),
  ]);
  return { cadenceId: version.cadenceId, versionId: version.id, version: version.version, channels: [...rules.channels], ...audiencePreview(counts, unknown, EXAMPLES) };
}

export function audienceEnrollmentRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute([...ENROLLERS], {
      method: 'post',
      path: '/enrollments/preview',
      tags,
      summary: 'How many accounts of an audience would enter a published cadence, how many would not and why, with a few of each',
      request: { body: { content: { 'application/json': { schema: z.object(target).strict() } } } },
      responses: {
        200: json(previewJson, 'The preview'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such version of this cadence'),
        409: errorResponse('The cadence has no published version'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const resolved = await publishedVersion(deps, c, body.cadenceId, body.versionId);
      if ('response' in resolved) return resolved.response as never;
      const scope = await readerScope(c, deps.db);
      const audience = toAudience(body.audience);
      const refused = await unreadableImport(deps, c, audience, scope);
      if (refused) return refused as never;
      return c.json(await preview(deps, resolved.version, audience, scope), 200);
    },
  );

  r.openapi(
    guardedRoute([...ENROLLERS], {
      method: 'post',
      path: '/enrollments/audience',
      tags,
      summary: 'Enroll an audience in a published cadence in the background; read its progress with GET /enrollments/audience/{id}',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  ...target,
                  idempotencyKey: safeText().min(1).max(200).optional().openapi({ description: 'The same key again answers with the job it started instead of a new one' }),
                })
                .strict(),
            },
          },
        },
      },
      responses: {
        202: json(jobJson, 'Started'),
        200: json(jobJson, 'Already started with this idempotency key: that job'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such version of this cadence'),
        409: errorResponse('The cadence has no published version'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const user = c.get('user')!;
      const resolved = await publishedVersion(deps, c, body.cadenceId, body.versionId);
      if ('response' in resolved) return resolved.response as never;
      const { version } = resolved;
      const scope = await readerScope(c, deps.db);
      const audience = toAudience(body.audience);
      const refused = await unreadableImport(deps, c, audience, scope);
      if (refused) return refused as never;
      const { total } = await preview(deps, version, audience, scope);
      const { job, created } = await createAudienceJob(deps.db, {
        cadenceId: version.cadenceId,
        cadenceVersionId: version.id,
        audience,
        scope,
        requestedBy: user.id,
        total,
        ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
      });
      if (!created) return c.json(toJobJson(job, deps.clock()), 200);
      await appendAudit(deps.db, {
        actor: { id: user.id, email: user.email, role: user.role },
        action: 'audience_enrollment',
        cadenceId: version.cadenceId,
        versionId: version.id,
        detail: { jobId: job.id, status: 'started', audience: audienceSummary(job), total },
      });
      void startAudienceEnrollment(deps, job);
      return c.json(toJobJson(job, deps.clock()), 202);
    },
  );

  r.openapi(
    guardedRoute([...ENROLLERS], {
      method: 'get',
      path: '/enrollments/audience/{id}',
      tags,
      summary: 'How far an audience enrollment got: done of total, enrolled, excluded by reason, rate and time left',
      request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) }) },
      responses: { 200: json(jobJson, 'The job'), 404: errorResponse('No such audience enrollment') },
    }),
    async (c) => {
      const user = c.get('user')!;
      const job = await getAudienceJob(deps.db, c.req.valid('param').id);
      // Its filter may name a customer (a search by phone): only who asked, or an admin, reads it.
      if (!job || (job.requestedBy !== user.id && user.role !== 'admin')) return notFound(c, 'audience enrollment', 'Start one with POST /api/v1/enrollments/audience.');
      return c.json(toJobJson(job, deps.clock()), 200);
    },
  );

  return r;
}
