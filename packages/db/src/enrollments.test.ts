import { expect, it } from 'vitest';
import type { TimelineEntry } from '@kairos/cadence';
import { upsertAccount } from './accounts';
import { createCadence } from './cadences';
import { createEnrollment, getEnrollment, getTimeline, listActiveEnrollmentsForAccount, listEnrollments, recordProgress } from './enrollments';
import { account, compiled, tinyGraph } from './fixtures.test-support';
import { describeEachDatabase } from './testing';
import { publishVersion } from './versions';

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
});
