import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';

const health = z
  .object({ ok: z.boolean(), database: z.boolean(), temporal: z.boolean() })
  .openapi('Health', { description: 'Whether each dependency answered' });

export function healthRoutes(deps: RouteDeps) {
  const r = newRouter();
  r.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Meta'],
      summary: 'Whether the database and Temporal answer',
      responses: { 200: json(health, 'All good'), 503: json(health, 'Something is down: the flags say what') },
    }),
    async (c) => {
      const [database, temporal] = await Promise.all([
        deps.db.execute(sql`select 1`).then(
          () => true,
          () => false,
        ),
        deps.runtime.healthy(),
      ]);
      const ok = database && temporal;
      return c.json({ ok, database, temporal }, ok ? 200 : 503);
    },
  );
  return r;
}
