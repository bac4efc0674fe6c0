import { z } from '@hono/zod-openapi';
import { safeText } from '@kairos/input';
import { duplicateCadence, updateCadence } from '@kairos/db';
import { DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { cadenceIdParam, cadenceIssueSchema, cadenceJson, errorResponse, issuesOf, json, noCadenceHint, toCadenceJson } from '../schemas';

const tags = ['Cadences'];
const cadenceWithIssues = cadenceJson.extend({ issues: z.array(cadenceIssueSchema) });

/** Rename, archive, restore and duplicate cadences: what the cadence list does besides opening one. */
export function cadenceLifecycleRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'patch',
      path: '/cadences/{id}',
      tags,
      summary: 'Rename, describe, archive or restore a cadence (the draft is untouched)',
      request: {
        params: cadenceIdParam,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  name: safeText().trim().min(1, 'a cadence needs a name').max(200).optional(),
                  description: safeText({ multiline: true }).max(2000).optional(),
                  archived: z.boolean().optional().openapi({ description: 'true archives (hidden from the default list), false restores' }),
                })
                .strict(),
            },
          },
        },
      },
      responses: { 200: json(cadenceJson, 'Updated'), 400: errorResponse('Invalid body'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const row = await updateCadence(deps.db, c.req.valid('param').id, c.req.valid('json'));
      if (!row) return notFound(c, 'cadence', noCadenceHint);
      return c.json(toCadenceJson(row), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'post',
      path: '/cadences/{id}/duplicate',
      tags,
      summary: "Create a new cadence from a copy of this one's draft",
      request: {
        params: cadenceIdParam,
        body: {
          required: false,
          content: { 'application/json': { schema: z.object({ name: safeText().trim().min(1).max(200).optional() }) } },
        },
      },
      responses: {
        201: json(cadenceWithIssues, 'The copy; `issues` lists what blocks publishing it'),
        400: errorResponse('Invalid body'),
        404: errorResponse('No such cadence'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json') ?? {};
      const row = await duplicateCadence(deps.db, c.req.valid('param').id, { createdBy: c.get('user')!.id, ...(body.name ? { name: body.name } : {}) });
      if (!row) return notFound(c, 'cadence', noCadenceHint);
      return c.json({ ...toCadenceJson(row), issues: issuesOf(row.draftGraph, deps.registry) }, 201);
    },
  );

  return r;
}
