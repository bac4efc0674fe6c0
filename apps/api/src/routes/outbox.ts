import { createRoute, z } from '@hono/zod-openapi';
import { listContactAttempts, listOutbox } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { contactAttemptJson, errorResponse, json, limitQuery as limit, outboxMessageJson, toContactJson, toOutboxJson } from '../schemas';

/** What Kairos sent: the sandbox provider's outbox (for demos and tests) and the contact ledger of every provider. */
export function outboxRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/outbox',
      tags: ['Messages'],
      summary: 'What the sandbox channel provider sent, newest first',
      request: { query: z.object({ accountId: z.string().optional(), search: z.string().max(200).optional(), limit }) },
      responses: { 200: json(z.array(outboxMessageJson), 'Messages'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listOutbox(deps.db, c.req.valid('query'))).map(toOutboxJson), 200),
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/contacts',
      tags: ['Messages'],
      summary: 'Contact attempts across providers (the ledger compliance reads), newest first',
      request: { query: z.object({ accountId: z.string().optional(), enrollmentId: z.string().optional(), limit }) },
      responses: { 200: json(z.array(contactAttemptJson), 'Contact attempts'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listContactAttempts(deps.db, c.req.valid('query'))).map(toContactJson), 200),
  );
  return r;
}
