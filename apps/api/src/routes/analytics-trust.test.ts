// Analytics that hold under real use: an account an entry rule enrolled is counted by every report
// (under the tier its cadence's tier-split chose), a fact that cannot be projected is parked for an
// admin instead of failing every report, and a report still answers when a projection run fails.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { accountEvents, createCadence, createEnrollment, getTimeline, listEnrollments, publishVersion, upsertAccount, type KairosDb } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { builtInRegistry, compile } from '@kairos/cadence';
import { appWithoutTemporal, appWithWorker, approveAndPublish, client, dana, eventually, signedIn, startTemporal, type ApiClient, type ApiResponse } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

const DAY = 86_400_000;
const EXPERIMENT = 'four-tier-tone';

/** The four-tier starter as shipped (enrolled five days before due), with an A/B split in front of its tiers. */
function fourTierWithSplit(): CadenceGraph {
  const graph = structuredClone(starterCadences().find((s) => s.id === 'four-tier-collections')!.graph);
  const first = graph.edges.find((e) => e.source === 'start')!;
  graph.nodes.push({
    id: 'tone',
    type: 'ab-split',
    position: { x: 0, y: 0 },
    data: { config: { experimentId: EXPERIMENT, arms: [{ key: 'A', label: 'As shipped', weight: 50 }, { key: 'B', label: 'Same again', weight: 50 }] } },
  });
  graph.edges = [
    ...graph.edges.filter((e) => e !== first),
    { id: 'start-tone', source: 'start', sourceHandle: 'next', target: 'tone' },
    { id: 'tone-a', source: 'tone', sourceHandle: 'variant:A', target: first.target },
    { id: 'tone-b', source: 'tone', sourceHandle: 'variant:B', target: first.target },
  ];
  return graph;
}

/**
 * The report once it counts what was committed before `since`: on a busy server another transaction
 * still open holds the projection back a moment, and the report says so in its freshness.
 */
const reportSince = (api: ApiClient, path: string, since: Date): Promise<ApiResponse> =>
  eventually(async () => {
    const res = await api.get(path);
    const through = res.body?.freshness?.projectedThrough;
    return res.status === 200 && through && Date.parse(through) >= since.getTime() ? res : undefined;
  }, `${path} to count what was committed by ${since.toISOString()}`);

async function enrolledByHand(db: KairosDb, accountId: string) {
  await upsertAccount(db, { id: accountId, ...dana, currency: 'USD', language: 'en', attributes: {} });
  const graph = starterCadences().find((s) => s.id === 'early-collections')!.graph;
  const compiled = compile(graph, builtInRegistry);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  const cadence = await createCadence(db, { name: `By hand ${accountId}`, graph });
  const { version } = await publishVersion(db, { cadenceId: cadence.id, graph, ir: compiled.ir, publishedBy: 'x' });
  return createEnrollment(db, { accountId, cadenceId: cadence.id, cadenceVersionId: version.id, workflowIdFor: (id) => `enrollment-${id}` });
}

