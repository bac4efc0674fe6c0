import { expect, it } from 'vitest';
import { cadenceExists, createCadence, getCadence, listCadences, saveDraft } from './cadences';
import { compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { getLatestVersion, getLatestVersionId, getVersion, listVersions, publishVersion } from './versions';

describeEachDatabase('cadences and versions', (db) => {
  it('saves drafts with a revision that refuses stale writes', async () => {
    const c = await createCadence(db(), { name: 'Early stage', graph: tinyGraph() });
    expect(c.draftRevision).toBe(1);
    expect(await cadenceExists(db(), c.id)).toBe(true);
    const saved = await saveDraft(db(), c.id, { graph: tinyGraph('Hello'), expectedRevision: 1, name: 'Early stage v2' });
    expect(saved).toMatchObject({ ok: true, cadence: { draftRevision: 2, name: 'Early stage v2' } });
    expect(await saveDraft(db(), c.id, { graph: tinyGraph(), expectedRevision: 1 })).toEqual({
      ok: false,
      reason: 'revision-conflict',
      currentRevision: 2,
    });
    const unchecked = await saveDraft(db(), c.id, { graph: tinyGraph('Last writer') });
    expect(unchecked).toMatchObject({ ok: true, cadence: { draftRevision: 3, name: 'Early stage v2' } });
    expect((await getCadence(db(), c.id))?.draftGraph).toEqual(tinyGraph('Last writer'));
    expect(await saveDraft(db(), crypto.randomUUID(), { graph: tinyGraph() })).toEqual({ ok: false, reason: 'not-found' });
    expect(await saveDraft(db(), 'not-a-uuid', { graph: tinyGraph() })).toEqual({ ok: false, reason: 'not-found' });
    expect(await getCadence(db(), 'not-a-uuid')).toBeNull();
  });

  it('numbers published versions per cadence and republishing the same content is idempotent', async () => {
    const c = await createCadence(db(), { name: 'Mid stage', graph: tinyGraph() });
    const v1 = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'ana' });
    const again = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'ana' });
    expect(v1.created).toBe(true);
    expect(again).toEqual({ version: v1.version, created: false });
    const other = tinyGraph('Second wording {{ account.amountDue }}');
    const v2 = await publishVersion(db(), { cadenceId: c.id, graph: other, ir: compiled(other), publishedBy: 'ana' });
    expect(v2.version.version).toBe(2);
    expect((await listVersions(db(), c.id)).map((v) => v.version)).toEqual([2, 1]);
    expect((await getLatestVersion(db(), c.id))?.id).toBe(v2.version.id);
    expect((await getVersion(db(), v1.version.id))?.hash).toBe(compiled(tinyGraph()).hash);
    expect(await getLatestVersionId(db(), c.id)).toBe(v2.version.id);
    // Content that an older version had is a new version when the latest differs: a deliberate rollback.
    const back = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'ana' });
    expect(back).toMatchObject({ created: true, version: { version: 3, hash: v1.version.hash } });
  });

  it('refuses to publish a version of a cadence that does not exist', async () => {
    const ir = compiled(tinyGraph());
    for (const cadenceId of [crypto.randomUUID(), 'not-a-uuid']) {
      await expect(publishVersion(db(), { cadenceId, graph: tinyGraph(), ir, publishedBy: 'x' })).rejects.toThrow(
        `cadence ${cadenceId} does not exist`,
      );
      expect(await listVersions(db(), cadenceId)).toEqual([]);
      expect(await getLatestVersionId(db(), cadenceId)).toBeNull();
      expect(await cadenceExists(db(), cadenceId)).toBe(false);
    }
  });

  it('gives concurrent publishers distinct, gap-free numbers', async () => {
    const c = await createCadence(db(), { name: 'Race', graph: tinyGraph() });
    const graphs = [1, 2, 3, 4].map((n) => tinyGraph(`Variant ${n}`));
    const results = await Promise.all(graphs.map((g) => publishVersion(db(), { cadenceId: c.id, graph: g, ir: compiled(g), publishedBy: 'x' })));
    expect(results.map((r) => r.version.version).sort()).toEqual([1, 2, 3, 4]);
  });

  it('lists cadences without archived ones unless asked', async () => {
    const all = await listCadences(db(), { includeArchived: true });
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect((await listCadences(db())).length).toBe(all.length);
  });
});
