// The sandbox provider's controls: what a carrier or a customer would do to a message in the outbox,
// on demand (a delivery receipt, a failure, a bounce, a reply such as STOP). Each goes through the same
// path as the real provider's webhook: receipts to the contact attempt, replies to opt-outs and cadences.
import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { getOutboxMessage } from '@kairos/db';
import { guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { repliable, simulateReceipt, simulateReply } from '../sandbox-actions';
import { errorResponse, json } from '../schemas';

const tags = ['Messages'];
const roles = ['strategist', 'engineer', 'admin'] as const;
const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: '0b6f3c52-8f1e-4d47-9c1a-2a7e9f5b3d10' }) });
const noMessage = 'List sandbox messages with GET /api/v1/outbox.';

export function sandboxRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(roles, {
      method: 'post',
      path: '/outbox/{id}/receipt',
      tags,
      summary: 'Simulate a delivery receipt for a sandbox message: delivered, failed or bounced (a failure can make its step fall back)',
      request: {
        params: idParam,
        body: { content: { 'application/json': { schema: z.object({ status: z.enum(['delivered', 'failed', 'bounced']), error: safeText({ multiline: true }).max(500).optional() }) } } },
      },
      responses: { 200: json(z.object({ status: z.string().nullable(), duplicate: z.boolean() }), 'The contact attempt\'s status now'), 404: errorResponse('No such sandbox message') },
    }),
    async (c) => {
      const message = await getOutboxMessage(deps.db, c.req.valid('param').id, await readerScope(c, deps.db));
      if (!message) return notFound(c, 'sandbox message', noMessage);
      const { status, error } = c.req.valid('json');
      return c.json(await simulateReceipt(deps, message, { status, ...(error ? { error } : {}), by: c.get('user')!.id }), 200);
    },
  );
  r.openapi(
    guardedRoute(roles, {
      method: 'post',
      path: '/outbox/{id}/reply',
      tags,
      summary: 'Simulate the customer replying to a sandbox message (STOP opts them out of that channel at once)',
      request: { params: idParam, body: { content: { 'application/json': { schema: z.strictObject({ text: safeText({ multiline: true }).min(1).max(5000) }) } } } },
      responses: {
        200: json(z.object({ keyword: z.string().nullable(), accounts: z.array(z.string()) }), 'Stored as a reply of each account at that contact point'),
        400: errorResponse('Replies exist for texts, WhatsApp and email only'),
        404: errorResponse('No such sandbox message'),
      },
    }),
    async (c) => {
      const message = await getOutboxMessage(deps.db, c.req.valid('param').id, await readerScope(c, deps.db));
      if (!message) return notFound(c, 'sandbox message', noMessage);
      if (!repliable(message)) {
        return c.json({ error: 'invalid_request', message: `a ${message.channel} message cannot be replied to`, issues: [{ field: 'id', message: 'choose a text, WhatsApp or email message' }] }, 400);
      }
      return c.json(await simulateReply(deps, message, c.req.valid('json').text), 200);
    },
  );
  return r;
}
