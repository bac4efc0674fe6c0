import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { json } from '../schemas';

const nodeKindJson = z
  .object({
    kind: z.string(),
    version: z.number().int(),
    title: z.string(),
    category: z.string(),
    description: z.string(),
    icon: z.string().optional(),
    outcomes: z.array(z.object({ id: z.string(), label: z.string() })),
    defaults: z.record(z.string(), z.unknown()),
    configSchema: z.record(z.string(), z.unknown()).nullable(),
    activity: z.string().optional(),
  })
  .openapi('NodeKind');

export function metaRoutes(deps: RouteDeps) {
  const r = newRouter();
  const health = z.object({ ok: z.boolean(), database: z.boolean(), temporal: z.boolean() });
  r.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Meta'],
      summary: 'Whether the database and Temporal answer',
      responses: { 200: json(health, 'All good'), 503: json(health, 'Something is down') },
    }),
    async (c) => {
      const database = await deps.db.execute(sql`select 1`).then(() => true, () => false);
      const temporal = await deps.runtime.healthy();
      const ok = database && temporal;
      return c.json({ ok, database, temporal }, ok ? 200 : 503);
    },
  );
  r.openapi(
    createRoute({
      method: 'get',
      path: '/node-kinds',
      tags: ['Meta'],
      summary: 'Installed node kinds with their config JSON Schema (the editor builds its palette from this)',
      responses: { 200: json(z.array(nodeKindJson), 'Node kinds') },
    }),
    (c) =>
      c.json(
        deps.registry.list().map((k) => {
          let configSchema: Record<string, unknown> | null = null;
          try {
            configSchema = z.toJSONSchema(k.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
          } catch {
            configSchema = null; // a schema with transforms has no JSON form; the form falls back to JSON editing
          }
          return {
            kind: k.kind,
            version: k.version,
            title: k.title,
            category: k.category,
            description: k.description,
            ...(k.icon ? { icon: k.icon } : {}),
            outcomes: k.outcomes(k.defaults),
            defaults: k.defaults,
            configSchema,
            ...(k.activity ? { activity: k.activity } : {}),
          };
        }),
        200,
      ),
  );
  return r;
}
