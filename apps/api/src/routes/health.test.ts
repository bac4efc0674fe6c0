import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { appOver, client, startTemporal, testApp, unreachableRuntime } from '../testing/api-harness';

let env: TestWorkflowEnvironment;
beforeAll(async () => void (env = await startTemporal()));
afterAll(async () => env?.teardown());

describeEachDatabase('health route', (db) => {
  it('reports the database and Temporal reachable', async () => {
    const api = client(appOver(env, db()).app);
    expect(await api.get('/api/v1/health')).toMatchObject({ status: 200, body: { ok: true, database: true, temporal: true } });
  });

  it('answers 503 naming Temporal when it cannot be reached', async () => {
    const api = client(testApp({ db: db(), runtime: await unreachableRuntime(env, 'nowhere') }));
    expect(await api.get('/api/v1/health')).toMatchObject({ status: 503, body: { ok: false, database: true, temporal: false } });
  });
});
