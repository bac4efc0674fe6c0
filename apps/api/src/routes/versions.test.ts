import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import type { PublishGate, PublishGateContext } from '../publish-gate';
import { appWithoutTemporal, client, example, type ApiClient } from '../testing/api-harness';

describeEachDatabase('version routes', (db) => {
  let api: ApiClient;
  let gated: ApiClient;
  const asked: PublishGateContext[] = [];
  const refuse: PublishGate = async (ctx) => {
    asked.push(ctx);
    return { allowed: false, reason: 'needs approval by a compliance officer' };
  };
  beforeAll(() => {
    api = client(appWithoutTemporal(db()));
    gated = client(appWithoutTemporal(db(), { publishGate: refuse })); // same database, only the gate differs
  });

  it('publishes the draft as version 1 with its hash and IR, and again only when the content changes', async () => {
    const { body: cadence } = await api.post('/api/v1/cadences', { name: 'Reminders', graph: example() });
    const published = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ cadenceId: cadence.id, version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(published.body.ir).toMatchObject({ entry: 'start', hash: published.body.hash });

    const same = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(published.body.id);

    const changed = example();
    changed.nodes.find((n) => n.id === 'wait-3d')!.data.config = { mode: 'duration', duration: { days: 4 } };
    await api.put(`/api/v1/cadences/${cadence.id}/draft`, { graph: changed });
    const second = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);
    expect(second.body.hash).not.toBe(published.body.hash);

    const list = await api.get(`/api/v1/cadences/${cadence.id}/versions`);
    expect(list.status).toBe(200);
    expect(list.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(list.body[0].ir).toBeUndefined();
    const full = await api.get(`/api/v1/versions/${published.body.id}`);
    expect(full.status).toBe(200);
    expect(full.body.graph.nodes).toHaveLength(7);
    expect(full.body.ir.steps['wait-3d']).toBeDefined();
  });

  it('refuses to publish a draft with errors: 422 with each issue at its node and field', async () => {
    const broken = example();
    broken.edges.pop();
    const { body: cadence } = await api.post('/api/v1/cadences', { name: 'Broken', graph: broken });
    const refused = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: 'invalid_cadence' });
    expect(refused.body.issues).toContainEqual(expect.objectContaining({ nodeId: 'sms-2', field: 'outcomes.next', severity: 'error' }));
    expect((await api.get(`/api/v1/cadences/${cadence.id}/versions`)).body).toEqual([]);
  });

  it('refuses to publish when the gate says no, with its reason, after asking with the hash and actor', async () => {
    const { body: cadence } = await api.post('/api/v1/cadences', { name: 'Gated', graph: example() });
    const res = await gated.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'publish_refused', message: 'needs approval by a compliance officer' });
    expect(asked.at(-1)).toMatchObject({ cadenceId: cadence.id, hash: expect.stringMatching(/^[0-9a-f]{64}$/), actor: 'api' });
    expect((await api.get(`/api/v1/cadences/${cadence.id}/versions`)).body).toEqual([]);
  });

  it('answers 404 for unknown cadences and versions', async () => {
    const publish = await api.post(`/api/v1/cadences/${crypto.randomUUID()}/versions`);
    expect(publish.status).toBe(404);
    expect(publish.body.message).toMatch(/GET \/api\/v1\/cadences/);
    expect((await api.get('/api/v1/cadences/nope/versions')).status).toBe(404);
    const version = await api.get(`/api/v1/versions/${crypto.randomUUID()}`);
    expect(version.status).toBe(404);
    expect(version.body.message).toMatch(/versions/);
    expect((await api.get('/api/v1/versions/nope')).status).toBe(404);
  });
});
