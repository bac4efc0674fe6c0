// Before publishing a rule-triggered cadence the publisher sees how many accounts it will enroll now;
// after publishing, exactly those are enrolled, and the count of the same draft drops to nothing.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CadenceGraph } from '@kairos/cadence';
import { listEnrollments, upsertAccount, upsertPortfolio } from '@kairos/db';
import { describeEachDatabase } from '@kairos/db/testing';
import { appOver, appWithoutTemporal, approveAndPublish, dana, eventually, example, signedIn, signedInTo, startTemporal } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()), 120_000);
afterAll(async () => env?.teardown());

function dpdCadence(days: number, portfolios: string[]): CadenceGraph {
  const graph = example();
  const entry = graph.nodes.find((n) => n.type === 'entry')!;
  entry.data = { ...entry.data, config: { ...entry.data.config, trigger: { type: 'dpd', days, portfolios } } };
  return graph;
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describeEachDatabase('who a rule will enroll on publishing', (db) => {
  const setup = async () => {
    const { app } = appOver(env, db());
    const run = crypto.randomUUID().slice(0, 6);
    const [pa, pb] = [`pa-${run}`, `pb-${run}`];
    for (const id of [pa, pb]) await upsertPortfolio(db(), { id, name: id, settings: { channels: {} } });
    const account = (id: string, portfolioId: string, dpd: number, balanceCents = 12_000) =>
      upsertAccount(db(), { id: `${id}-${run}`, ...dana, portfolioId, balanceCents, dueDate: daysAgo(dpd), currency: 'USD', language: 'en', attributes: {} });
    await account('A1', pa, 12);
    await account('A2', pa, 40);
    await account('A3', pa, 3); // not yet DPD 10
    await account('A4', pa, 30, 0); // owes nothing
    await account('B1', pb, 15);
    const strategist = await signedIn(app, 'strategist');
    const created = await strategist.post('/api/v1/cadences', { name: `DPD 10 ${run}`, graph: dpdCadence(10, [pa, pb]) });
    expect(created.status).toBe(201);
    return { app, run, pa, pb, cadenceId: created.body.id as string };
  };

  it("counts, per portfolio the caller reads, the accounts the draft's rule matches now, and only names the others", async () => {
    const { app, run, pa, pb, cadenceId } = await setup();
    const ofA = await signedInTo(app, 'strategist', [pa]);
    const mine = await ofA.get(`/api/v1/cadences/${cadenceId}/entry-matches`);
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ trigger: 'dpd', matching: 2, capped: false, portfolios: [{ portfolioId: pa, matching: 2, examples: [`A1-${run}`, `A2-${run}`] }], unreadPortfolios: [pb] });
    const everyone = await (await signedInTo(app, 'compliance_officer', 'all')).get(`/api/v1/cadences/${cadenceId}/entry-matches`);
    expect(everyone.body).toMatchObject({ matching: 3, unreadPortfolios: [], portfolios: [{ portfolioId: pa, matching: 2 }, { portfolioId: pb, matching: 1, examples: [`B1-${run}`] }] });
  });

  it('publishing enrolls the counted accounts at once, and the same draft then counts none', async () => {
    const { app, run, cadenceId } = await setup();
    const admin = await signedIn(app, 'admin');
    expect((await admin.get(`/api/v1/cadences/${cadenceId}/entry-matches`)).body.matching).toBe(3);
    await approveAndPublish(app, cadenceId);
    const enrolled = await eventually(async () => {
      const rows = (await listEnrollments(db(), { limit: 500 })).filter((e) => e.cadenceId === cadenceId);
      return rows.length === 3 && rows;
    }, 'the published rule to enroll its matches');
    expect(enrolled.map((e) => e.accountId).sort()).toEqual([`A1-${run}`, `A2-${run}`, `B1-${run}`]);
    expect((await admin.get(`/api/v1/cadences/${cadenceId}/entry-matches`)).body).toMatchObject({ matching: 0, portfolios: [{ matching: 0 }, { matching: 0 }] });
  });

  it('answers 0 for an Entry that enrolls through the API, 422 for a draft with errors and 404 for no cadence', async () => {
    const app = appWithoutTemporal(db());
    const strategist = await signedIn(app, 'strategist');
    const manual = await strategist.post('/api/v1/cadences', { name: `Manual ${crypto.randomUUID().slice(0, 6)}`, graph: example() });
    expect((await strategist.get(`/api/v1/cadences/${manual.body.id}/entry-matches`)).body).toEqual({ trigger: 'api', matching: 0, capped: false, portfolios: [], unreadPortfolios: [] });
    const broken = example();
    broken.edges = [];
    const draft = await strategist.post('/api/v1/cadences', { name: `Broken ${crypto.randomUUID().slice(0, 6)}`, graph: broken });
    const invalid = await strategist.get(`/api/v1/cadences/${draft.body.id}/entry-matches`);
    expect(invalid.status).toBe(422);
    expect(invalid.body.message).toMatch(/fix them/);
    expect((await strategist.get('/api/v1/cadences/no-such-cadence/entry-matches')).status).toBe(404);
  });
});
