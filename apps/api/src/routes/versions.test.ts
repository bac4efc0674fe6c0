import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, approveAndPublish, example, signedIn, type ApiClient } from '../testing/api-harness';

describeEachDatabase('version routes', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let api: ApiClient;
  beforeAll(async () => {
    app = appWithoutTemporal(db());
    api = await signedIn(app, 'strategist');
  });

  it('publishes an approved draft as version 1 with its hash, IR and approval, and again only when the content changes', async () => {
    const { body: cadence } = await api.post('/api/v1/cadences', { name: 'Reminders', graph: example() });
    const published = await approveAndPublish(app, cadence.id);
    expect(published).toMatchObject({ cadenceId: cadence.id, version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/), reviewId: expect.any(String) });
    expect((published as unknown as { ir: { entry: string; hash: string } }).ir).toMatchObject({ entry: 'start', hash: published.hash });

    const same = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(published.id);

    const changed = example();
    changed.nodes.find((n) => n.id === 'wait-3d')!.data.config = { mode: 'duration', duration: { days: 4 } };
    await api.put(`/api/v1/cadences/${cadence.id}/draft`, { graph: changed });
    const second = await approveAndPublish(app, cadence.id);
    expect(second.version).toBe(2);
    expect(second.hash).not.toBe(published.hash);

    const list = await api.get(`/api/v1/cadences/${cadence.id}/versions`);
    expect(list.status).toBe(200);
    expect(list.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(list.body[0].ir).toBeUndefined();
    const full = await api.get(`/api/v1/versions/${published.id}`);
    expect(full.status).toBe(200);
    expect(full.body.graph.nodes).toHaveLength(9);
    expect(full.body.approvedBy).toEqual(expect.any(String));
    // People by name, not only by id: the version history shows who published and who approved.
    expect(full.body).toMatchObject({ publishedByName: 'strategist', approvedByName: 'compliance officer' });
    expect(list.body[1]).toMatchObject({ publishedByName: 'strategist', approvedByName: 'compliance officer' });
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

  it('refuses to publish content nobody approved: 403 saying what to do', async () => {
    const { body: cadence } = await api.post('/api/v1/cadences', { name: 'Unreviewed', graph: example() });
    const res = await api.post(`/api/v1/cadences/${cadence.id}/versions`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'publish_refused', code: 'not_approved', message: expect.stringMatching(/submit it for review/) });
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
