import { z } from '@hono/zod-openapi';
import { getVersion, versionLiveCounts } from '@kairos/db';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

const count = z.number().int().min(0);
const versionLiveJson = z
  .object({
    versionId: z.uuid(),
    steps: z
      .record(z.string(), z.object({ now: count, passed: count, ended: count }))
      .openapi({ description: 'By step (node) id: enrollments there now, that left it through an outcome, and that finished there' }),
    enrollments: z.object({ active: count, paused: count.openapi({ description: 'Active enrollments a person has paused (counted in active too)' }), finished: count, failed: count }),
    exitReasons: z.record(z.string(), count).openapi({ description: 'Finished or failed enrollments by exit reason' }),
  })
  .openapi('VersionLive');

/** The live view of a published version: per-node counts the editor draws on the graph. */
export function versionLiveRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/versions/{versionId}/live',
      tags: ['Versions'],
      summary: 'Where the enrollments of a version are now, and what they passed',
      request: { params: z.object({ versionId: z.string().openapi({ param: { name: 'versionId', in: 'path' } }) }) },
      responses: { 200: json(versionLiveJson, 'Counts by step'), 404: errorResponse('No such version') },
    }),
    async (c) => {
      const { versionId } = c.req.valid('param');
      if (!(await getVersion(deps.db, versionId))) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
      return c.json({ versionId, ...(await versionLiveCounts(deps.db, versionId)) }, 200);
    },
  );
  return r;
}
