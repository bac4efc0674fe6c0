// What the review screen and the canvas read about a draft: its lint findings and its diff
// against the live version. Both are pure functions of @kairos/review; the editor can run the
// same ones in the browser as the strategist draws.
import { z } from '@hono/zod-openapi';
import { compile } from '@kairos/cadence';
import { getCadence, getLatestVersion } from '@kairos/db';
import { diffGraphs, lintUnderProfiles } from '@kairos/review';
import { lintOptions, lintProfiles } from '../publish-gate';
import { DESIGN_READERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { newRouter } from '../router';
import { cadenceIdParam, cadenceIssueSchema, errorResponse, json, lintFindingSchema, noCadenceHint, toIssueJson } from '../schemas';
import { graphDiffJson } from './reviews';

const tags = ['Review'];

export function designRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}/lint',
      tags,
      summary: 'Compliance lint of the draft, each finding at its node and field (blocking findings stop publishing)',
      request: {
        params: cadenceIdParam,
        query: z.object({ profile: z.string().optional().openapi({ description: 'Lint under this compliance profile only (default: every profile in use: the configured default, the portfolios\' and accounts\' choices)' }) }),
      },
      responses: {
        200: json(
          z.object({
            compiled: z.boolean().openapi({ description: 'False while the draft has errors: fix `issues` first' }),
            profile: z.string().openapi({ description: 'The profile asked for, or the configured default when none was' }),
            profiles: z.array(z.string()).openapi({ description: 'Every profile the design was linted under' }),
            findings: z.array(lintFindingSchema),
            issues: z.array(cadenceIssueSchema),
          }),
          'Findings',
        ),
        400: errorResponse('Unknown profile'),
        404: errorResponse('No such cadence'),
      },
    }),
    async (c) => {
      const cadence = await getCadence(deps.db, c.req.valid('param').id);
      if (!cadence) return notFound(c, 'cadence', noCadenceHint);
      const asked = c.req.valid('query').profile;
      const profile = asked === undefined ? undefined : deps.complianceProfiles.get(asked);
      if (asked !== undefined && !profile) {
        const known = [...deps.complianceProfiles.keys()].join(', ');
        return c.json({ error: 'invalid_request', message: `unknown profile "${asked}"`, issues: [{ field: 'profile', message: `must be one of ${known}` }] }, 400);
      }
      const profiles = profile ? [profile] : await lintProfiles(deps);
      const head = { profile: asked ?? deps.defaultComplianceProfile, profiles: profiles.map((p) => p.id) };
      const compiled = compile(cadence.draftGraph, deps.registry);
      if (!compiled.ok) return c.json({ compiled: false, ...head, findings: [], issues: compiled.issues.map(toIssueJson) }, 200);
      return c.json({ compiled: true, ...head, findings: lintUnderProfiles(compiled.ir, profiles, await lintOptions(deps)), issues: compiled.warnings.map(toIssueJson) }, 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}/diff',
      tags,
      summary: 'What the draft changes against the live version: nodes, configs and templates (before and after), edges',
      request: { params: cadenceIdParam },
      responses: {
        200: json(
          z.object({ liveVersionId: z.string().nullable(), liveHash: z.string().nullable(), diff: graphDiffJson }),
          'The diff (everything is added while nothing is published)',
        ),
        404: errorResponse('No such cadence'),
      },
    }),
    async (c) => {
      const cadence = await getCadence(deps.db, c.req.valid('param').id);
      if (!cadence) return notFound(c, 'cadence', noCadenceHint);
      const live = await getLatestVersion(deps.db, cadence.id);
      return c.json({ liveVersionId: live?.id ?? null, liveHash: live?.hash ?? null, diff: diffGraphs(live?.graph ?? null, cadence.draftGraph) }, 200);
    },
  );

  return r;
}
