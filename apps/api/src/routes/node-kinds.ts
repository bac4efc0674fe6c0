import { z } from '@hono/zod-openapi';
import { describeNodeKind, nodeKindDescriptionSchema, type NodeKindDescription } from '@kairos/cadence';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';

// The same description `kairos nodes --json` prints: one function in @kairos/cadence serves both.
// (Rebuilt from its shape: schemas made before @hono/zod-openapi loaded have no `.openapi`.)
const nodeKindJson = z.object(nodeKindDescriptionSchema.shape).openapi('NodeKind');

/** The installed node kinds: the editor builds its palette and config forms from this. */
export function nodeKindRoutes(deps: RouteDeps) {
  const r = newRouter();
  // The registry is fixed for the life of the app, so its JSON is computed once.
  let kinds: NodeKindDescription[] | undefined;
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/node-kinds',
      tags: ['Meta'],
      summary: 'Installed node kinds with their config JSON Schema',
      responses: { 200: json(z.array(nodeKindJson), 'Node kinds') },
    }),
    (c) => c.json((kinds ??= deps.registry.list().map(describeNodeKind)), 200),
  );
  return r;
}
