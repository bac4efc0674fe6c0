import { z } from '@hono/zod-openapi';
import { getCadence, getVersion, listVersions, userNames } from '@kairos/db';
import { DESIGN_READERS, DESIGNERS, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { notFound } from '../errors';
import { runAutoEnrollment } from '../jobs/auto-enrollment';
import { publishDraft } from '../publish-gate';
import { newRouter } from '../router';
import { cadenceIdParam, errorSchema, errorResponse, invalidCadenceSchema, json, lintFindingSchema, noCadenceHint, peopleOfVersion, toVersionJson, versionJson } from '../schemas';

const tags = ['Versions'];
const publishRefused = errorSchema
  .extend({ code: z.string().openapi({ description: 'not_approved or blocking_findings' }), findings: z.array(lintFindingSchema) })
  .openapi('PublishRefused');

export function versionRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(DESIGNERS, {
      method: 'post',
      path: '/cadences/{id}/versions',
      tags,
      summary: 'Publish the draft as a new immutable version: its content hash must be approved by a compliance officer',
      description: 'Refused (403 `publish_refused`) unless the draft, as it compiles now, is the content a compliance officer who is not an author approved, and no blocking lint finding stands.',
      request: { params: cadenceIdParam },
      responses: {
        201: json(versionJson, 'Published'),
        200: json(versionJson, 'The latest version already has this content'),
        403: json(publishRefused, 'Not approved (`publish_refused`), or not allowed for your role'),
        404: errorResponse('No such cadence'),
        409: errorResponse('The draft changed while publishing: try again'),
        422: json(invalidCadenceSchema, 'The draft has errors; nothing was published'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const user = c.get('user')!;
      const outcome = await publishDraft(deps, id, { id: user.id, email: user.email, role: user.role });
      switch (outcome.kind) {
        case 'not-found':
          return notFound(c, 'cadence', noCadenceHint);
        case 'invalid': {
          const errors = outcome.issues.filter((i) => i.severity === 'error').length;
          return c.json({ error: 'invalid_cadence' as const, message: `the draft has ${errors} error(s); fix them and publish again`, issues: outcome.issues }, 422);
        }
        case 'refused':
          return c.json({ error: 'publish_refused', code: outcome.code, message: outcome.message, findings: outcome.findings }, 403);
        case 'conflict':
          return c.json({ error: 'draft_changed', message: 'the draft was saved while publishing: publish again' }, 409);
        case 'published':
          // A rule cadence enrolls the accounts it matches now (the publisher saw how many) without
          // waiting for the periodic sweep; the sweep still catches anything this run misses.
          if (outcome.created && outcome.version.ir.trigger) {
            void runAutoEnrollment(deps, { cadenceId: id }).catch((err: unknown) => deps.logger.warn({ cadenceId: id, err }, 'enrolling the matches of a published rule failed; the periodic sweep tries again'));
          }
          return c.json(toVersionJson(outcome.version, true, await userNames(deps.db, peopleOfVersion(outcome.version))), outcome.created ? 201 : 200);
      }
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/cadences/{id}/versions',
      tags,
      summary: 'Published versions, newest first',
      request: { params: cadenceIdParam },
      responses: { 200: json(z.array(versionJson), 'Versions'), 404: errorResponse('No such cadence') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getCadence(deps.db, id))) return notFound(c, 'cadence', noCadenceHint);
      const versions = await listVersions(deps.db, id);
      const names = await userNames(deps.db, versions.flatMap(peopleOfVersion));
      return c.json(versions.map((v) => toVersionJson(v, false, names)), 200);
    },
  );

  r.openapi(
    guardedRoute(DESIGN_READERS, {
      method: 'get',
      path: '/versions/{versionId}',
      tags,
      summary: 'A published version with its graph and IR',
      request: { params: z.object({ versionId: z.string().openapi({ param: { name: 'versionId', in: 'path' } }) }) },
      responses: { 200: json(versionJson, 'The version'), 404: errorResponse('No such version') },
    }),
    async (c) => {
      const v = await getVersion(deps.db, c.req.valid('param').versionId);
      if (!v) return notFound(c, 'version', 'List versions with GET /api/v1/cadences/{id}/versions.');
      return c.json(toVersionJson(v, true, await userNames(deps.db, peopleOfVersion(v))), 200);
    },
  );

  return r;
}
