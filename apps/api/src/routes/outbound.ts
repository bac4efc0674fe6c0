// The portfolios' outbound policies as the editor needs them: its lint (the same as the API's) then
// shows at a webhook's URL, as the strategist types it, whether Kairos may call it.
import { z } from '@hono/zod-openapi';
import { providerAllowedHosts } from '@kairos/providers';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { portfolioAllowedHosts } from '../outbound-policies';
import { newRouter } from '../router';
import { json } from '../schemas';

const policiesJson = z
  .object({
    defaults: z.array(z.string()).openapi({ description: 'Hosts every portfolio may call (the providers\' own)' }),
    portfolios: z.array(z.object({ id: z.string(), allowedHosts: z.array(z.string()).openapi({ description: 'The hosts an admin allowed for this portfolio, besides the defaults' }) })),
    allowLoopback: z.boolean().openapi({ description: 'Test deployments only (NODE_ENV=test): loopback addresses may be called' }),
  })
  .openapi('OutboundPolicies');

export function outboundRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/outbound-policy',
      tags: ['Review'],
      summary: 'The hosts each portfolio may call (https only, never private addresses): what webhook steps and custom nodes are held to',
      responses: { 200: json(policiesJson, 'The policies') },
    }),
    async (c) => c.json({ defaults: [...providerAllowedHosts], portfolios: await portfolioAllowedHosts(deps), allowLoopback: deps.outboundAllowLoopback }, 200),
  );
  return r;
}
