// What the portfolios a person reads do with every cadence besides its graph: whether they are sandboxes
// of test accounts, and whether reminders hold while a promise to pay is open. The review and the canvas
// show it (the policy is not in the approved graph), the New test account page lists the sandboxes.
import { z } from '@hono/zod-openapi';
import { holdsContactWhilePromiseOpen, isSandboxSettings, listPortfolios } from '@kairos/db';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import { readerScope } from '../auth/reader-scope';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';

const policyJson = z
  .object({
    portfolioId: z.string(),
    name: z.string(),
    sandbox: z.boolean().openapi({ description: 'A sandbox of test accounts: every send goes to the outbox; strategists may create its accounts' }),
    holdContactWhilePromiseOpen: z.boolean().openapi({ description: 'Contact steps wait while a promise to pay is open (on unless the portfolio turned it off)' }),
  })
  .openapi('PortfolioPolicy');

export function portfolioPolicyRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/portfolio-policies',
      tags: ['Portfolios'],
      summary: 'The policies of the portfolios you read: sandbox of test accounts, and the promise hold',
      description: 'A portfolio you read that has no settings yet answers the defaults (not a sandbox; reminders hold while a promise is open).',
      responses: { 200: json(z.array(policyJson), 'One entry per portfolio you read, by id') },
    }),
    async (c) => {
      const scope = await readerScope(c, deps.db);
      const rows = new Map((await listPortfolios(deps.db)).map((p) => [p.id, p]));
      const ids = scope.portfolios === 'all' ? [...rows.keys()] : [...scope.portfolios];
      const policies = ids.sort().map((id) => {
        const row = rows.get(id);
        return { portfolioId: id, name: row?.name ?? id, sandbox: isSandboxSettings(row?.settings), holdContactWhilePromiseOpen: holdsContactWhilePromiseOpen(row?.settings) };
      });
      return c.json(policies, 200);
    },
  );
  return r;
}
