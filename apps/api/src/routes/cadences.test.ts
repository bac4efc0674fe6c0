import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, example, type ApiClient } from '../testing/api-harness';

describeEachDatabase('cadence routes', (db) => {
  let api: ApiClient;
  beforeAll(async () => {
    api = await signedIn(appWithoutTemporal(db()), 'strategist');
  });

  it('creates a cadence with a starter graph and says what blocks publishing', async () => {
    const res = await api.post('/api/v1/cadences', { name: 'Early stage', description: 'first 30 days' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Early stage', description: 'first 30 days', draftRevision: 1 });
    expect(res.body.draftGraph.nodes).toEqual([expect.objectContaining({ id: 'entry', type: 'entry' })]);
    expect(res.body.issues).toContainEqual(expect.objectContaining({ code: 'unwired-outcome', nodeId: 'entry', field: 'outcomes.next' }));
  });

  it('creates a cadence from a whole graph, and lists and reads it back', async () => {
    const res = await api.post('/api/v1/cadences', { name: 'Three reminders', graph: example() });
    expect(res.status).toBe(201);
    expect(res.body.issues).toEqual([]);
    const read = await api.get(`/api/v1/cadences/${res.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: res.body.id, name: 'Three reminders', issues: [] });
    expect(read.body.draftGraph.nodes).toHaveLength(9);
    expect(read.body.findings).toEqual([]);
    expect(read.body.lifecycle).toMatchObject({ state: 'draft', draftHash: expect.stringMatching(/^[0-9a-f]{64}$/), liveVersionId: null });
    const list = await api.get('/api/v1/cadences');
    expect(list.status).toBe(200);
    expect(list.body.map((c: { id: string }) => c.id)).toContain(res.body.id);
    expect(list.body.find((c: { id: string }) => c.id === res.body.id)).toMatchObject({ createdBy: res.body.createdBy, createdByName: 'strategist' });
  });

  it('rejects bad bodies with 400 naming the field at fault', async () => {
    const noName = await api.post('/api/v1/cadences', { graph: example() });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ error: 'invalid_request', issues: [expect.objectContaining({ field: 'name' })] });
    const badNode = await api.post('/api/v1/cadences', { name: 'x', graph: { nodes: [{ type: 'entry', position: { x: 0, y: 0 } }], edges: [] } });
    expect(badNode.status).toBe(400);
    expect(badNode.body.issues).toContainEqual(expect.objectContaining({ field: 'graph.nodes.0.id' }));
    const notJson = await api.post('/api/v1/cadences', '{"name": ');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error).toBe('invalid_request');
    expect((await api.get('/api/v1/cadences?includeArchived=maybe')).body.issues[0].field).toBe('includeArchived');
  });

  it('answers 404 for unknown cadences, uuid or not, saying where to look', async () => {
    const unknown = await api.get(`/api/v1/cadences/${crypto.randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/GET \/api\/v1\/cadences/);
    expect((await api.get('/api/v1/cadences/nope')).status).toBe(404);
    expect((await api.put('/api/v1/cadences/nope/draft', { graph: example() })).status).toBe(404);
    expect((await api.post(`/api/v1/cadences/${crypto.randomUUID()}/validate`)).status).toBe(404);
  });

  it('saves drafts that have problems and returns them as issues', async () => {
    const { body: created } = await api.post('/api/v1/cadences', { name: 'Reminders' });
    const broken = example();
    broken.edges.pop();
    const saved = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: broken, name: 'Reminders v2', expectedRevision: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: 'Reminders v2', draftRevision: 2 });
    expect(saved.body.issues).toContainEqual(expect.objectContaining({ code: 'unwired-outcome', nodeId: 'sms-2', field: 'outcomes.next' }));
    const validated = await api.post(`/api/v1/cadences/${created.id}/validate`);
    expect(validated.status).toBe(200);
    expect(validated.body.issues).toEqual(saved.body.issues);
    expect((await api.get(`/api/v1/cadences/${created.id}`)).body.draftGraph.edges).toHaveLength(7);
  });

  it('refuses a draft saved over a newer revision with 409 and what to do', async () => {
    const { body: created } = await api.post('/api/v1/cadences', { name: 'Contested' });
    expect((await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example(), expectedRevision: 1 })).status).toBe(200);
    const stale = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example(), expectedRevision: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'revision_conflict', message: expect.stringMatching(/revision 2.*reload/) });
    const badRevision = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example(), expectedRevision: 'two' });
    expect(badRevision.status).toBe(400);
    expect(badRevision.body.issues[0].field).toBe('expectedRevision');
    const hugeRevision = await api.put(`/api/v1/cadences/${created.id}/draft`, { graph: example(), expectedRevision: 3_000_000_000 });
    expect(hugeRevision.status).toBe(400);
    expect(hugeRevision.body.issues[0].field).toBe('expectedRevision');
    expect((await api.put(`/api/v1/cadences/${created.id}/draft`, {})).body.issues[0].field).toBe('graph');
  });
});
