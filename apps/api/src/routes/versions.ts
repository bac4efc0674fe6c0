import { createRoute, z } from '@hono/zod-openapi';
import { compile } from '@kairos/cadence';
import { getCadence, getVersion, listVersions, publishVersion } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { cadenceIdParam, errorResponse, invalidCadenceSchema, json, noCadenceHint, toIssueJson, toVersionJson, versionJson } from '../schemas';

const tags = ['Versions'];
/** Who publishes. Requests are not authenticated yet; issue 10 (compliance approval) brings real actors. */
const API_ACTOR = 'api';

export function versionRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'post',
      path: '/cadences/{id}/versions',
      tags,
      summary: 'Publish the draft as a new immutable version',
      request: { params: cadenceIdParam },
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
      if (!cadence) return notFound(c, 'cadence', noCadenceHint);
      const compiled = compile(cadence.draftGraph, deps.registry);
      if (!compiled.ok) {
        const issues = compiled.issues.map(toIssueJson);
        const errors = issues.filter((i) => i.severity === 'error').length;
        return c.json({ error: 'invalid_cadence' as const, message: `the draft has ${errors} error(s); fix them and publish again`, issues }, 422);
      }
      const actor = API_ACTOR;
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
      tags,
      summary: 'Published versions, newest first',
      request: { params: cadenceIdParam },
      responses: { 200: json(z.array(versionJson), 'Versions'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getCadence(deps.db, id))) return notFound(c, 'cadence', noCadenceHint);
      return c.json((await listVersions(deps.db, id)).map((v) => toVersionJson(v, false)), 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/versions/{versionId}',
      tags,
      summary: 'A published version with its graph and IR',
      request: { params: z.object({ versionId: z.string().openapi({ param: { name: 'versionId', in: 'path' } }) }) },
      responses: { 200: json(versionJson, 'The version'), 404: errorResponse('No such version') },
    }),
    async (c) => {
      const v = await getVersion(deps.db, c.req.valid('param').versionId);
      if (!v) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
      return c.json(toVersionJson(v, true), 200);
    },
  );

  return r;
}
