import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithWorker, client, startStack, type Stack } from '../testing/api-harness';

let stack: Stack;
beforeAll(async () => void (stack = await startStack()), 120_000);
afterAll(async () => void (await stack?.env.teardown()));

describeEachDatabase('meta routes and documentation', (db) => {
  let api: ReturnType<typeof client>;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    const h = await appWithWorker(stack, db());
    api = client(h.app);
    stop = h.stop;
  });
  afterAll(async () => stop?.());

  it('reports health of the database and Temporal', async () => {
    expect(await api.get('/api/v1/health')).toMatchObject({ status: 200, body: { ok: true, database: true, temporal: true } });
  });

  it('lists node kinds with a JSON Schema for each config', async () => {
    const { body } = await api.get('/api/v1/node-kinds');
    expect(body.map((k: { kind: string }) => k.kind).sort()).toEqual(['branch', 'entry', 'exit', 'send-message', 'wait', 'wait-for-event']);
    const send = body.find((k: { kind: string }) => k.kind === 'send-message');
    expect(send.configSchema.properties.channel.enum).toEqual(['sms', 'email']);
    expect(send.outcomes).toEqual([{ id: 'next', label: 'Sent' }]);
  });

  it('serves the OpenAPI document and an offline reference page', async () => {
    const doc = await api.get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cadences', '/api/v1/cadences/{id}/versions', '/api/v1/enrollments', '/api/v1/account-events', '/api/v1/outbox']),
    );
    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    expect(page.body).toContain('/docs/scalar.js');
    const script = await api.get('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await api.get('/api/v1/nothing-here')).status).toBe(404);
  });
});
