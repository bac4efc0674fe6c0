import { expect, it } from 'vitest';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { getAccount, upsertAccount } from '../accounts/accounts';
import { createCadence } from '../cadences/cadences';
import { getEnrollmentTarget } from './enrollment-target';
import { account, compiled, tinyGraph } from '../fixtures.test-support';
import { describeEachDatabase } from '../testing';
import { setCollectorIdentity } from '../portfolios/portfolios';
import { publishVersion } from '../cadences/versions';

describeEachDatabase('enrollment target', (db) => {
  it('reads the account, the cadence and its newest published version in one answer', async () => {
    await upsertAccount(db(), account('T-1'));
    const c = await createCadence(db(), { name: 'Target', graph: tinyGraph() });
    expect(await getEnrollmentTarget(db(), 'T-1', c.id)).toEqual({ account: await getAccount(db(), 'T-1'), cadenceFound: true, latestVersionId: null });
    await publishVersion(db(), { cadenceId: c.id, graph: tinyGraph(), ir: compiled(tinyGraph()), publishedBy: 'x' });
    const graph2 = tinyGraph('Hello again {{ account.firstName }}');
    const { version: v2 } = await publishVersion(db(), { cadenceId: c.id, graph: graph2, ir: compiled(graph2), publishedBy: 'x' });
    expect((await getEnrollmentTarget(db(), 'T-1', c.id)).latestVersionId).toBe(v2.id);
  });

  it('says what is missing: the account, the cadence, or both', async () => {
    await upsertAccount(db(), account('T-2'));
    const c = await createCadence(db(), { name: 'Target 2', graph: tinyGraph() });
    expect(await getEnrollmentTarget(db(), 'NOPE', c.id)).toEqual({ account: null, cadenceFound: true, latestVersionId: null });
    expect(await getEnrollmentTarget(db(), 'T-2', '00000000-0000-4000-8000-000000000000')).toMatchObject({ cadenceFound: false, latestVersionId: null });
    expect(await getEnrollmentTarget(db(), 'T-2', 'not-a-uuid')).toMatchObject({ account: { id: 'T-2' }, cadenceFound: false });
    expect(await getEnrollmentTarget(db(), 'NOPE', 'not-a-uuid')).toEqual({ account: null, cadenceFound: false, latestVersionId: null });
  });

  it("carries the collector identity stored on the account's portfolio, in the same answer", async () => {
    const c = await createCadence(db(), { name: 'Target 3', graph: tinyGraph() });
    await upsertAccount(db(), { ...account('T-3'), portfolioId: 'with-collector' });
    await upsertAccount(db(), { ...account('T-4'), portfolioId: 'without-collector' });
    await setCollectorIdentity(db(), 'with-collector', DEMO_COLLECTOR_IDENTITY);
    expect((await getEnrollmentTarget(db(), 'T-3', c.id)).storedCollector).toEqual(DEMO_COLLECTOR_IDENTITY);
    expect(await getEnrollmentTarget(db(), 'T-4', c.id)).not.toHaveProperty('storedCollector');
  });
});
