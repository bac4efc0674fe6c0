import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';
import { freshnessJson, readFreshness } from '../analytics/report-freshness';

const health = z
  .object({
    ok: z.boolean(),
    database: z.boolean(),
    temporal: z.boolean(),
    // A union, not `.nullable()`: that would make the shared AnalyticsFreshness component itself nullable.
    analytics: z.union([freshnessJson, z.null()]).openapi({
      description: 'How far behind the analytics projection is and how many facts it parked (they do not make the API unhealthy); null when the database does not answer',
    }),
  })
  .openapi('Health', { description: 'Whether each dependency answered' });

export function healthRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Meta'],
      summary: 'Whether the database and Temporal answer, and how fresh the analytics are',
      responses: { 200: json(health, 'All good'), 503: json(health, 'Something is down: the flags say what') },
    }),
    async (c) => {
      const [database, temporal, analytics] = await Promise.all([
        deps.db.execute(sql`select 1`).then(
          () => true,
          () => false,
        ),
        deps.runtime.healthy(),
        readFreshness(deps.db).catch(() => null),
      ]);
      const ok = database && temporal;
      return c.json({ ok, database, temporal, analytics }, ok ? 200 : 503);
    },
  );
  return r;
}
