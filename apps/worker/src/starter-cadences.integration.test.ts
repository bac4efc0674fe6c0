// The starter cadences on the real (time-skipping) Temporal server with the real worker, against the
// in-process simulator: the same steps, outcomes and virtual times. This is the promise that lets a
// strategist trust a simulation: it is production's interpreter, and production behaves like it.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtInRegistry, compile, type AccountSnapshot } from '@kairos/cadence';
import { generatePortfolio, sandboxActivityResult, simulateEnrollment } from '@kairos/cadence/simulation';
import { starterCadences } from '@kairos/cadence/starter-cadences';
import { getTimeline, updateAccountCompliance, upsertAccount } from '@kairos/db';
import { describeEachDatabase, withDemoCollector } from '@kairos/db/testing';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { anytimeProfile, enrollAndStart, profilesWithAnytime } from './testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from './worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundleWithSourceMap;
beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([createTimeSkippingEnv(), bundleCadenceWorkflows()]);
}, 120_000);
afterAll(async () => env?.teardown());

const DAY = 86_400_000;

describeEachDatabase('starter cadences: Temporal and the simulator agree', (db) => {
  // Sends for a portfolio without its collector's identity are refused.
  beforeAll(async () => {
    await withDemoCollector(db());
  });
  for (const starter of starterCadences()) {
    it(`runs ${starter.id} as simulated`, async () => {
      const compiled = compile(starter.graph, builtInRegistry);
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
      const taskQueue = `starter-${starter.id}-${crypto.randomUUID().slice(0, 8)}`;
      // The simulator has no compliance gate: compare under any-hour, so only the cadence's own timing shows.
      const worker = await createCadenceWorker({ connection: env.nativeConnection, taskQueue, db: db(), workflowBundle, profiles: profilesWithAnytime });
      await worker.runUntil(async () => {
        // One at a time: the time-skipping server jumps far ahead once a watched workflow completes.
        const now = await env.currentTimeMs();
        const accounts = generatePortfolio({ size: 3, dueDateSpreadDays: -6, asOf: new Date(now + 3 * DAY).toISOString() }, starter.id.length);
        for (const generated of accounts) {
          const account: AccountSnapshot = { ...generated, id: `${starter.id}-${generated.id}` };
          await upsertAccount(db(), account);
          await updateAccountCompliance(db(), account.id, { profile: anytimeProfile.id });
          const { handle, enrollment } = await enrollAndStart(env, db(), { taskQueue, account, graph: starter.graph });
          const result = await handle.result();

          const timeline = await getTimeline(db(), enrollment.id);
          const startedAt = timeline[0]!.at;
          const simulated = simulateEnrollment(
            { ir: compiled.ir, accounts: [account], startAt: startedAt, horizonDays: 400, activity: (input, a) => sandboxActivityResult(input.activity, input, a) ?? { outcome: 'next' } },
            account,
            [],
            enrollment.id,
          );
          const real = timeline.filter((e) => e.type === 'activity').map((e) => ({ stepId: e.stepId, outcome: e.outcome, at: Date.parse(e.at) }));
          expect(real.length, `${account.id} did something`).toBeGreaterThan(0);
          expect(real.map((a) => [a.stepId, a.outcome]), account.id).toEqual(simulated.activities.map((a) => [a.stepId, a.outcome]));
          // Activities run in real time, which the time-skipping clock counts: on a busy machine a run of
          // sends drifts by seconds. Cadence timing is hours and days, so a minute still tells them apart.
          real.forEach((a, i) => expect(Math.abs(a.at - Date.parse(simulated.activities[i]!.at)), `${account.id} ${a.stepId}`).toBeLessThan(60_000));
          expect(result.exit?.reason, account.id).toBe(simulated.exit?.reason);
          expect(result.exit?.stepId, account.id).toBe(simulated.exit?.stepId);
        }
      });
    });
  }
});
