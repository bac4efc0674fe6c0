import { expect, it } from 'vitest';
import type { TimelineEntry } from '@kairos/cadence';
import { upsertAccount } from '../accounts/accounts';
import { createCadence } from '../cadences/cadences';
import { createEnrollment, getEnrollment, getTimeline, listActiveEnrollmentsForAccount, listEnrollments, recordProgress } from './enrollments';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { publishVersion } from '../cadences/versions';

describeEachDatabase('enrollments', (db) => {
  async function published() {
    await upsertAccount(db(), account('E-1'));
    const c = await createCadence(db(), { name: 'Enroll', graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    return { cadenceId: c.id, cadenceVersionId: version.id };
  }
  const workflowIdFor = (id: string) => `enrollment-${id}`;

  it('keeps one active enrollment per account and cadence, even under concurrent requests', async () => {
    const p = await published();
    const results = await Promise.all([1, 2, 3].map(() => createEnrollment(db(), { accountId: 'E-1', ...p, workflowIdFor })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.enrollment.id)).size).toBe(1);
    expect(results[0]!.enrollment.workflowId).toBe(`enrollment-${results[0]!.enrollment.id}`);
    expect(await listActiveEnrollmentsForAccount(db(), 'E-1')).toHaveLength(1);
  });

  it('records progress idempotently and allows a new enrollment after the last one finished', async () => {
    const p = await published();
    await upsertAccount(db(), account('E-2'));
    const { enrollment } = await createEnrollment(db(), { accountId: 'E-2', ...p, workflowIdFor });
    const entries: TimelineEntry[] = [
      { seq: 0, at: '2026-11-24T15:00:00.000Z', type: 'entered', stepId: 'start' },
      { seq: 1, at: '2026-11-24T15:00:00.000Z', type: 'left', stepId: 'start', outcome: 'next' },
    ];
    await recordProgress(db(), { enrollmentId: enrollment.id, entries, status: 'active', currentStepId: 'sms', exitReason: null });
    await recordProgress(db(), { enrollmentId: enrollment.id, entries, status: 'active', currentStepId: 'sms', exitReason: null });
    const done: TimelineEntry = { seq: 2, at: '2026-11-24T15:00:01.000Z', type: 'finished', stepId: 'end', outcome: 'paid', detail: { signal: 'paid' } };
    await recordProgress(db(), { enrollmentId: enrollment.id, entries: [done], status: 'finished', currentStepId: 'end', exitReason: 'paid' });
    expect(await getTimeline(db(), enrollment.id)).toEqual([...entries, done]);
    const row = await getEnrollment(db(), enrollment.id);
    expect(row).toMatchObject({ status: 'finished', exitReason: 'paid', currentStepId: 'end' });
    expect(row?.finishedAt).toBeInstanceOf(Date);
    const again = await createEnrollment(db(), { accountId: 'E-2', ...p, workflowIdFor });
    expect(again.created).toBe(true);
    expect((await listEnrollments(db(), { accountId: 'E-2', limit: 10 })).map((e) => e.status).sort()).toEqual(['active', 'finished']);
    expect(await listEnrollments(db(), { cadenceId: 'nope', limit: 10 })).toEqual([]);
  });

  it('does not revive a finished enrollment when an older progress batch is retried late', async () => {
    const p = await published();
    await upsertAccount(db(), account('E-3'));
    const { enrollment } = await createEnrollment(db(), { accountId: 'E-3', ...p, workflowIdFor });
    const early: TimelineEntry = { seq: 0, at: '2026-11-24T15:00:00.000Z', type: 'entered', stepId: 'start' };
    const done: TimelineEntry = { seq: 1, at: '2026-11-24T15:00:01.000Z', type: 'finished', stepId: 'end' };
    await recordProgress(db(), { enrollmentId: enrollment.id, entries: [done], status: 'finished', currentStepId: 'end', exitReason: 'completed' });
    const finishedAt = (await getEnrollment(db(), enrollment.id))?.finishedAt;
    await recordProgress(db(), { enrollmentId: enrollment.id, entries: [early], status: 'active', currentStepId: 'start', exitReason: null });
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ status: 'finished', currentStepId: 'end', exitReason: 'completed', finishedAt });
    expect((await getTimeline(db(), enrollment.id)).map((e) => e.seq)).toEqual([0, 1]);
  });

  it('leaves the enrollment as it was when its timeline rows cannot be written', async () => {
    const p = await published();
    await upsertAccount(db(), account('E-4'));
    const { enrollment } = await createEnrollment(db(), { accountId: 'E-4', ...p, workflowIdFor });
    const broken = { seq: 0, at: 'not a time', type: 'finished', stepId: 'end' } as TimelineEntry;
    await expect(
      recordProgress(db(), { enrollmentId: enrollment.id, entries: [broken], status: 'finished', currentStepId: 'end', exitReason: 'completed' }),
    ).rejects.toThrow();
    expect(await getEnrollment(db(), enrollment.id)).toMatchObject({ status: 'active', finishedAt: null, exitReason: null });
  });

  it('refuses progress for an enrollment that does not exist and stores none of it', async () => {
    const ghost = crypto.randomUUID();
    const entry: TimelineEntry = { seq: 0, at: '2026-11-24T15:00:00.000Z', type: 'entered', stepId: 'start' };
    for (const entries of [[], [entry]]) {
      await expect(
        recordProgress(db(), { enrollmentId: ghost, entries, status: 'active', currentStepId: 'start', exitReason: null }),
      ).rejects.toThrow(`enrollment ${ghost} does not exist`);
    }
    expect(await getTimeline(db(), ghost)).toEqual([]);
  });
});
