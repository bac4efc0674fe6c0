import { expect, it } from 'vitest';
import { upsertAccount } from '../accounts/accounts';
import { listAudit } from '../audit/audit';
import { createCadence } from '../cadences/cadences';
import { versionLiveCounts } from '../cadences/version-live';
import { publishVersion } from '../cadences/versions';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { planControl, recordControl, versionEnrollmentsToControl, versionPauseCounts } from './enrollment-control';
import { createEnrollment, getEnrollment, listEnrollments, recordProgress } from './enrollments';

const actor = { id: 'u-1', email: 'sam@example.com', role: 'strategist' };
const workflowIdFor = (id: string) => `enrollment-${id}`;

describeEachDatabase('pausing, resuming and stopping enrollments', (db) => {
  let n = 0;
  async function enrolled(portfolioId?: string) {
    const id = `PC-${n++}`;
    await upsertAccount(db(), { ...account(id), ...(portfolioId ? { portfolioId } : {}) });
    const c = await createCadence(db(), { name: 'Pause', graph: tinyGraph() });
    const { version } = await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    const { enrollment } = await createEnrollment(db(), { accountId: id, cadenceId: c.id, cadenceVersionId: version.id, workflowIdFor });
    return enrollment;
  }

  it('records who paused an enrollment, when and why, audited; a second pause changes nothing', async () => {
    const e = await enrolled();
    expect(planControl(e, 'pause')).toEqual({ outcome: 'paused', changes: true });
    const paused = await recordControl(db(), { enrollmentId: e.id, action: 'pause', actor, reason: 'incident' });
    expect(paused).toMatchObject({ status: 'active', pausedBy: 'sam@example.com', pauseReason: 'incident', pausedAt: expect.any(Date) });
    expect(planControl(paused!, 'pause')).toEqual({ outcome: 'already_paused', changes: false });
    expect(await recordControl(db(), { enrollmentId: e.id, action: 'pause', actor, reason: 'again' })).toBeNull();
    const [entry] = await listAudit(db(), { action: 'enrollment_paused', cadenceId: e.cadenceId, limit: 5 });
    expect(entry).toMatchObject({ enrollmentId: e.id, versionId: e.cadenceVersionId, actorEmail: 'sam@example.com', detail: { accountId: e.accountId, reason: 'incident' } });
  });

  it('keeps a paused enrollment active: the account cannot be enrolled in the cadence a second time', async () => {
    const e = await enrolled();
    await recordControl(db(), { enrollmentId: e.id, action: 'pause', actor, reason: 'incident' });
    const again = await createEnrollment(db(), { accountId: e.accountId, cadenceId: e.cadenceId, cadenceVersionId: e.cadenceVersionId, workflowIdFor });
    expect(again).toMatchObject({ created: false, enrollment: { id: e.id } });
    expect(await listEnrollments(db(), { accountId: e.accountId, status: 'active', limit: 5 })).toHaveLength(1);
  });

  it('clears the pause at resume, and a resume of a running enrollment changes nothing', async () => {
    const e = await enrolled();
    expect(planControl(e, 'resume')).toEqual({ outcome: 'not_paused', changes: false });
    expect(await recordControl(db(), { enrollmentId: e.id, action: 'resume', actor, reason: null })).toBeNull();
    await recordControl(db(), { enrollmentId: e.id, action: 'pause', actor, reason: 'incident' });
    const resumed = await recordControl(db(), { enrollmentId: e.id, action: 'resume', actor, reason: 'fixed' });
    expect(resumed).toMatchObject({ status: 'active', pausedAt: null, pausedBy: null, pauseReason: null });
    expect(await listAudit(db(), { action: 'enrollment_resumed', cadenceId: e.cadenceId, limit: 5 })).toHaveLength(1);
  });

  it('stops an enrollment as finished and stopped; a late progress batch of the run does not revive it', async () => {
    const e = await enrolled();
    await recordControl(db(), { enrollmentId: e.id, action: 'pause', actor, reason: 'incident' });
    const stopped = await recordControl(db(), { enrollmentId: e.id, action: 'stop', actor, reason: 'asked by phone' });
    expect(stopped).toMatchObject({ status: 'finished', exitReason: 'stopped', finishedAt: expect.any(Date), pausedAt: null });
    expect(planControl(stopped!, 'stop')).toEqual({ outcome: 'already_finished', changes: false });
    await recordProgress(db(), { enrollmentId: e.id, entries: [], status: 'active', currentStepId: 'sms', exitReason: null });
    expect(await getEnrollment(db(), e.id)).toMatchObject({ status: 'finished', exitReason: 'stopped' });
  });

  it('records a stop whose run recorded its own end first (the workflow is told before the row is written)', async () => {
    const e = await enrolled();
    await recordProgress(db(), { enrollmentId: e.id, entries: [], status: 'finished', currentStepId: 'sms', exitReason: 'stopped' });
    const stopped = await recordControl(db(), { enrollmentId: e.id, action: 'stop', actor, reason: 'asked by phone' });
    expect(stopped).toMatchObject({ id: e.id, status: 'finished', exitReason: 'stopped' });
    expect((await listAudit(db(), { action: 'enrollment_stopped', cadenceId: e.cadenceId, limit: 5 })).map((r) => r.enrollmentId)).toEqual([e.id]);
    // An enrollment that ended otherwise was not stopped by anyone.
    const paid = await enrolled();
    await recordProgress(db(), { enrollmentId: paid.id, entries: [], status: 'finished', currentStepId: 'sms', exitReason: 'paid' });
    expect(await recordControl(db(), { enrollmentId: paid.id, action: 'stop', actor, reason: 'late' })).toBeNull();
  });

  it("works through a version's enrollments in batches, only those in the reader's portfolios, and counts the paused", async () => {
    const first = await enrolled('north');
    // Two more enrollments of the same version, one in another portfolio.
    const more = await Promise.all(
      ['north', 'south'].map(async (portfolioId) => {
        const id = `PC-${n++}`;
        await upsertAccount(db(), { ...account(id), portfolioId });
        return (await createEnrollment(db(), { accountId: id, cadenceId: first.cadenceId, cadenceVersionId: first.cadenceVersionId, workflowIdFor })).enrollment;
      }),
    );
    const north = { portfolios: ['north'], queuesOnly: false };
    const batch = await versionEnrollmentsToControl(db(), { versionId: first.cadenceVersionId, action: 'pause', limit: 1 }, north);
    expect(batch).toHaveLength(1);
    const rest = await versionEnrollmentsToControl(db(), { versionId: first.cadenceVersionId, action: 'pause', limit: 10, afterId: batch[0]!.id }, north);
    expect([...batch, ...rest].map((e) => e.id).sort()).toEqual([first.id, more[0]!.id].sort());

    await recordControl(db(), { enrollmentId: first.id, action: 'pause', actor, reason: 'incident' });
    expect(await versionPauseCounts(db(), first.cadenceVersionId, north)).toEqual({ paused: 1, running: 1 });
    expect(await versionPauseCounts(db(), first.cadenceVersionId)).toEqual({ paused: 1, running: 2 });
    expect(await versionEnrollmentsToControl(db(), { versionId: first.cadenceVersionId, action: 'resume', limit: 10 }, north)).toMatchObject([{ id: first.id }]);
    expect((await versionLiveCounts(db(), first.cadenceVersionId)).enrollments).toEqual({ active: 3, paused: 1, finished: 0, failed: 0 });
  });
});
