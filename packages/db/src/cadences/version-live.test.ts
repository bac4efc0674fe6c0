import { expect, it } from 'vitest';
import type { TimelineEntry } from '@kairos/cadence';
import { upsertAccount } from '../accounts/accounts';
import { createCadence } from './cadences';
import { createEnrollment, recordProgress } from '../enrollments/enrollments';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { versionLiveCounts } from './version-live';
import { publishVersion } from './versions';

describeEachDatabase('live counts of a version', (db) => {
  const workflowIdFor = (id: string) => `enrollment-${id}`;
  const at = '2026-11-24T15:00:00.000Z';
  const entered = (seq: number, stepId: string): TimelineEntry => ({ seq, at, type: 'entered', stepId });
  const left = (seq: number, stepId: string): TimelineEntry => ({ seq, at, type: 'left', stepId, outcome: 'next' });

  it('counts enrollments at each step now, those that passed it and those that ended there', async () => {
    const c = await createCadence(db(), { name: 'Live', graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    const enroll = async (accountId: string) => {
      await upsertAccount(db(), account(accountId));
      return (await createEnrollment(db(), { accountId, cadenceId: c.id, cadenceVersionId: version.id, workflowIdFor })).enrollment.id;
    };
    // L-1 waits at the SMS step; L-2 went through it and finished at the exit; L-3 was interrupted at the SMS step by a payment.
    const waiting = await enroll('L-1');
    await recordProgress(db(), { enrollmentId: waiting, entries: [entered(0, 'start'), left(1, 'start'), entered(2, 'sms')], status: 'active', currentStepId: 'sms', exitReason: null });
    const through = await enroll('L-2');
    await recordProgress(db(), {
      enrollmentId: through,
      entries: [entered(0, 'start'), left(1, 'start'), entered(2, 'sms'), left(3, 'sms'), entered(4, 'end'), { seq: 5, at, type: 'finished', stepId: 'end', outcome: 'completed' }],
      status: 'finished',
      currentStepId: 'end',
      exitReason: 'completed',
    });
    const paid = await enroll('L-3');
    await recordProgress(db(), {
      enrollmentId: paid,
      entries: [entered(0, 'start'), left(1, 'start'), entered(2, 'sms'), { seq: 3, at, type: 'finished', stepId: 'sms', outcome: 'paid' }],
      status: 'finished',
      currentStepId: 'sms',
      exitReason: 'paid',
    });

    const live = await versionLiveCounts(db(), version.id);
    expect(live.enrollments).toEqual({ active: 1, paused: 0, finished: 2, failed: 0 });
    expect(live.exitReasons).toEqual({ completed: 1, paid: 1 });
    expect(live.steps).toEqual({
      start: { now: 0, passed: 3, ended: 0 },
      sms: { now: 1, passed: 1, ended: 1 },
      end: { now: 0, passed: 0, ended: 1 },
    });
  });

  it('is empty for a version without enrollments or one that does not exist', async () => {
    const c = await createCadence(db(), { name: 'Quiet', graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    const none = { steps: {}, enrollments: { active: 0, paused: 0, finished: 0, failed: 0 }, exitReasons: {} };
    expect(await versionLiveCounts(db(), version.id)).toEqual(none);
    expect(await versionLiveCounts(db(), crypto.randomUUID())).toEqual(none);
    expect(await versionLiveCounts(db(), 'nope')).toEqual(none);
  });
});
