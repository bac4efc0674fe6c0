import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@kairos/db/testing';
import { bodyClassOf } from './body-limits';
import { DEFAULT_LIMITS, limitsFromEnv } from './limits';
import { appWithoutTemporal, client, signedIn, type ApiClient } from './testing/api-harness';

const MB = 1024 * 1024;

describe('route classes of body limits', () => {
  it('give cadence graphs their own limit, webhooks theirs, pages theirs, and every other API route the JSON one', () => {
    expect(bodyClassOf('POST', '/api/v1/cadences')).toBe('graph');
    expect(bodyClassOf('PUT', '/api/v1/cadences/6b0c/draft')).toBe('graph');
    expect(bodyClassOf('PATCH', '/api/v1/cadences/6b0c')).toBe('json');
    // An audience may paste 100,000 account ids.
    expect(bodyClassOf('POST', '/api/v1/enrollments/audience')).toBe('graph');
    expect(bodyClassOf('POST', '/api/v1/enrollments/preview')).toBe('graph');
    expect(bodyClassOf('POST', '/api/v1/enrollments')).toBe('json');
    expect(bodyClassOf('POST', '/api/v1/webhooks/stripe/default')).toBe('webhook');
    expect(bodyClassOf('POST', '/api/v1/auth/sign-in')).toBe('json');
    expect(bodyClassOf('POST', '/pay/abc/pay')).toBe('form');
    expect(bodyClassOf('POST', '/api/v1/imports')).toBe('import');
    expect(bodyClassOf('PUT', '/api/v1/imports/6b0c/mapping')).toBe('json');
  });

  it('are the documented defaults unless KAIROS_LIMIT_* say otherwise, and a bad value names its variable', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ jsonBytes: 1 * MB, graphBytes: 5 * MB, importBytes: 50 * MB });
    expect(limitsFromEnv({ KAIROS_LIMIT_JSON_BYTES: '2048', KAIROS_LIMIT_GRAPH_BYTES: ' ' })).toEqual({ jsonBytes: 2048 });
    expect(() => limitsFromEnv({ KAIROS_LIMIT_GRAPH_BYTES: '5MB' })).toThrow(/KAIROS_LIMIT_GRAPH_BYTES must be a positive whole number/);
  });
});

/** A body of `bytes` bytes that is a JSON object with one long string. */
const jsonOf = (bytes: number, key = 'name') => `{"${key}":"${'x'.repeat(bytes - key.length - 7)}"}`;

/** The same bytes as a stream without a length, as a client sending chunked transfer does. */
const streamOf = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024));
      controller.close();
    },
  });
};

describe('body limits on a running app', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: ReturnType<typeof appWithoutTemporal>;
  let strategist: ApiClient;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = appWithoutTemporal(database.db);
    strategist = await signedIn(app, 'strategist');
  });
  afterAll(async () => database?.dispose());

  it('refuse a 2 MB sign-in before anyone is signed in, saying the limit', async () => {
    const res = await client(app).post('/api/v1/auth/sign-in', jsonOf(2 * MB, 'email'));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: 'payload_too_large', message: expect.stringMatching(/^bodies on this route are limited to 1 MB; /) });
  });

  it('cut off a body streamed without a length at the limit', async () => {
    const res = await app.request('/api/v1/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: streamOf(jsonOf(3 * MB, 'email')), duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('payload_too_large');
  });

  it('let a cadence graph be larger than other bodies, up to its own limit, and store nothing beyond it', async () => {
    const graph = (bytes: number) => ({ nodes: [{ id: 'entry', type: 'entry', position: { x: 0, y: 0 }, data: { config: { exitOn: ['paid'], note: 'x'.repeat(bytes) } } }], edges: [] });
    const big = await strategist.post('/api/v1/cadences', { name: 'Two megabytes', graph: graph(2 * MB) });
    expect(big.status, JSON.stringify(big.body).slice(0, 300)).toBe(201);
    const count = (await strategist.get('/api/v1/cadences')).body.length;
    const tooBig = await strategist.post('/api/v1/cadences', { name: 'Six megabytes', graph: graph(6 * MB) });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toMatch(/^cadence graphs \(a cadence or its draft\) and enrollment audiences are limited to 5 MB; /);
    expect((await strategist.get('/api/v1/cadences')).body).toHaveLength(count);
    // Other routes keep the JSON limit: a 2 MB rename is refused.
    const rename = await strategist.patch(`/api/v1/cadences/${big.body.id}`, { name: 'x'.repeat(2 * MB) });
    expect(rename.status).toBe(413);
  });

  it('follow the limits the app was given', async () => {
    const tight = appWithoutTemporal(database.db, { limits: { jsonBytes: 1024 } });
    const res = await client(tight).post('/api/v1/auth/sign-in', jsonOf(2048, 'email'));
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/limited to 1 KB/);
  });
});
