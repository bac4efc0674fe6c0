import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { cadenceGraphSchema, compile, type CadenceGraph } from '@kairos/cadence';
import { createCadence, getCadence, getLatestVersion, latestReview, listCadences, saveDraft, userNames, type CadenceRow } from '@kairos/db';
import { draftState, lintUnderProfiles } from '@kairos/review';
import { DESIGN_READERS, DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { lintOptions, lintProfiles } from '../publish-gate';
import { newRouter } from '../router';
import {
  cadenceIdParam,
  cadenceIssueSchema,
  cadenceJson,
  errorResponse,
  findingsOf,
  issuesOf,
  json,
  lintFindingSchema,
  noCadenceHint,
  toCadenceJson,
} from '../schemas';

const tags = ['Cadences'];
const graphBody = cadenceGraphSchema;
const cadenceWithIssues = cadenceJson
  .extend({
    issues: z.array(cadenceIssueSchema),
    findings: z.array(lintFindingSchema).openapi({ description: 'Compliance lint findings of the draft (once it compiles), each at its node' }),
  })
  .openapi('CadenceWithIssues');
const lifecycleJson = z
  .object({
    state: z.enum(['draft', 'submitted', 'approved', 'changes_requested', 'published']),
    draftHash: z.string().nullable().openapi({ description: 'Content hash of the draft; null while it does not compile' }),
    liveVersionId: z.string().nullable(),
    liveHash: z.string().nullable(),
    reviewId: z.string().nullable().openapi({ description: 'The newest review of the cadence' }),
  })
  .openapi('CadenceLifecycle', { description: 'Where the draft stands: an edit after approval is a draft again (the approval is bound to the hash)' });

/** A new cadence starts with just its Entry node: a valid shape that the editor grows from. */
const starterGraph = (): CadenceGraph => ({
  nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid', 'dispute'] } } }],
  edges: [],
});

async function lifecycleOf(deps: RouteDeps, row: CadenceRow): Promise<z.infer<typeof lifecycleJson>> {
  const compiled = compile(row.draftGraph, deps.registry);
  const [live, review] = await Promise.all([getLatestVersion(deps.db, row.id), latestReview(deps.db, row.id)]);
  const draftHash = compiled.ok ? compiled.ir.hash : null;
  return {
    state: draftState(draftHash, live?.hash ?? null, review),
    draftHash,
    liveVersionId: live?.id ?? null,
    liveHash: live?.hash ?? null,
    reviewId: review?.id ?? null,
  };
}

export function cadenceRoutes(deps: RouteDeps) {
  const r = newRouter();

  const design = async (graph: unknown) => {
    const [profiles, options] = await Promise.all([lintProfiles(deps), lintOptions(deps)]);
    return { issues: issuesOf(graph, deps.registry), findings: findingsOf(graph, deps.registry, (ir) => lintUnderProfiles(ir, profiles, options)) };
  };

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'post',
      path: '/cadences',
      tags,
      summary: 'Create a cadence (a draft graph)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({ name: safeText().trim().min(1).max(200), description: safeText({ multiline: true }).max(2000).optional(), graph: graphBody.optional() }),
            },
          },
        },
      },
      responses: {
        201: json(cadenceWithIssues, 'Created; `issues` lists what blocks publishing'),
        400: errorResponse('Invalid body'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const graph = body.graph ?? starterGraph();
      const row = await createCadence(deps.db, {
        name: body.name,
        ...(body.description ? { description: body.description } : {}),
        graph,
        createdBy: c.get('user')!.id,
      });
      return c.json({ ...toCadenceJson(row), ...(await design(graph)) }, 201);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences',
      tags,
      summary: 'List cadences',
      request: { query: z.object({ includeArchived: z.enum(['true', 'false']).optional().openapi({ description: 'Also list archived cadences' }) }) },
      responses: {
        200: json(z.array(cadenceJson.extend({ createdByName: z.string().nullable().openapi({ description: 'The name of who created it' }) })), 'Cadences'),
        400: errorResponse('Invalid query'),
      },
    }),
    async (c) => {
      const includeArchived = c.req.valid('query').includeArchived === 'true';
      const rows = await listCadences(deps.db, { includeArchived });
      const names = await userNames(deps.db, rows.map((r) => r.createdBy));
      return c.json(rows.map((r) => ({ ...toCadenceJson(r), createdByName: names.get(r.createdBy) ?? null })), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}',
      tags,
      summary: 'A cadence with its draft graph, its problems and lint findings, and where it stands in review',
      request: { params: cadenceIdParam },
      responses: { 200: json(cadenceWithIssues.extend({ lifecycle: lifecycleJson }), 'The cadence'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await getCadence(deps.db, c.req.valid('param').id);
      if (!row) return notFound(c, 'cadence', noCadenceHint);
      return c.json({ ...toCadenceJson(row), ...(await design(row.draftGraph)), lifecycle: await lifecycleOf(deps, row) }, 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'put',
      path: '/cadences/{id}/draft',
      tags,
      summary: 'Save the draft graph (drafts may have problems; they are returned as `issues`, compliance lint as `findings`)',
      description: 'A save after approval makes the draft a draft again: the approval is bound to the content hash it was given for.',
      request: {
        params: cadenceIdParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({
                graph: graphBody,
                name: safeText().trim().min(1).max(200).optional(),
                description: safeText({ multiline: true }).max(2000).optional(),
                // A revision is a Postgres integer: a larger number can name none, and must not reach the query.
                expectedRevision: z.number().int().positive().max(2_147_483_647).optional(),
              }),
            },
          },
        },
      },
      responses: {
        200: json(cadenceWithIssues, 'Saved'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such cadence'),
        409: errorResponse('Someone saved a newer revision'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const saved = await saveDraft(deps.db, id, { ...body, editedBy: c.get('user')!.id });
      if (saved.ok) return c.json({ ...toCadenceJson(saved.cadence), ...(await design(body.graph)) }, 200);
      if (saved.reason === 'not-found') return notFound(c, 'cadence', noCadenceHint);
      return c.json(
        {
          error: 'revision_conflict',
          message: `the draft is at revision ${saved.currentRevision}, not ${body.expectedRevision}: reload it, reapply your change and save again`,
        },
        409,
      );
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'post',
      path: '/cadences/{id}/validate',
      tags,
      summary: 'Validate the saved draft',
      request: { params: cadenceIdParam },
      responses: { 200: json(z.object({ issues: z.array(cadenceIssueSchema) }), 'Problems, each at its node/edge/field'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await getCadence(deps.db, c.req.valid('param').id);
      if (!row) return notFound(c, 'cadence', noCadenceHint);
      return c.json({ issues: issuesOf(row.draftGraph, deps.registry) }, 200);
    },
  );

  return r;
}
