import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { guardedRoute } from '../auth/access';
import { exactAccountScope } from '../auth/reader-scope';
import { disputeEventSchema, paymentEventSchema, promiseEventSchema } from '@kairos/cadence';
import { getAccount, storeAccountEvent } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { deliverAccountEvent } from '../event-delivery';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

const accountId = { accountId: safeText().min(1).max(200) };
// Strict: a dispute opens a dispute on the account (a compliance fact); unknown fields are an error, not dropped.
const eventBody = z
  .discriminatedUnion('type', [paymentEventSchema.extend(accountId).strict(), promiseEventSchema.extend(accountId).strict(), disputeEventSchema.extend(accountId).strict()])
  .openapi('AccountEventInput');
const eventReceipt = z
  .object({
    id: z.uuid(),
    eventId: z.string(),
    duplicate: z.boolean(),
    signalled: z.boolean(),
    enrollments: z.number().int().openapi({ description: 'Active enrollments the event was delivered to' }),
  })
  .openapi('AccountEventReceipt');

export function accountEventRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(['agent', 'engineer', 'admin'], {
      method: 'post',
      path: '/account-events',
      tags: ['Account events'],
      summary: 'Report a payment, promise to pay or dispute: stored once by eventId, then delivered to running cadences',
      description: 'A dispute also opens a dispute on the account: every later contact decision blocks until it is verified (PATCH /accounts/{id}/compliance).',
      request: { body: { content: { 'application/json': { schema: eventBody } } } },
      responses: {
        202: json(eventReceipt, 'Stored (and delivered unless `signalled` is false: a sweep retries)'),
        200: json(eventReceipt, 'Already received: nothing changed (an earlier failed delivery is retried)'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such account'),
      },
    }),
    async (c) => {
      const { accountId: id, ...event } = c.req.valid('json');
      if (!(await getAccount(deps.db, id, await exactAccountScope(c, deps.db)))) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id} before reporting events.');
      const stored = await storeAccountEvent(deps.db, { source: 'api', accountId: id, event });
      if (stored.duplicate && stored.event.signalledAt !== null) {
        return c.json({ id: stored.event.id, eventId: event.eventId, duplicate: true, signalled: true, enrollments: 0 }, 200);
      }
      // A new event, or a retry of one whose delivery failed: deliver now rather than wait for the sweep
      // (workflows ignore event ids they have seen, so a second delivery is harmless).
      const delivery = await deliverAccountEvent(deps, stored.event).catch(() => ({ delivered: false, enrollments: 0 }));
      const receipt = { id: stored.event.id, eventId: event.eventId, duplicate: stored.duplicate, signalled: delivery.delivered, enrollments: delivery.enrollments };
      return stored.duplicate ? c.json(receipt, 200) : c.json(receipt, 202);
    },
  );
  return r;
}
