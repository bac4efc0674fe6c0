import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import type { PublishGate } from '../publish-gate';
import { appWithWorker, client, example, startStack, type Stack } from '../testing/api-harness';

let stack: Stack;
beforeAll(async () => void (stack = await startStack()), 120_000);
afterAll(async () => void (await stack?.env.teardown()));

describeEachDatabase('cadence and version routes', (db) => {
  let api: ReturnType<typeof client>;
  let stop: () => Promise<void>;
  const gateSays: { allowed: boolean } = { allowed: true };
  const gate: PublishGate = async () => (gateSays.allowed ? { allowed: true } : { allowed: false, reason: 'needs approval by a compliance officer' });
  beforeAll(async () => {
    const h = await appWithWorker(stack, db(), gate);
    api = client(h.app);
    stop = h.stop;
  });
  afterAll(async () => stop?.());

  it('creates a cadence with a starter graph and says what blocks publishing', async () => {
    const res = await api.post('/api/v1/cadences', { name: 'Early stage' });
    expect(res.status).toBe(201);
    expect(res.body.draftGraph.nodes).toHaveLength(1);
    expect(res.body.issues).toContainEqual(expect.objectContaining({ code: 'unwired-outcome', nodeId: 'entry', field: 'outcomes.next' }));
    expect((await api.get(`/api/v1/cadences/${res.body.id}`)).body.name).toBe('Early stage');
    expect((await api.get('/api/v1/cadences')).body.map((c: { id: string }) => c.id)).toContain(res.body.id);
  });

  it('rejects bad bodies with the field at fault', async () => {
    const noName = await api.post('/api/v1/cadences', { graph: example() });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ error: 'invalid_request', issues: [expect.objectContaining({ field: 'name' })] });
    const badNode = await api.post('/api/v1/cadences', { name: 'x', graph: { nodes: [{ type: 'entry', position: { x: 0, y: 0 } }], edges: [] } });
    expect(badNode.status).toBe(400);
    expect(badNode.body.issues).toContainEqual(expect.objectContaining({ field: 'graph.nodes.0.id' }));
    const notJson = await api.post('/api/v1/cadences', '{"name": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toBe('invalid_request');
  });

  it('answers 404 for unknown ids, uuid or not', async () => {
    expect((await api.get(`/api/v1/cadences/${crypto.randomUUID()}`)).status).toBe(404);
    const notUuid = await api.get('/api/v1/cadences/nope');
    expect(notUuid.status).toBe(404);
    expect(notUuid.body.message).toMatch(/GET \/api\/v1\/cadences/);
    expect((await api.get('/api/v1/versions/nope')).status).toBe(404);
    expect((await api.put('/api/v1/cadences/nope/draft', { graph: example() })).status).toBe(404);
  });

  it('saves drafts with optimistic revisions, validates, publishes and lists versions', async () => {
    const { body: created } = await api.post('/api/v1/cadences', { name: 'Reminders' });
    const broken = example();
    broken.edges.pop();
    const saved = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: broken, expectedRevision: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body.draftRevision).toBe(2);
    expect(saved.body.issues).toContainEqual(expect.objectContaining({ code: 'unwired-outcome', nodeId: 'sms-2' }));
    const stale = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example(), expectedRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/revision 2/);

    const refused = await api.post(`/api/v1/cadences/${created.id}/versions`);
    expect(refused.status).toBe(422);
    expect(refused.body.issues).toContainEqual(expect.objectContaining({ nodeId: 'sms-2', field: 'outcomes.next' }));
    expect((await api.post(`/api/v1/cadences/${created.id}/validate`)).body.issues).toHaveLength(refused.body.issues.length);

    await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example() });
    const published = await api.post(`/api/v1/cadences/${created.id}/versions`);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await api.post(`/api/v1/cadences/${created.id}/versions`);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(published.body.id);
    const versions = await api.get(`/api/v1/cadences/${created.id}/versions`);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([1]);
    const full = await api.get(`/api/v1/versions/${published.body.id}`);
    expect(full.body.ir.entry).toBe('start');
  });

  it('refuses to publish when the gate says no', async () => {
    const { body } = await api.post('/api/v1/cadences', { name: 'Gated', graph: example() });
    gateSays.allowed = false;
    try {
      const res = await api.post(`/api/v1/cadences/${body.id}/versions`);
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/compliance officer/);
      expect((await api.get(`/api/v1/cadences/${body.id}/versions`)).body).toEqual([]);
    } finally {
      gateSays.allowed = true;
    }
  });
});
