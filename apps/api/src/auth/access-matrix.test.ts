// Every role against every route: allowed ones get past the guard (whatever the route then answers),
// forbidden ones get 403 forbidden, and nobody without a session gets further than 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@kairos/db/testing';
import { ROLES, type Role } from '@kairos/review';
import { appWithoutTemporal, client, signedIn, type ApiClient } from '../testing/api-harness';

const S: Role = 'strategist';
const C: Role = 'compliance_officer';
const E: Role = 'engineer';
const A: Role = 'agent';
const D: Role = 'admin';
const ALL = [...ROLES];
const READERS = [S, C, E, D];

/** The intended permissions, written out once more on purpose: a change to a route's roles must change this table too. */
type Access = Role[] | 'public' | 'signature:twilio-signature' | 'signature:stripe-signature' | 'signature:kairos-signature';
const MATRIX: Record<string, Access> = {
  'POST /api/v1/auth/sign-in': 'public',
  'POST /api/v1/auth/sign-out': 'public',
  'GET /api/v1/auth/session': 'public',
  'GET /api/v1/health': 'public',
  'GET /api/v1/me': ALL,
  'POST /api/v1/auth/password': ALL,
  // One-time links to set a password: the token in the path is the key.
  'GET /api/v1/auth/password-links/{token}': 'public',
  'POST /api/v1/auth/password-links/{token}': 'public',
  'GET /api/v1/users': [D],
  'POST /api/v1/users': [D],
  'PATCH /api/v1/users/{id}': [D],
  'PUT /api/v1/users/{id}/portfolios': [D],
  'POST /api/v1/users/{id}/deactivate': [D],
  'POST /api/v1/users/{id}/reactivate': [D],
  'POST /api/v1/users/{id}/sign-out': [D],
  'POST /api/v1/users/{id}/password-reset': [D],
  'POST /api/v1/invitations': [D],
  'GET /api/v1/invitations': [D],
  'POST /api/v1/invitations/{id}/revoke': [D],
  'POST /api/v1/cadences': [S, D],
  'GET /api/v1/cadences': READERS,
  'GET /api/v1/cadences/{id}': READERS,
  'PUT /api/v1/cadences/{id}/draft': [S, D],
  'PATCH /api/v1/cadences/{id}': [S, D],
  'POST /api/v1/cadences/{id}/duplicate': [S, D],
  'POST /api/v1/cadences/{id}/validate': READERS,
  'GET /api/v1/cadences/{id}/lint': READERS,
  'GET /api/v1/cadences/{id}/diff': READERS,
  'POST /api/v1/cadences/{id}/versions': [S, D],
  'GET /api/v1/cadences/{id}/versions': READERS,
  'GET /api/v1/cadences/{id}/entry-matches': READERS,
  'GET /api/v1/versions/{versionId}': READERS,
  'GET /api/v1/versions/{versionId}/live': READERS,
  'POST /api/v1/cadences/{id}/reviews': [S, D],
  'GET /api/v1/cadences/{id}/reviews': READERS,
  'GET /api/v1/reviews': READERS,
  'GET /api/v1/reviews/{reviewId}': READERS,
  'POST /api/v1/reviews/{reviewId}/comments': [S, C, D],
  'POST /api/v1/reviews/{reviewId}/approve': [C],
  'POST /api/v1/reviews/{reviewId}/request-changes': [C],
  'GET /api/v1/audit': [C, D],
  'GET /api/v1/audit/export': [C, D],
  // Strategists: test accounts in sandbox portfolios only (the route refuses them elsewhere with 403).
  'PUT /api/v1/accounts/{id}': [S, E, D],
  'PATCH /api/v1/accounts/{id}/compliance': [A, C, E, D],
  'GET /api/v1/accounts/{id}': ALL,
  'GET /api/v1/accounts': ALL,
  'POST /api/v1/enrollments': [S, E, D],
  'POST /api/v1/enrollments/preview': [S, E, D],
  'POST /api/v1/enrollments/audience': [S, E, D],
  'GET /api/v1/enrollments/audience/{id}': [S, E, D],
  'POST /api/v1/auto-enrollment/run': [S, E, D],
  'GET /api/v1/enrollments': ALL,
  'GET /api/v1/enrollments/{id}': ALL,
  // Pausing, resuming and stopping is for the people who run cadences; agents work their queue.
  'POST /api/v1/enrollments/{id}/pause': READERS,
  'POST /api/v1/enrollments/{id}/resume': READERS,
  'POST /api/v1/enrollments/{id}/stop': READERS,
  'POST /api/v1/enrollments/bulk': READERS,
  'POST /api/v1/versions/{versionId}/pause': READERS,
  'POST /api/v1/versions/{versionId}/resume': READERS,
  'POST /api/v1/account-events': [A, E, D],
  'GET /api/v1/outbox': READERS,
  'POST /api/v1/outbox/{id}/receipt': [S, E, D],
  'POST /api/v1/outbox/{id}/reply': [S, E, D],
  'GET /api/v1/accounts/{id}/ledger': ALL,
  'GET /api/v1/accounts/{id}/story': ALL,
  // Strategists import too, into sandbox portfolios only (checked by the route, beside the portfolio).
  'POST /api/v1/imports': [S, E, D],
  'GET /api/v1/imports': [S, E, D],
  'GET /api/v1/imports/{id}': [S, E, D],
  'PUT /api/v1/imports/{id}/mapping': [S, E, D],
  'POST /api/v1/imports/{id}/start': [S, E, D],
  'POST /api/v1/imports/{id}/cancel': [S, E, D],
  'GET /api/v1/imports/{id}/problems.csv': [S, E, D],
  'GET /api/v1/portfolios': [E, D],
  'GET /api/v1/portfolios/{id}': [E, D],
  'PUT /api/v1/portfolios/{id}': [D],
  'GET /api/v1/portfolios/{id}/collector': ALL,
  'PUT /api/v1/portfolios/{id}/collector': [D],
  'GET /api/v1/portfolio-policies': ALL,
  'GET /api/v1/outbound-policy': READERS,
  // Provider callbacks and payment webhooks: no session applies, only their signatures.
  'POST /api/v1/webhooks/twilio/{portfolioId}/status': 'signature:twilio-signature',
  'POST /api/v1/webhooks/twilio/{portfolioId}/inbound': 'signature:twilio-signature',
  'POST /api/v1/webhooks/stripe/{portfolioId}': 'signature:stripe-signature',
  'POST /api/v1/webhooks/payments/{portfolioId}': 'signature:kairos-signature',
  'POST /api/v1/webhooks/email/{portfolioId}': 'signature:kairos-signature',
  'GET /api/v1/contacts': ALL,
  'POST /api/v1/contacts': [A, E, D],
  'POST /api/v1/contacts/check': [A, C, E, D],
  'POST /api/v1/compliance/evaluate': [A, C, E, D],
  'GET /api/v1/compliance/profiles': ALL,
  'PUT /api/v1/compliance/profiles/{id}': [D],
  'GET /api/v1/node-kinds': ALL,
  'GET /api/v1/experiments': READERS,
  'GET /api/v1/experiments/{experimentId}': READERS,
  'POST /api/v1/experiments/{experimentId}/promote': [S, D],
  'GET /api/v1/dashboard': READERS,
  'GET /api/v1/dashboard/export': READERS,
  'GET /api/v1/versions/{versionId}/analytics': READERS,
  'GET /api/v1/analytics/settings': READERS,
  'PUT /api/v1/analytics/settings': [D],
  'GET /api/v1/analytics/freshness': READERS,
  'GET /api/v1/analytics/parked': [D],
  'POST /api/v1/analytics/parked/retry': [D],
};

