import { createRoute, z } from '@hono/zod-openapi';
import { cadenceGraphSchema, type CadenceGraph } from '@kairos/cadence';
import { createCadence, getCadence, listCadences, saveDraft } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { cadenceIdParam, cadenceIssueSchema, cadenceJson, errorResponse, issuesOf, json, noCadenceHint, toCadenceJson } from '../schemas';

const tags = ['Cadences'];
const graphBody = cadenceGraphSchema;
const cadenceWithIssues = cadenceJson.extend({ issues: z.array(cadenceIssueSchema) }).openapi('CadenceWithIssues');

/** A new cadence starts with just its Entry node: a valid shape that the editor grows from. */
const starterGraph = (): CadenceGraph => ({
  nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } }],
  edges: [],
});

export function cadenceRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cadences',
      tags,
      summary: 'Create a cadence (a draft graph)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({ name: z.string().trim().min(1).max(200), description: z.string().max(2000).optional(), graph: graphBody.optional() }),
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
      const row = await createCadence(deps.db, { name: body.name, ...(body.description ? { description: body.description } : {}), graph });
      return c.json({ ...toCadenceJson(row), issues: issuesOf(graph, deps.registry) }, 201);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cadences',
      tags,
      summary: 'List cadences',
      request: { query: z.object({ includeArchived: z.enum(['true', 'false']).optional().openapi({ description: 'Also list archived cadences' }) }) },
      responses: { 200: json(z.array(cadenceJson), 'Cadences'), 400: errorResponse('Invalid query') },
    }),
    async (c) => {
      const includeArchived = c.req.valid('query').includeArchived === 'true';
      return c.json((await listCadences(deps.db, { includeArchived })).map(toCadenceJson), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cadences/{id}',
      tags,
      summary: 'A cadence with its draft graph',
      request: { params: cadenceIdParam },
      responses: { 200: json(cadenceWithIssues, 'The cadence'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await getCadence(deps.db, c.req.valid('param').id);
      if (!row) return notFound(c, 'cadence', noCadenceHint);
      return c.json({ ...toCadenceJson(row), issues: issuesOf(row.draftGraph, deps.registry) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/cadences/{id}/draft',
      tags,
      summary: 'Save the draft graph (drafts may have problems; they are returned as `issues`)',
      request: {
        params: cadenceIdParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({
                graph: graphBody,
                name: z.string().trim().min(1).max(200).optional(),
                description: z.string().max(2000).optional(),
                expectedRevision: z.number().int().positive().optional(),
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
      const saved = await saveDraft(deps.db, id, body);
      if (saved.ok) return c.json({ ...toCadenceJson(saved.cadence), issues: issuesOf(body.graph, deps.registry) }, 200);
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
    createRoute({
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
