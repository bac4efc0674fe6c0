import { z } from '@hono/zod-openapi';
import { getAccount, listAccountEvents, listContactAttempts, listPaymentOffers, listPlanInstallments } from '@kairos/db';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { auditAccountRead, exactAccountScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { ledgerView } from '../ledger-view';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

export const ledgerJson = z
  .object({
    balanceCents: z.number().int(),
    currency: z.string(),
    payments: z.array(z.object({ eventId: z.string(), source: z.string(), occurredAt: z.string(), amountCents: z.number(), balanceAfterCents: z.number().nullable(), kind: z.enum(['full', 'partial', 'settlement']), offerId: z.string().nullable() })),
    failedPayments: z.array(z.object({ eventId: z.string(), source: z.string(), occurredAt: z.string(), amountCents: z.number(), reason: z.string().nullable(), returnedEventId: z.string().nullable() })),
    promises: z.array(z.object({ eventId: z.string(), occurredAt: z.string(), amountCents: z.number(), promisedDate: z.string(), outcome: z.enum(['kept', 'broken', 'open']), paidCents: z.number() })),
    plans: z.array(z.object({ offerId: z.string(), status: z.string(), totalCents: z.number(), frequency: z.string().nullable(), installments: z.array(z.object({ seq: z.number(), dueDate: z.string(), amountCents: z.number(), paidCents: z.number(), status: z.string() })) })),
    notices: z.array(z.object({ kind: z.string(), channel: z.string(), status: z.string(), at: z.string() })),
  })
  .openapi('PaymentLedger');

export function ledgerRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/accounts/{id}/ledger',
      tags: ['Accounts'],
      summary: 'The payment ledger: payments (full, partial, settlement), failed and returned payments, promises (kept, broken, open), plans with schedules, receipts sent',
      request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'A-1' }) }) },
      responses: { 200: json(ledgerJson, 'The ledger'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const account = await getAccount(deps.db, id, await exactAccountScope(c, deps.db));
      if (!account) return notFound(c, 'account', 'List accounts with GET /api/v1/accounts.');
      await auditAccountRead(c, deps.db, account.id);
      const [events, offers, installments, contacts] = await Promise.all([
        listAccountEvents(deps.db, id),
        listPaymentOffers(deps.db, id),
        listPlanInstallments(deps.db, id),
        listContactAttempts(deps.db, { accountId: id, limit: 500 }),
      ]);
      const notices = contacts.filter((a) => a.idempotencyKey.startsWith('notice:'));
      return c.json(ledgerView({ account, events, offers, installments, notices, now: deps.clock() }), 200);
    },
  );
  return r;
}