/** A concrete path: ids that name nothing, so allowed calls end in 400 or 404 and change nothing. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, () => crypto.randomUUID());
const guarded = Object.entries(MATRIX).filter((e): e is [string, Role[]] => Array.isArray(e[1]));
const signed = Object.entries(MATRIX).filter(([, a]) => typeof a === 'string' && a.startsWith('signature:')).map(([route]) => route);

describe('the role × route matrix', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: ReturnType<typeof appWithoutTemporal>;
  const as = new Map<Role, ApiClient>();
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = appWithoutTemporal(database.db);
    for (const role of ROLES) as.set(role, await signedIn(app, role));
  });
  afterAll(async () => database?.dispose());

  it('declares, next to every route, exactly the roles of this table', async () => {
    const doc = (await client(app).get('/openapi.json')).body as { paths: Record<string, Record<string, { 'x-kairos-roles'?: string[]; 'x-kairos-auth'?: string }>> };
    const declared: Record<string, string[] | string> = {};
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        declared[`${method.toUpperCase()} ${path}`] = op['x-kairos-roles'] ?? (op['x-kairos-auth'] ? `signature:${op['x-kairos-auth']}` : 'public');
      }
    }
    expect(declared).toEqual(MATRIX);
  });

  it.each(guarded.map(([route, roles]) => [route, roles] as const))('%s: only its roles get past the guard', async (route, roles) => {
    const [method, path] = route.split(' ') as [string, string];
    const body = method === 'GET' ? undefined : {};
    for (const role of ROLES) {
      const res = await as.get(role)!.call(method, concrete(path), body);
      if (roles.includes(role)) {
        expect([401, 403], `${role} on ${route}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
      } else {
        expect(res.status, `${role} on ${route}`).toBe(403);
        expect(res.body).toMatchObject({ error: 'forbidden', message: expect.stringContaining(roles.join(', ')) });
      }
    }
    const anonymous = await client(app).call(method, concrete(path), body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('unauthenticated');
  });

  it.each(signed)('%s: no session gets past it, only a valid signature (401 invalid_signature, whoever asks)', async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const concretePath = path.replace('{portfolioId}', 'default');
    for (const caller of [client(app), as.get(D)!, as.get(E)!]) {
      const res = await caller.call(method, concretePath, {});
      expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBe(401);
      expect(res.body.error).toBe('invalid_signature');
    }
  });

  it('checks the role before the body: a forbidden role learns nothing about the input', async () => {
    const res = await as.get(A)!.post('/api/v1/cadences', { nonsense: true });
    expect(res.status).toBe(403);
  });
});
