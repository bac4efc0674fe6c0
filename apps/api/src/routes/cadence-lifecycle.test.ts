import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, example, signedIn, type ApiClient } from '../testing/api-harness';

describeEachDatabase('cadence lifecycle routes', (db) => {
  let api: ApiClient;
  let officer: ApiClient;
  beforeAll(async () => {
    const app = appWithoutTemporal(db());
    api = await signedIn(app, 'strategist');
    officer = await signedIn(app, 'compliance_officer');
  });
  const create = async (name: string) => (await api.post('/api/v1/cadences', { name, graph: example() })).body as { id: string; draftRevision: number };

  it('renames a cadence and leaves its draft revision alone, so an open editor keeps saving', async () => {
    const c = await create('Early');
    const renamed = await api.patch(`/api/v1/cadences/${c.id}`, { name: '  Early stage ', description: 'days 1-30' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: c.id, name: 'Early stage', description: 'days 1-30', draftRevision: 1 });
    expect((await api.put(`/api/v1/cadences/${c.id}/draft`, { graph: example(), expectedRevision: 1 })).status).toBe(200);
  });

  it('archives a cadence out of the default list and restores it', async () => {
    const c = await create('Seasonal');
    const archived = await api.patch(`/api/v1/cadences/${c.id}`, { archived: true });
    expect(archived.body.archivedAt).toEqual(expect.any(String));
    expect((await api.get('/api/v1/cadences')).body.map((x: { id: string }) => x.id)).not.toContain(c.id);
    expect((await api.get('/api/v1/cadences?includeArchived=true')).body.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await api.patch(`/api/v1/cadences/${c.id}`, { archived: false })).body.archivedAt).toBeNull();
    expect((await api.get('/api/v1/cadences')).body.map((x: { id: string }) => x.id)).toContain(c.id);
  });

  it('duplicates a draft into a new cadence, with or without a new name', async () => {
    const c = await create('Mid stage');
    const copy = await api.post(`/api/v1/cadences/${c.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Copy of Mid stage', draftRevision: 1, issues: [] });
    // The copy is the duplicating strategist's own draft (its author, for the approval rule).
    expect(copy.body.createdBy).toBe((await api.get('/api/v1/me')).body.user?.id ?? (await api.get('/api/v1/me')).body.id);
    expect(copy.body.id).not.toBe(c.id);
    expect(copy.body.draftGraph).toEqual((await api.get(`/api/v1/cadences/${c.id}`)).body.draftGraph);
    expect((await api.post(`/api/v1/cadences/${c.id}/duplicate`, { name: 'Mid stage (B)' })).body.name).toBe('Mid stage (B)');
  });

  it('lets only designers rename, archive or duplicate; others read', async () => {
    const c = await create('Guarded');
    expect((await officer.patch(`/api/v1/cadences/${c.id}`, { archived: true })).body.error).toBe('forbidden');
    expect((await officer.post(`/api/v1/cadences/${c.id}/duplicate`)).status).toBe(403);
    expect((await officer.get(`/api/v1/cadences/${c.id}`)).body.archivedAt).toBeNull();
  });

  it('rejects empty names and unknown fields naming the field, and answers 404 for unknown cadences', async () => {
    const c = await create('Strict');
    const blank = await api.patch(`/api/v1/cadences/${c.id}`, { name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.issues).toContainEqual({ field: 'name', message: 'a cadence needs a name' });
    const unknown = await api.patch(`/api/v1/cadences/${c.id}`, { draftGraph: {} });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0].message).toMatch(/draftGraph/);
    expect((await api.patch(`/api/v1/cadences/${crypto.randomUUID()}`, { name: 'x' })).status).toBe(404);
    expect((await api.post('/api/v1/cadences/nope/duplicate')).status).toBe(404);
  });
});
