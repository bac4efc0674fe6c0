// The analytics routes over seeded rows (no Temporal: the rows are what the worker and webhooks write).
import { beforeAll, expect, it } from 'vitest';
import { builtInRegistry, compile, type CadenceGraph, type TimelineEntry } from '@kairos/cadence';
import { cadenceBuilder } from '@kairos/cadence/starter-cadences';
import { createCadence, createEnrollment, publishVersion, recordProgress, storeAccountEvent, upsertAccount } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appWithoutTemporal, signedIn, type ApiClient } from '../testing/api-harness';

function splitGraph(): CadenceGraph {
  const b = cadenceBuilder();
  b.add('start', 'entry', { exitOn: ['paid', 'dispute'] });
  b.add('split', 'ab-split', { experimentId: 'tone-test', arms: [{ key: 'A', label: 'Friendly', weight: 50 }, { key: 'B', label: 'Firm', weight: 50 }] });
  b.add('sms-a', 'send-message', { channel: 'sms', body: 'Hi, a friendly reminder. Reply STOP to opt out.' });
  b.add('sms-b', 'send-message', { channel: 'sms', body: 'Pay now. Reply STOP to opt out.' });
  b.add('done', 'exit', { reason: 'completed' });
  b.wire('start', 'next', 'split');
  b.wire('split', 'variant:A', 'sms-a');
  b.wire('split', 'variant:B', 'sms-b');
  b.wire('sms-a', 'next', 'done');
  b.wire('sms-b', 'next', 'done');
  return b.build();
}

