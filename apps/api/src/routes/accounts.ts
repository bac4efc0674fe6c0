import { createRoute, z } from '@hono/zod-openapi';
import { accountSnapshotSchema } from '@kairos/cadence';
import { getAccount, listAccounts, listActiveEnrollmentsForAccount, upsertAccount } from '@kairos/db';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { errorResponse, json, limitQuery } from '../schemas';

const tags = ['Accounts'];
const accountJson = accountSnapshotSchema;
const accountBody = accountSnapshotSchema.omit({ id: true });
const idParam = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: 'A-1001' }) });

export function accountRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    createRoute({
      method: 'put',
      path: '/accounts/{id}',
      tags,
      summary: 'Create or replace an account (running enrollments see the change)',
      request: { params: idParam, body: { content: { 'application/json': { schema: accountBody } } } },
      responses: { 200: json(accountJson, 'Updated'), 201: json(accountJson, 'Created'), 400: errorResponse('Invalid body') },
    }),
    async (c) => {
      const { account, created } = await upsertAccount(deps.db, { ...c.req.valid('json'), id: c.req.valid('param').id });
      if (!created) {
        // Best effort: the stored account is the truth, and the worker reads it fresh before each send;
        // the signal lets running enrollments re-evaluate (e.g. a branch on balance) without waiting.
        const active = await listActiveEnrollmentsForAccount(deps.db, account.id);
        await Promise.allSettled(active.map((e) => deps.runtime.signalAccountUpdated(e.workflowId, account)));
      }
      return c.json(account, created ? 201 : 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/accounts/{id}',
      tags,
      summary: 'An account',
      request: { params: idParam },
      responses: { 200: json(accountJson, 'The account'), 404: errorResponse('No such account') },
    }),
    async (c) => {
      const account = await getAccount(deps.db, c.req.valid('param').id);
      if (!account) return notFound(c, 'account', 'Create it with PUT /api/v1/accounts/{id}.');
      return c.json(account, 200);
    },
  );

  r.openapi(
    createRoute({
      method: 'get',
      path: '/accounts',
      tags,
      summary: 'Accounts by id',
      request: {
        query: z.object({
          limit: limitQuery,
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: { 200: json(z.array(accountJson), 'Accounts'), 400: errorResponse('Invalid query') },
    }),
    async (c) => c.json(await listAccounts(deps.db, c.req.valid('query')), 200),
  );

  return r;
}
