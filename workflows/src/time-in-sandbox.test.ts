// The interpreter's calendar arithmetic gives the same answers inside Temporal's workflow sandbox as
// in the simulator and tests outside it (a library that patches Date.prototype once silently read UTC
// there). Zones across DST changes, half-hour and 45-minute offsets, fixed offsets, near midnight.
import { createRequire } from 'node:module';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTimeSkippingEnv } from '@kairos/testkit';
import { calendarFacts, type TimeProbeCase } from './testing/time-probe-workflow';

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  env = await createTimeSkippingEnv();
}, 120_000);
afterAll(async () => env?.teardown());

const cases: TimeProbeCase[] = [
  { at: '2026-10-31T14:00:00.000Z', timezone: 'America/New_York', dueDate: '2026-11-03' },
  { at: '2026-03-07T15:00:00.000Z', timezone: 'America/New_York', dueDate: '2026-03-09' },
  { at: '2026-12-01T08:38:51.996Z', timezone: 'Etc/GMT-5', dueDate: '2026-11-20' },
  { at: '2026-12-01T20:30:00.000Z', timezone: 'Asia/Kolkata', dueDate: '2026-12-03' },
  { at: '2026-04-04T14:10:00.000Z', timezone: 'Australia/Lord_Howe', dueDate: '2026-04-06' },
  { at: '2026-09-26T13:00:00.000Z', timezone: 'Pacific/Chatham', dueDate: '2026-09-28' },
  { at: '2026-11-02T03:30:00.000Z', timezone: 'America/Los_Angeles', dueDate: '2026-11-01' },
];

it('computes waits, local dates, DPD and windows in the sandbox exactly as outside it', async () => {
  const workflowsPath = createRequire(import.meta.url).resolve('./testing/time-probe-workflow.ts');
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue: 'time-probe', workflowsPath });
  const inside = await worker.runUntil(env.client.workflow.execute('timeProbe', { taskQueue: 'time-probe', workflowId: 'time-probe', args: [cases] }));
  expect(inside).toEqual(cases.map(calendarFacts));
});