describeEachDatabase('analytics routes', (db) => {
  let app: ReturnType<typeof appWithoutTemporal>;
  let admin: ApiClient;
  let strategist: ApiClient;
  let agent: ApiClient;
  let engineer: ApiClient;
  let cadenceId: string;
  let versionId: string;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    app = appWithoutTemporal(db());
    [admin, strategist, agent, engineer] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'strategist'), signedIn(app, 'agent'), signedIn(app, 'engineer')]);
    const graph = splitGraph();
    const compiled = compile(graph, builtInRegistry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const cadence = await createCadence(db(), { name: 'Tone test', graph });
    const { version } = await publishVersion(db(), { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'x' });
    cadenceId = cadence.id;
    versionId = version.id;
    // Six accounts, three per arm; two in B pay (one in full), one in A pays part.
    for (let i = 0; i < 6; i++) {
      const arm = i % 2 === 0 ? 'A' : 'B';
      const accountId = `AR-${i}`;
      await upsertAccount(db(), { id: accountId, name: 'Pat Lee', balanceCents: 10_000, currency: 'USD', dueDate: '2026-11-01', timezone: 'UTC', language: 'en', consents: {}, attributes: { tier: 'early' } });
      const { enrollment } = await createEnrollment(db(), { accountId, cadenceId, cadenceVersionId: versionId, workflowIdFor: (id) => `enrollment-${id}` });
      const at = new Date().toISOString();
      const entries: TimelineEntry[] = [
        { seq: 0, at, type: 'entered', stepId: 'start' },
        { seq: 1, at, type: 'left', stepId: 'start', outcome: 'next' },
        { seq: 2, at, type: 'entered', stepId: 'split' },
        { seq: 3, at, type: 'assigned', stepId: 'split', outcome: `variant:${arm}`, detail: { experimentId: 'tone-test', bucket: 1, control: false } },
        { seq: 4, at, type: 'left', stepId: 'split', outcome: `variant:${arm}` },
        { seq: 5, at, type: 'entered', stepId: `sms-${arm.toLowerCase()}` },
      ];
      await recordProgress(db(), { enrollmentId: enrollment.id, entries, status: 'active', currentStepId: `sms-${arm.toLowerCase()}`, exitReason: null });
      const paid = { 0: 2_000, 1: 10_000, 3: 5_000 }[i];
      if (paid) await storeAccountEvent(db(), { source: 'api', accountId, event: { type: 'payment', eventId: `pay-${i}`, occurredAt: new Date().toISOString(), amountCents: paid } });
    }
  });

  it('lists the experiment with its arms and how many were assigned', async () => {
    const res = await strategist.get(`/api/v1/experiments?cadenceId=${cadenceId}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        experimentId: 'tone-test',
        cadenceId,
        cadenceName: 'Tone test',
        versionIds: [versionId],
        nodeId: 'split',
        enrolled: 6,
        arms: [
          { arm: 'variant:A', key: 'A', label: 'Friendly', weight: 50, control: false },
          { arm: 'variant:B', key: 'B', label: 'Firm', weight: 50, control: false },
        ],
      }),
    ]);
  });

  it('reports each arm with intervals and the always-valid comparison, and how many more accounts it needs', async () => {
    const res = await strategist.get(`/api/v1/experiments/tone-test?cadenceId=${cadenceId}`);
    expect(res.status).toBe(200);
    const [a, b] = res.body.arms;
    expect(a).toMatchObject({ arm: 'variant:A', enrolled: 3, paidAccounts: 1, amountPlacedMinor: 30_000, amountCollectedMinor: 2_000, currency: 'USD' });
    expect(b).toMatchObject({ arm: 'variant:B', enrolled: 3, paidAccounts: 2, amountCollectedMinor: 15_000, recoveryRate: 0.5 });
    expect(b.paidShareInterval[0]).toBeLessThan(2 / 3);
    expect(b.paidShareInterval[1]).toBeGreaterThan(2 / 3);
    expect(res.body.test).toMatchObject({ name: 'mSPRT', alpha: 0.05 });
    expect(res.body.comparisons).toEqual([
      expect.objectContaining({ metric: 'paidShare', arm: 'variant:B', against: 'variant:A', verdict: 'no_difference_yet', difference: expect.closeTo(1 / 3, 9) }),
    ]);
    expect(res.body.comparisons[0].moreAccountsNeeded).toBeGreaterThan(0);
  });

  it('refuses a backwards range and an unknown metric, naming the field', async () => {
    const backwards = await strategist.get(`/api/v1/experiments/tone-test?cadenceId=${cadenceId}&from=2026-12-10&to=2026-12-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.issues).toEqual([{ field: 'from', message: expect.stringContaining('on or before') }]);
    const metric = await strategist.get(`/api/v1/experiments/tone-test?primaryMetric=vibes`);
    expect(metric.status).toBe(400);
    expect(metric.body.issues[0].field).toBe('primaryMetric');
    expect((await strategist.get('/api/v1/experiments/no-such-test')).status).toBe(404);
  });

  it('refuses a range in a year Postgres has no day for, naming the field', async () => {
    const res = await strategist.get('/api/v1/dashboard?from=0000-01-01&to=0000-01-10');
    expect(res.status).toBe(400);
    expect(res.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['from', 'to']);
  });

  it('shows the dashboard to readers and not to agents, and exports it as CSV', async () => {
    const res = await engineer.get(`/api/v1/dashboard?from=${today}&to=${today}&cadenceId=${cadenceId}`);
    expect(res.status).toBe(200);
    expect(res.body.kpis).toMatchObject({ accountsEnrolled: 6, amountPlacedMinor: 60_000, amountCollectedMinor: 17_000 });
    expect(res.body.kpis.recoveryRate).toBeCloseTo(17 / 60, 9);
    expect(res.body.byTier).toEqual([{ tier: 'early', accounts: 6, recoveryRate: expect.closeTo(17 / 60, 9), promiseKeptRate: null }]);
    expect(res.body.rollRates.find((r: { to: string }) => r.to === 'paid')).toMatchObject({ accounts: 1 });
    expect((await agent.get('/api/v1/dashboard')).status).toBe(403);
    const csv = await engineer.get(`/api/v1/dashboard/export?from=${today}&to=${today}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="kairos-dashboard-${today}-${today}.csv"`);
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toMatch(/^date,channel,attempts,delivered/);
    expect(lines).toHaveLength(1 + 6);
    expect(lines[1]).toContain(`${today},sms,0,0,0,0,,,0,17000,3,0,0,6,USD`);
  });

  it('draws the canvas overlay: entered, waiting now and edge volumes of the version', async () => {
    const res = await strategist.get(`/api/v1/versions/${versionId}/analytics?from=${today}&to=${today}&paidWithinDays=3`);
    expect(res.status).toBe(200);
    expect(res.body.nodes.split).toEqual({ entered: 6, waitingNow: 0, exitedHere: 0, paidWithin: 3 });
    expect(res.body.nodes['sms-b']).toMatchObject({ entered: 3, waitingNow: 3 });
    expect(res.body.edges['split--variant:A--sms-a']).toEqual({ volume: 3 });
    expect((await strategist.get(`/api/v1/versions/${crypto.randomUUID()}/analytics`)).status).toBe(404);
  });

  it('lets only an admin set unit costs, checking each field', async () => {
    expect((await admin.get('/api/v1/analytics/settings')).body.unitCostMinor.sms).toBe(1);
    const bad = await admin.put('/api/v1/analytics/settings', { currency: 'usd', unitCostMinor: { sms: 1.5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['currency', 'unitCostMinor.sms']);
    expect((await strategist.put('/api/v1/analytics/settings', { currency: 'USD', unitCostMinor: { sms: 4 } })).status).toBe(403);
    const ok = await admin.put('/api/v1/analytics/settings', { currency: 'USD', unitCostMinor: { sms: 4 } });
    expect(ok.status).toBe(200);
    expect(ok.body.unitCostMinor).toMatchObject({ sms: 4, voice: 5 });
    // A partial change keeps the costs it does not name as they were set, not as they were by default.
    const partial = await admin.put('/api/v1/analytics/settings', { currency: 'USD', unitCostMinor: { voice: 9 } });
    expect(partial.body.unitCostMinor).toMatchObject({ sms: 4, voice: 9, letter: 85 });
  });

  it('promotes the winning arm into a draft that must be reviewed again, and refuses over unpublished edits', async () => {
    expect((await agent.post('/api/v1/experiments/tone-test/promote', { cadenceId, arm: 'variant:B' })).status).toBe(403);
    expect((await strategist.post('/api/v1/experiments/tone-test/promote', { cadenceId, arm: 'variant:Z' })).status).toBe(404);
    const res = await strategist.post('/api/v1/experiments/tone-test/promote', { cadenceId, arm: 'variant:B' });
    expect(res.status).toBe(201);
    expect(res.body.message).toMatch(/review/);
    const cadence = await strategist.get(`/api/v1/cadences/${cadenceId}`);
    expect(cadence.body.draftGraph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(['done', 'sms-b', 'start']);
    expect(cadence.body.draftGraph.edges.map((e: { source: string; target: string }) => `${e.source}>${e.target}`).sort()).toEqual(['sms-b>done', 'start>sms-b']);
    expect(cadence.body.lifecycle).toMatchObject({ state: 'draft', draftHash: res.body.draftHash });
    const again = await strategist.post('/api/v1/experiments/tone-test/promote', { cadenceId, arm: 'variant:A' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/publish or discard/);
    expect((await strategist.post('/api/v1/cadences/' + cadenceId + '/versions')).status).not.toBe(201);
  });
});
