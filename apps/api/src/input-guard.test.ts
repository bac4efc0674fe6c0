// Every route's input passes one guard before its own schema: a missing body, a body that is not
// JSON, NUL in any text, JSON nested too deep, a control character in a path or query are each a 4xx
// that names the field, never a 500, and nothing is written. Walks the OpenAPI document, so a new
// route is held to it without being listed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '@kairos/db/testing';
import type { Role } from '@kairos/review';
import { appWithoutTemporal, client, dana, signedIn, type ApiClient } from './testing/api-harness';

interface Operation {
  method: string;
  path: string;
  roles: Role[] | undefined;
  takesJson: boolean;
  bodyRequired: boolean;
  params: string[];
}

type OpenApiDoc = {
  paths: Record<string, Record<string, { 'x-kairos-roles'?: Role[]; 'x-kairos-auth'?: string; requestBody?: { required?: boolean; content: Record<string, unknown> } }>>;
};

function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      // Webhooks read their bodies raw (the signature covers the bytes): they are refused 401 unsigned.
      .filter(([, op]) => op['x-kairos-auth'] === undefined)
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        roles: op['x-kairos-roles'],
        takesJson: op.requestBody?.content['application/json'] !== undefined,
        bodyRequired: op.requestBody?.required === true,
        params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
      })),
  );
}

const concrete = (path: string, value: () => string = () => crypto.randomUUID()) => path.replace(/\{[^}]+\}/g, () => encodeURIComponent(value()));

describe('the input guard of every route', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: ReturnType<typeof appWithoutTemporal>;
  let operations: Operation[];
  const as = new Map<Role, ApiClient>();
  const callerOf = async (op: Operation): Promise<ApiClient> => {
    const role = op.roles?.[0];
    if (!role) return client(app);
    if (!as.has(role)) as.set(role, await signedIn(app, role));
    return as.get(role)!;
  };
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = appWithoutTemporal(database.db);
    operations = operationsOf((await client(app).get('/openapi.json')).body as OpenApiDoc);
  });
  afterAll(async () => database?.dispose());

  it('documents every JSON body as required, except where the route says it is optional', () => {
    const optional = operations.filter((op) => op.takesJson && !op.bodyRequired).map((op) => `${op.method} ${op.path}`);
    expect(optional).toEqual(['POST /api/v1/cadences/{id}/duplicate']);
  });

  it('answers a POST, PUT or PATCH sent without its body 400 naming (body), on every route', async () => {
    const required = operations.filter((op) => op.takesJson && op.bodyRequired);
    expect(required.length).toBeGreaterThan(20);
    for (const op of required) {
      const res = await (await callerOf(op)).call(op.method, concrete(op.path));
      expect(res.status, `${op.method} ${op.path}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body).toMatchObject({ error: 'invalid_request', issues: [{ field: '(body)', message: expect.stringMatching(/JSON body is required/) }] });
    }
  });

  it('answers a body that is not JSON 415, and malformed or empty JSON 400, on every route', async () => {
    for (const op of operations.filter((o) => o.takesJson)) {
      const caller = await callerOf(op);
      const path = concrete(op.path);
      const form = await caller.call(op.method, path, 'name=x', { 'content-type': 'text/plain' });
      expect(form.status, `${op.method} ${op.path}`).toBe(415);
      expect(form.body.error).toBe('unsupported_media_type');
      for (const broken of ['{"name": ', '   ']) {
        const res = await caller.call(op.method, path, broken);
        expect(res.status, `${op.method} ${op.path} with ${JSON.stringify(broken)}`).toBe(400);
        expect(res.body.issues).toEqual([{ field: '(body)', message: expect.stringMatching(/not valid JSON|empty/) }]);
      }
    }
  });

  it('answers NUL or a line break in any path parameter 400 naming the parameter', async () => {
    for (const op of operations.filter((o) => o.params.length > 0)) {
      const caller = await callerOf(op);
      for (const bad of ['A\u00001', 'A\n1']) {
        const res = await caller.call(op.method, concrete(op.path, () => bad), op.takesJson ? {} : undefined);
        expect(res.status, `${op.method} ${op.path}: ${JSON.stringify(res.body)}`).toBe(400);
        expect(op.params).toContain(res.body.issues[0].field);
      }
    }
  });

  it('answers a public page link holding NUL 400, before it can reach a query', async () => {
    const res = await client(app).get('/pay/tok%00en');
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: '(path)', message: expect.stringMatching(/control characters/) }]);
    expect((await client(app).get('/pay/unknown-token')).status).toBe(404);
  });

  it('answers NUL in a query parameter 400 naming it', async () => {
    const officer = await signedIn(app, 'compliance_officer');
    const res = await officer.get('/api/v1/audit?actor=%00x&hash=abcd');
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([{ field: 'actor', message: expect.stringMatching(/control characters/) }]);
  });
});

describeEachDatabase('text and JSON that cannot be stored', (db) => {
  let engineer: ApiClient;
  let strategist: ApiClient;
  let admin: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    [engineer, strategist, admin] = await Promise.all([signedIn(app, 'engineer'), signedIn(app, 'strategist'), signedIn(app, 'admin')]);
  });

  it('refuses NUL anywhere in a body, naming the field, and writes nothing', async () => {
    for (const [path, field, body] of [
      ['/api/v1/accounts/N-1', 'name', { ...dana, name: 'Da\u0000na' }],
      ['/api/v1/accounts/N-1', 'attributes.tier', { ...dana, attributes: { tier: 'gold\u0000' } }],
      ['/api/v1/accounts/N-1', 'attributes', { ...dana, attributes: { ['ti\u0000er']: 'gold' } }],
    ] as const) {
      const res = await engineer.put(path, body);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.issues).toEqual([{ field, message: expect.stringMatching(/NUL/) }]);
    }
    expect((await engineer.get('/api/v1/accounts/N-1')).status).toBe(404);
    const portfolio = await admin.put('/api/v1/portfolios/cards-nul', { name: 'Cards\u0000', settings: {} });
    expect(portfolio.status).toBe(400);
    expect(portfolio.body.issues[0].field).toBe('name');
    expect((await admin.get('/api/v1/portfolios/cards-nul')).status).toBe(404);
  });

  it('refuses a step config nested 10,000 deep, naming where, without overflowing anything', async () => {
    const before = (await strategist.get('/api/v1/cadences')).body.length;
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const graph = `{"nodes":[{"id":"entry","type":"entry","position":{"x":0,"y":0},"data":{"config":{"exitOn":["paid"],"deep":${deep}}}}],"edges":[]}`;
    const created = await strategist.post('/api/v1/cadences', `{"name":"Deep","graph":${graph}}`);
    expect(created.status).toBe(400);
    expect(created.body.issues[0].field).toMatch(/^graph\.nodes\.0\.data\.config\.deep\.a\.a/);
    expect(created.body.issues[0].message).toMatch(/deeper than/);
    expect((await strategist.get('/api/v1/cadences')).body).toHaveLength(before);
  });

  it('refuses a config deeper than 32 levels even when the body as a whole is within its depth', async () => {
    let config: Record<string, unknown> = {};
    for (let i = 0; i < 33; i++) config = { a: config };
    const created = await strategist.post('/api/v1/cadences', {
      name: 'Deep config',
      graph: { nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'], ...config } } }], edges: [] },
    });
    expect(created.status).toBe(400);
    expect(created.body.issues[0]).toMatchObject({ field: expect.stringMatching(/^graph\.nodes\.0\.data\.config\.a/), message: expect.stringMatching(/deeper than 32 levels/) });
  });
});
