import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@kairos/db/testing';
import { createTemporalRuntime } from '../runtime';
import { appOver, client, startTemporal, testApp, unreachableRuntime } from '../testing/api-harness';

/** A port nothing listens on: taken, then let go. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

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

  // The test's own limit is the point: a probe that waited out the client's retries (about 20 s here
  // while nothing answers) is timed out by whatever polls it, a load balancer or bench:import.
  it('answers 503 before the Temporal client gives up when nothing listens at its address', { timeout: 12_000 }, async () => {
    const runtime = createTemporalRuntime(new Client({ connection: Connection.lazy({ address: `127.0.0.1:${await closedPort()}` }) }), 'nowhere');
    const api = client(testApp({ db: db(), runtime }));
    expect(await api.get('/api/v1/health')).toMatchObject({ status: 503, body: { ok: false, database: true, temporal: false } });
  });
});
