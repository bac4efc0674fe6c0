import { createRoute, z } from '@hono/zod-openapi';
import { cadenceGraphSchema, compile, issueToJson, validate, type CadenceGraph } from '@kairos/cadence';
import { createCadence, getCadence, getVersion, listCadences, listVersions, publishVersion, saveDraft } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import {
  cadenceIssueSchema,
  cadenceJson,
  errorResponse,
  invalidCadenceSchema,
  json,
  toCadenceJson,
  toVersionJson,
  versionJson,
} from '../schemas';

const tags = ['Cadences'];
const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '9b2f…' }) });
const graphBody = cadenceGraphSchema;

/** A new cadence starts with just its Entry node. */
const starterGraph = (): CadenceGraph => ({
  nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'] } } }],
  edges: [],
});

const issuesOf = (graph: unknown, deps: RouteDeps) => validate(graph, deps.registry).map((i) => issueToJson(i) as z.infer<typeof cadenceIssueSchema>);
const noCadence = 'List cadences with GET /api/v1/cadences.';

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
        201: json(cadenceJson.extend({ issues: z.array(cadenceIssueSchema) }), 'Created; `issues` lists what blocks publishing'),
        400: errorResponse('Invalid body'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const graph = body.graph ?? starterGraph();
      const row = await createCadence(deps.db, { name: body.name, ...(body.description ? { description: body.description } : {}), graph });
      return c.json({ ...toCadenceJson(row), issues: issuesOf(graph, deps) }, 201);
    },
  );

  r.openapi(
    createRoute({ method: 'get', path: '/cadences', tags, summary: 'List cadences', responses: { 200: json(z.array(cadenceJson), 'Cadences') } }),
    async (c) => c.json((await listCadences(deps.db)).map(toCadenceJson), 200),
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cadences/{id}',
      tags,
      summary: 'A cadence with its draft graph',
      request: { params: idParam },
      responses: { 200: json(cadenceJson.extend({ issues: z.array(cadenceIssueSchema) }), 'The cadence'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await getCadence(deps.db, c.req.valid('param').id);
      if (!row) return notFound(c, 'cadence', noCadence);
      return c.json({ ...toCadenceJson(row), issues: issuesOf(row.draftGraph, deps) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'put',
      path: '/cadences/{id}/draft',
      tags,
      summary: 'Save the draft graph (drafts may have problems; they are returned as `issues`)',
      request: {
        params: idParam,
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
        200: json(cadenceJson.extend({ issues: z.array(cadenceIssueSchema) }), 'Saved'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such cadence'),
        409: errorResponse('Someone saved a newer revision'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const saved = await saveDraft(deps.db, id, body);
      if (saved.ok) return c.json({ ...toCadenceJson(saved.cadence), issues: issuesOf(body.graph, deps) }, 200);
      if (saved.reason === 'not-found') return notFound(c, 'cadence', noCadence);
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
      request: { params: idParam },
      responses: { 200: json(z.object({ issues: z.array(cadenceIssueSchema) }), 'Problems, each at its node/edge/field'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await getCadence(deps.db, c.req.valid('param').id);
      if (!row) return notFound(c, 'cadence', noCadence);
      return c.json({ issues: issuesOf(row.draftGraph, deps) }, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cadences/{id}/versions',
      tags: ['Versions'],
      summary: 'Publish the draft as a new immutable version',
      request: { params: idParam },
      responses: {
        201: json(versionJson, 'Published'),
        200: json(versionJson, 'The latest version already has this content'),
        403: errorResponse('Publishing is not allowed (approval missing)'),
        404: errorResponse('No such cadence'),
        422: json(invalidCadenceSchema, 'The draft has errors; nothing was published'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const cadence = await getCadence(deps.db, id);
      if (!cadence) return notFound(c, 'cadence', noCadence);
      const compiled = compile(cadence.draftGraph, deps.registry);
      if (!compiled.ok) {
        const issues = compiled.issues.map((i) => issueToJson(i) as z.infer<typeof cadenceIssueSchema>);
        const errors = issues.filter((i) => i.severity === 'error').length;
        return c.json({ error: 'invalid_cadence' as const, message: `the draft has ${errors} error(s); fix them and publish again`, issues }, 422);
      }
      const actor = 'api';
      const gate = await deps.publishGate({ cadenceId: id, hash: compiled.ir.hash, ir: compiled.ir, actor });
      if (!gate.allowed) return c.json({ error: 'publish_refused', message: gate.reason }, 403);
      const { version, created } = await publishVersion(deps.db, { cadenceId: id, graph: cadence.draftGraph, ir: compiled.ir, publishedBy: actor });
      return c.json(toVersionJson(version, true), created ? 201 : 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/cadences/{id}/versions',
      tags: ['Versions'],
      summary: 'Published versions, newest first',
      request: { params: idParam },
      responses: { 200: json(z.array(versionJson), 'Versions'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getCadence(deps.db, id))) return notFound(c, 'cadence', noCadence);
      return c.json((await listVersions(deps.db, id)).map((v) => toVersionJson(v, false)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/versions/{id}',
      tags: ['Versions'],
      summary: 'A published version with its graph and IR',
      request: { params: idParam },
      responses: { 200: json(versionJson, 'The version'), 404: errorResponse('No such version') },
    }),
    async (c) => {
      const v = await getVersion(deps.db, c.req.valid('param').id);
      if (!v) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
      return c.json(toVersionJson(v, true), 200);
    },
  );

  return r;
}
