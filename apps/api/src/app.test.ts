import { openDatabase, type Database } from '@kairos/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appWithoutTemporal, client, type ApiClient } from './testing/api-harness';

let database: Database;
let api: ApiClient;
beforeAll(async () => {
  database = await openDatabase({ memory: true });
  api = client(appWithoutTemporal(database.db));
});
afterAll(async () => database?.close());

it('serves an OpenAPI 3.1 document describing every route under /api/v1', async () => {
  const doc = await api.get('/openapi.json');
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe('3.1.0');
  expect(Object.keys(doc.body.paths).sort()).toEqual([
    '/api/v1/account-events',
    '/api/v1/accounts',
    '/api/v1/accounts/{id}',
    '/api/v1/accounts/{id}/compliance',
    '/api/v1/accounts/{id}/ledger',
    '/api/v1/accounts/{id}/story',
    '/api/v1/analytics/freshness',
    '/api/v1/analytics/parked',
    '/api/v1/analytics/parked/retry',
    '/api/v1/analytics/settings',
    '/api/v1/audit',
    '/api/v1/audit/export',
    '/api/v1/auth/password',
    '/api/v1/auth/password-links/{token}',
    '/api/v1/auth/session',
    '/api/v1/auth/sign-in',
    '/api/v1/auth/sign-out',
    '/api/v1/auto-enrollment/run',
    '/api/v1/cadences',
    '/api/v1/cadences/{id}',
    '/api/v1/cadences/{id}/diff',
    '/api/v1/cadences/{id}/draft',
    '/api/v1/cadences/{id}/duplicate',
    '/api/v1/cadences/{id}/entry-matches',
    '/api/v1/cadences/{id}/lint',
    '/api/v1/cadences/{id}/reviews',
    '/api/v1/cadences/{id}/validate',
    '/api/v1/cadences/{id}/versions',
    '/api/v1/compliance/evaluate',
    '/api/v1/compliance/profiles',
    '/api/v1/compliance/profiles/{id}',
    '/api/v1/contacts',
    '/api/v1/contacts/check',
    '/api/v1/dashboard',
    '/api/v1/dashboard/export',
    '/api/v1/enrollments',
    '/api/v1/enrollments/audience',
    '/api/v1/enrollments/audience/{id}',
    '/api/v1/enrollments/bulk',
    '/api/v1/enrollments/preview',
    '/api/v1/enrollments/{id}',
    '/api/v1/enrollments/{id}/pause',
    '/api/v1/enrollments/{id}/resume',
    '/api/v1/enrollments/{id}/stop',
    '/api/v1/experiments',
    '/api/v1/experiments/{experimentId}',
    '/api/v1/experiments/{experimentId}/promote',
    '/api/v1/health',
    '/api/v1/imports',
    '/api/v1/imports/{id}',
    '/api/v1/imports/{id}/cancel',
    '/api/v1/imports/{id}/mapping',
    '/api/v1/imports/{id}/problems.csv',
    '/api/v1/imports/{id}/start',
    '/api/v1/invitations',
    '/api/v1/invitations/{id}/revoke',
    '/api/v1/me',
    '/api/v1/node-kinds',
    '/api/v1/outbound-policy',
    '/api/v1/outbox',
    '/api/v1/outbox/{id}/receipt',
    '/api/v1/outbox/{id}/reply',
    '/api/v1/portfolio-policies',
    '/api/v1/portfolios',
    '/api/v1/portfolios/{id}',
    '/api/v1/portfolios/{id}/collector',
    '/api/v1/reviews',
    '/api/v1/reviews/{reviewId}',
    '/api/v1/reviews/{reviewId}/approve',
    '/api/v1/reviews/{reviewId}/comments',
    '/api/v1/reviews/{reviewId}/request-changes',
    '/api/v1/users',
    '/api/v1/users/{id}',
    '/api/v1/users/{id}/deactivate',
    '/api/v1/users/{id}/password-reset',
    '/api/v1/users/{id}/portfolios',
    '/api/v1/users/{id}/reactivate',
    '/api/v1/users/{id}/sign-out',
    '/api/v1/versions/{versionId}',
    '/api/v1/versions/{versionId}/analytics',
    '/api/v1/versions/{versionId}/live',
    '/api/v1/versions/{versionId}/pause',
    '/api/v1/versions/{versionId}/resume',
    '/api/v1/webhooks/email/{portfolioId}',
    '/api/v1/webhooks/payments/{portfolioId}',
    '/api/v1/webhooks/stripe/{portfolioId}',
    '/api/v1/webhooks/twilio/{portfolioId}/inbound',
    '/api/v1/webhooks/twilio/{portfolioId}/status',
  ]);
  expect(doc.body.paths['/api/v1/cadences/{id}'].patch.responses).toHaveProperty('404');
  expect(doc.body.paths['/api/v1/cadences/{id}/versions'].post.responses).toHaveProperty('422');
});

it('describes the session cookie and bearer token, and which routes need them', async () => {
  const doc = await api.get('/openapi.json');
  expect(doc.body.components.securitySchemes).toMatchObject({
    sessionCookie: { type: 'apiKey', in: 'cookie', name: 'kairos.session_token' },
    bearerToken: { type: 'http', scheme: 'bearer' },
  });
  expect(doc.body.paths['/api/v1/cadences'].post.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
  expect(doc.body.paths['/api/v1/cadences'].post['x-kairos-roles']).toEqual(['strategist', 'admin']);
  expect(doc.body.paths['/api/v1/cadences'].post.responses).toHaveProperty('401');
  expect(doc.body.paths['/api/v1/health'].get.security).toBeUndefined();
  expect(doc.body.paths['/api/v1/auth/sign-in'].post.security).toBeUndefined();
  // Webhooks are authenticated by signatures, not sessions, and say which.
  expect(doc.body.paths['/api/v1/webhooks/stripe/{portfolioId}'].post.security).toBeUndefined();
  expect(doc.body.paths['/api/v1/webhooks/stripe/{portfolioId}'].post['x-kairos-auth']).toBe('stripe-signature');
});

it('serves an interactive reference at /docs whose script comes from this server, not a CDN', async () => {
  const page = await api.get('/docs');
  expect(page.status).toBe(200);
  expect(page.body).toContain('/docs/scalar.js');
  expect(page.body).toContain('/openapi.json');
  const script = await api.get('/docs/scalar.js');
  expect(script.status).toBe(200);
  expect(script.headers.get('content-type')).toMatch(/javascript/);
});

it('answers an unknown route with 404 pointing at the reference', async () => {
  const res = await api.get('/api/v1/nothing-here');
  expect(res.status).toBe(404);
  expect(res.body.message).toMatch(/\/docs/);
});
