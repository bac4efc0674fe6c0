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
    '/api/v1/cadences',
    '/api/v1/cadences/{id}',
    '/api/v1/cadences/{id}/draft',
    '/api/v1/cadences/{id}/duplicate',
    '/api/v1/cadences/{id}/validate',
    '/api/v1/cadences/{id}/versions',
    '/api/v1/contacts',
    '/api/v1/enrollments',
    '/api/v1/enrollments/{id}',
    '/api/v1/health',
    '/api/v1/node-kinds',
    '/api/v1/outbox',
    '/api/v1/versions/{versionId}',
    '/api/v1/versions/{versionId}/live',
  ]);
  expect(doc.body.paths['/api/v1/cadences/{id}'].patch.responses).toHaveProperty('404');
  expect(doc.body.paths['/api/v1/cadences/{id}/versions'].post.responses).toHaveProperty('422');
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
