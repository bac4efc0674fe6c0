import { z } from '@hono/zod-openapi';
import { ANY_ROLE, guardedRoute } from '../auth/access';
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
    outcomes: z.array(z.object({ id: z.string(), label: z.string() })).openapi({ description: 'Outcomes of a node with the default config' }),
    defaults: z.record(z.string(), z.unknown()),
    configSchema: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'JSON Schema of the config; null if it has none' }),
    activity: z.string().optional(),
  })
  .openapi('NodeKind');

type NodeKindJson = z.infer<typeof nodeKindJson>;

/** The installed node kinds: the editor builds its palette and config forms from this. */
export function nodeKindRoutes(deps: RouteDeps) {
  const r = newRouter();
  // The registry is fixed for the life of the app, so its JSON is computed once.
  let kinds: NodeKindJson[] | undefined;
  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/node-kinds',
      tags: ['Meta'],
      summary: 'Installed node kinds with their config JSON Schema',
      responses: { 200: json(z.array(nodeKindJson), 'Node kinds') },
    }),
    (c) => c.json((kinds ??= deps.registry.list().map(toNodeKindJson)), 200),
  );
  return r;
}

function toNodeKindJson(k: ReturnType<RouteDeps['registry']['list']>[number]): NodeKindJson {
  let configSchema: Record<string, unknown> | null;
  try {
    configSchema = z.toJSONSchema(k.config, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  } catch {
    configSchema = null; // a schema with transforms has no JSON form; the editor falls back to editing JSON
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
}
