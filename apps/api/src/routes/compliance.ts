// The run-time compliance decision for outside systems ("may the dialer call now?"), and the
// profiles an account may name. The same pure decision gates every send of the worker.
import { z } from '@hono/zod-openapi';
import { decideContact, evaluationRequestSchema, parseEvaluationRequest } from '@kairos/compliance';
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

  r.openapi(
    guardedRoute(ANY_ROLE, {
      method: 'get',
      path: '/compliance/profiles',
      tags,
      summary: 'The compliance profiles accounts may name (us-reg-f by default)',
      responses: {
        200: json(z.array(z.object({ id: z.string(), title: z.string(), note: z.string().nullable(), ruleIds: z.array(z.string()) })), 'Profiles'),
      },
    }),
    (c) => c.json([...deps.complianceProfiles.values()].map((p) => ({ id: p.id, title: p.title, note: p.note ?? null, ruleIds: [...p.ruleIds] })), 200),
  );

  return r;
}
