import { expect, it } from 'vitest';
import { createCadence, getCadence, listCadences, saveDraft } from './cadences';
import { duplicateCadence, updateCadence } from './cadence-lifecycle';
import { tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';

describeEachDatabase('cadence lifecycle', (db) => {
  it('renames and describes a cadence without moving its draft revision', async () => {
    const c = await createCadence(db(), { name: 'Early', graph: tinyGraph() });
    const renamed = await updateCadence(db(), c.id, { name: 'Early stage', description: 'first month' });
    expect(renamed).toMatchObject({ name: 'Early stage', description: 'first month', draftRevision: 1 });
    // An editor that loaded revision 1 keeps saving.
    expect(await saveDraft(db(), c.id, { graph: tinyGraph('Hi again'), expectedRevision: 1 })).toMatchObject({ ok: true });
    expect((await updateCadence(db(), c.id, {}))?.name).toBe('Early stage');
  });

  it('archives and restores, hiding archived cadences from the default list', async () => {
    const c = await createCadence(db(), { name: 'Old campaign', graph: tinyGraph() });
    const archived = await updateCadence(db(), c.id, { archived: true });
    expect(archived?.archivedAt).toBeInstanceOf(Date);
    const again = await updateCadence(db(), c.id, { archived: true });
    expect(again?.archivedAt?.getTime()).toBe(archived?.archivedAt?.getTime());
    expect((await listCadences(db())).map((r) => r.id)).not.toContain(c.id);
    expect((await listCadences(db(), { includeArchived: true })).map((r) => r.id)).toContain(c.id);
    expect((await updateCadence(db(), c.id, { archived: false }))?.archivedAt).toBeNull();
    expect((await listCadences(db())).map((r) => r.id)).toContain(c.id);
  });

  it('duplicates the draft into a new cadence named as a copy', async () => {
    const c = await createCadence(db(), { name: 'Mid stage', description: 'days 31-60', graph: tinyGraph('Original') });
    const copy = await duplicateCadence(db(), c.id, { createdBy: 'ana' });
    expect(copy).toMatchObject({ name: 'Copy of Mid stage', description: 'days 31-60', draftRevision: 1, createdBy: 'ana' });
    expect(copy?.id).not.toBe(c.id);
    expect(copy?.draftGraph).toEqual(tinyGraph('Original'));
    expect((await duplicateCadence(db(), c.id, { name: 'Mid stage B' }))?.name).toBe('Mid stage B');
    expect((await getCadence(db(), c.id))?.name).toBe('Mid stage');
  });

  it('answers null for cadences that do not exist', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
      expect(await updateCadence(db(), id, { name: 'x' })).toBeNull();
      expect(await duplicateCadence(db(), id)).toBeNull();
    }
  });
});