describeEachDatabase('analytics under real use', (db) => {
  it('counts an account an entry rule enrolled in every report, under the tier its tier-split chose', { timeout: 240_000 }, async () => {
    const h = await appWithWorker(env, db());
    try {
      const [strategist, admin] = await Promise.all([signedIn(h.app, 'strategist'), signedIn(h.app, 'admin')]);
      const created = await strategist.post('/api/v1/cadences', { name: 'Four tiers, rule-enrolled', graph: fourTierWithSplit() });
      expect(created.status).toBe(201);
      const cadenceId = created.body.id as string;
      const version = await approveAndPublish(h.app, cadenceId);
      // Due in three days, at most one late payment in a year (tier 2); the account names no tier itself.
      const dueDate = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
      const written = await admin.put('/api/v1/accounts/RULE-1', { ...dana, dueDate, attributes: { latePayments12m: 0 } });
      expect(written.status).toBe(201);
      const [enrollment] = await listEnrollments(db(), { accountId: 'RULE-1', cadenceId, limit: 5 });
      expect(enrollment?.triggerCycle).toBe(`due:${dueDate}`);
      await eventually(async () => (await getTimeline(db(), enrollment!.id)).some((e) => e.stepId === 'tiers' && e.type === 'left'), 'the tier-split to decide');

      const today = new Date().toISOString().slice(0, 10);
      const dashboard = await reportSince(strategist, `/api/v1/dashboard?from=${today}&to=${today}&cadenceId=${cadenceId}`, new Date());
      expect(dashboard.body.kpis).toMatchObject({ accountsEnrolled: 1, amountPlacedMinor: dana.balanceCents });
      expect(dashboard.body.byTier).toEqual([{ tier: 'tier-2', accounts: 1, recoveryRate: 0, promiseKeptRate: null }]);
      expect(dashboard.body.freshness).toMatchObject({ parkedFacts: 0, projectedThrough: expect.any(String) });

      const csv = await strategist.get(`/api/v1/dashboard/export?from=${today}&to=${today}&cadenceId=${cadenceId}`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('kairos-analytics-projected-through')).toEqual(expect.any(String));

      const experiments = await strategist.get(`/api/v1/experiments?cadenceId=${cadenceId}`);
      expect(experiments.status).toBe(200);
      expect(experiments.body).toEqual([expect.objectContaining({ experimentId: EXPERIMENT, enrolled: 1 })]);
      const report = await strategist.get(`/api/v1/experiments/${EXPERIMENT}?cadenceId=${cadenceId}`);
      expect(report.status).toBe(200);
      expect(report.body.arms.reduce((n: number, a: { enrolled: number }) => n + a.enrolled, 0)).toBe(1);
      expect(report.body.freshness).toMatchObject({ parkedFacts: 0 });

      const overlay = await strategist.get(`/api/v1/versions/${version.id}/analytics?from=${today}&to=${today}`);
      expect(overlay.status).toBe(200);
      expect(overlay.body.nodes.tiers.entered).toBe(1);
      expect((await strategist.get('/api/v1/analytics/freshness')).body).toMatchObject({ parkedFacts: 0 });
    } finally {
      await h.stop();
    }
  });

  it('parks a fact it cannot project for an admin to see, counts it on /health, and projects it on retry once fixed', async () => {
    const app = appWithoutTemporal(db());
    const [admin, strategist] = await Promise.all([signedIn(app, 'admin'), signedIn(app, 'strategist')]);
    await enrolledByHand(db(), 'PARK-1');
    // A payment whose amount a foreign writer spelled in words: the projection cannot count it.
    const [bad] = await db()
      .insert(accountEvents)
      .values({ portfolioId: 'default', source: 'legacy-import', eventId: 'park-1-words', accountId: 'PARK-1', type: 'payment', payload: { amountCents: 'ten dollars' }, occurredAt: new Date() })
      .returning();
    const dashboard = await reportSince(strategist, '/api/v1/dashboard', new Date());
    expect(dashboard.body.freshness.parkedFacts).toBe(1);

    const parked = await admin.get('/api/v1/analytics/parked');
    expect(parked.status).toBe(200);
    expect(parked.body).toMatchObject({ total: 1, facts: [{ kind: 'account-event', factId: bad!.id, attempts: 1, reason: expect.stringMatching(/bigint/) }] });
    expect(parked.body.hint).toMatch(/retry/i);
    expect((await strategist.get('/api/v1/analytics/parked')).status).toBe(403);
    const health = await client(app).get('/api/v1/health');
    expect(health.body.analytics).toMatchObject({ parkedFacts: 1, lagSeconds: expect.any(Number) });

    await db().execute(sql`update account_events set payload = '{"amountCents": 1000}'::jsonb where id = ${bad!.id}`);
    const retried = await admin.post('/api/v1/analytics/parked/retry');
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ retried: 1, projected: 1, stillParked: 0 });
    const after = await reportSince(strategist, '/api/v1/dashboard', new Date());
    expect(after.body.kpis.amountCollectedMinor).toBe(1_000);
    expect(after.body.freshness.parkedFacts).toBe(0);
  });

  it('answers reports from what is projected when a projection run fails, saying through when', async () => {
    const app = appWithoutTemporal(db());
    const strategist = await signedIn(app, 'strategist');
    const { enrollment } = await enrolledByHand(db(), 'DOWN-1');
    const q = `/api/v1/dashboard?cadenceId=${enrollment.cadenceId}`;
    const before = await reportSince(strategist, q, new Date());
    expect(before.body.kpis.accountsEnrolled).toBe(1);
    // Every run now fails as a statement cut short by a timeout would.
    await db().execute(sql`create or replace function test_projection_down() returns trigger language plpgsql as $$
      begin raise exception 'canceling statement due to statement timeout' using errcode = '57014'; end $$`);
    await db().execute(sql`create trigger test_projection_down before update on analytics_projection for each row execute function test_projection_down()`);
    try {
      await upsertAccount(db(), { id: 'DOWN-2', ...dana, currency: 'USD', language: 'en', attributes: {} });
      await createEnrollment(db(), { accountId: 'DOWN-2', cadenceId: enrollment.cadenceId, cadenceVersionId: enrollment.cadenceVersionId, workflowIdFor: (id) => `enrollment-${id}` });
      const stale = await strategist.get(q);
      expect(stale.status).toBe(200);
      expect(stale.body.kpis.accountsEnrolled).toBe(1);
      expect(stale.body.freshness.projectedThrough).toBe(before.body.freshness.projectedThrough);
      for (const path of ['/api/v1/dashboard/export', '/api/v1/experiments', '/api/v1/analytics/freshness']) expect((await strategist.get(path)).status, path).toBe(200);
    } finally {
      await db().execute(sql`drop trigger test_projection_down on analytics_projection`);
    }
    const fresh = await reportSince(strategist, q, new Date());
    expect(fresh.body.kpis.accountsEnrolled).toBe(2);
  });
});
