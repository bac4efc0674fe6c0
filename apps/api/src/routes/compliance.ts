// The run-time compliance decision for outside systems ("may the dialer call now?"), and the
// profiles an account may name. The same pure decision gates every send of the worker.
import { z } from '@hono/zod-openapi';
import { decideContact, evaluationRequestSchema, parseEvaluationRequest, parseProfileFile, type ComplianceProfile } from '@kairos/compliance';
import { putComplianceProfile } from '@kairos/db';
import type { Role } from '@kairos/review';
import { ANY_ROLE, guardedRoute } from '../auth/access';
import type { RouteDeps } from '../deps';
import { newRouter } from '../router';
import { errorResponse, json } from '../schemas';

const tags = ['Compliance'];
const ASKERS: readonly Role[] = ['agent', 'compliance_officer', 'engineer', 'admin'];

const decisionJson = z
  .object({
    decision: z.enum(['allow', 'defer', 'block']),
    until: z.string().optional().openapi({ description: 'With defer: the earliest instant (ISO-8601 UTC) every time rule allows the contact' }),
    rule: z.string().openapi({ example: 'reg-f.1006.6(b)(1)(i)' }),
    reasons: z.array(z.string()),
  })
  .openapi('ComplianceDecision');

/** `account.timezones[1]`, `history[3].outcome`: the field names of @kairos/compliance. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '') || '(body)';

export function complianceRoutes(deps: RouteDeps) {
  const r = newRouter();

  r.openapi(
    guardedRoute(ASKERS, {
      method: 'post',
      path: '/compliance/evaluate',
      tags,
      summary: 'May this contact happen at this instant? allow, defer until an instant, or block, with the rule that decided',
      description:
        'A pure decision over the facts given: the caller hands in the account state and its contact history. ' +
        'Kairos cadences make the same decision against the contact ledger in the database, in the transaction that records the attempt.',
      request: { body: { content: { 'application/json': { schema: evaluationRequestSchema } } } },
      responses: { 200: json(decisionJson, 'The decision'), 400: errorResponse('Malformed request: each issue names its field') },
    }),
    (c) => {
      const parsed = parseEvaluationRequest(c.req.valid('json'), deps.complianceProfiles);
      if (!parsed.ok) return c.json({ error: 'invalid_request', message: 'the request is invalid', issues: parsed.issues }, 400);
      return c.json(decideContact(parsed.value, deps.complianceProfiles.get(parsed.value.profile)), 200);
    },
    (result, c) => {
      if (result.success) return undefined;
      const issues = result.error.issues.map((i) => ({ field: fieldOf(i.path), message: i.message }));
      return c.json({ error: 'invalid_request', message: 'the request is invalid', issues }, 400);
    },
  );

  const profileJson = z
    .object({
      id: z.string(),
      title: z.string(),
      note: z.string().nullable(),
      ruleIds: z.array(z.string()),
      source: z.enum(['configured', 'stored']).openapi({ description: 'configured: built in or a file of kairos.config.json (read-only); stored: written with PUT /compliance/profiles/{id}' }),
      default: z.boolean().openapi({ description: 'The profile of accounts whose portfolio names none' }),
    })
    .openapi('ComplianceProfileSummary');
  const summary = (p: ComplianceProfile) => ({
    id: p.id,
    title: p.title,
    note: p.note ?? null,
    ruleIds: [...p.ruleIds],
    source: deps.profileCatalog.base.has(p.id) ? ('configured' as const) : ('stored' as const),
    default: p.id === deps.defaultComplianceProfile,
  });

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/compliance/profiles',
      tags,
      summary: 'The compliance profiles portfolios and accounts may name',
      responses: { 200: json(z.array(profileJson), 'Profiles') },
    }),
    (c) => c.json([...deps.complianceProfiles.values()].map(summary), 200),
  );

  r.openapi(
    guardedRoute(['admin'], {
      method: 'put',
      path: '/compliance/profiles/{id}',
      tags,
      summary: 'Create or replace a custom compliance profile (hours by weekday, caps per channel, holidays, disclosures; optionally based on a built-in one)',
      description:
        'The body is a profile file as documented in docs/compliance.md (`id` may be left out: the path names it). ' +
        'It is validated field by field, stored with an audit entry, and used by the run-time gate and the lint of every instance within seconds. ' +
        'Built-in and configured profiles cannot be replaced.',
      request: {
        params: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case id such as acme-eu').openapi({ param: { name: 'id', in: 'path' }, example: 'acme-eu' }) }),
        body: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()).openapi({ description: 'A compliance profile file' }) } } },
      },
      responses: {
        200: json(profileJson, 'Replaced'),
        201: json(profileJson, 'Created'),
        400: errorResponse('The profile does not hold together: each issue names its field'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const invalid = (issues: Array<{ field: string; message: string }>) => c.json({ error: 'invalid_request', message: 'the profile is invalid', issues }, 400);
      if (body.id !== undefined && body.id !== id) return invalid([{ field: 'id', message: `must be "${id}", the id in the path, or be left out` }]);
      const parsed = parseProfileFile({ ...body, id }, deps.profileCatalog.base);
      if (!parsed.ok) return invalid(parsed.issues);
      const user = c.get('user')!;
      const { created } = await putComplianceProfile(deps.db, { file: parsed.file, actor: { id: user.id, email: user.email, role: user.role } });
      await deps.profileCatalog.refresh(true);
      return c.json(summary(parsed.profile), created ? 201 : 200);
    },
  );

  return r;
}
