import { z } from '@hono/zod-openapi';
import { outcomeSchema } from '@kairos/compliance';
import { getAccount, listContactAttempts, listOutbox, recordExternalContact } from '@kairos/db';
import { ANY_ROLE, DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { contactAttemptJson, errorResponse, json, limitQuery as limit, outboxMessageJson, toContactJson, toOutboxJson } from '../schemas';

const tags = ['Messages'];
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 instant such as 2026-03-02T13:05:00Z' });

/** What Kairos sent: the sandbox provider's outbox (for demos and tests) and the contact ledger of every provider and agent. */
export function outboxRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/outbox',
      tags,
      summary: 'What the sandbox channel provider sent, newest first',
      request: { query: z.object({ accountId: z.string().optional(), search: z.string().max(200).optional(), limit }) },
      responses: { 200: json(z.array(outboxMessageJson), 'Messages'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listOutbox(deps.db, c.req.valid('query'))).map(toOutboxJson), 200),
  );
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/contacts',
      tags,
      summary: 'Contact attempts across providers and agents (the ledger compliance reads), newest first',
      request: { query: z.object({ accountId: z.string().optional(), enrollmentId: z.string().optional(), limit }) },
      responses: { 200: json(z.array(contactAttemptJson), 'Contact attempts'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json((await listContactAttempts(deps.db, c.req.valid('query'))).map(toContactJson), 200),
  );
  r.openapi(
    guardedRoute(['agent', 'engineer', 'admin'], {
      method: 'post',
      path: '/contacts',
      tags,
      summary: 'Record a contact made outside Kairos (an agent\'s call and how it ended): it counts toward every later decision',
      description: 'Ask first with POST /api/v1/compliance/evaluate. `idempotencyKey` makes a retried report count once.',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                idempotencyKey: z.string().min(1).max(200),
                accountId: z.string().min(1).max(200),
                channel: z.enum(['voice', 'sms', 'email', 'whatsapp', 'push', 'letter', 'voicemail']),
                outcome: outcomeSchema,
                at: instant,
                note: z.string().max(2000).optional(),
              }),
            },
          },
        },
      },
      responses: {
        201: json(contactAttemptJson, 'Recorded'),
        200: json(contactAttemptJson, 'Already recorded under this key'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such account'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      if (!(await getAccount(deps.db, body.accountId))) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      const { attempt, existing } = await recordExternalContact(deps.db, {
        idempotencyKey: body.idempotencyKey,
        accountId: body.accountId,
        channel: body.channel,
        outcome: body.outcome,
        at: new Date(body.at),
        provider: `agent:${c.get('user')!.id}`,
        ...(body.note !== undefined ? { note: body.note } : {}),
      });
      return c.json(toContactJson(attempt), existing ? 200 : 201);
    },
  );
  return r;
}
