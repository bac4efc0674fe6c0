// Records workflow histories for the replay test (workflows/src/replay.test.ts).
// Run after every change to the workflow driver that is meant to be compatible:
//   pnpm --filter @kairos/worker record-histories [scenario ...]   (all scenarios when none is named)
// Each scenario runs on the time-skipping server with the real activities and an in-memory database.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DEMO_COLLECTOR_IDENTITY } from '@kairos/cadence';
import { DEFAULT_PORTFOLIO_ID, openDatabase, setCollectorIdentity, storeAccountEvent, upsertAccount, type KairosDb } from '@kairos/db';
import { createTimeSkippingEnv, zoneWhereItIs } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import {
  accountEventSignal,
  enrollmentControlSignal,
  enrollmentQuery,
  NOTICE_WORKFLOW,
  noticeWorkflowId,
  type EnrollmentSnapshot,
  type NoticeInput,
} from '@kairos/workflows';
import { enrollAndStart, exampleGraph, testAccount } from '../src/testing/cadence-fixture';
import { bundleCadenceWorkflows, createCadenceWorker } from '../src/worker';

/** Polls the running workflow until it waits the way `waits` says (a pause sent earlier would land mid-send). */
async function waitingFor(handle: { query: (q: typeof enrollmentQuery) => Promise<EnrollmentSnapshot> }, waits: (s: EnrollmentSnapshot) => boolean) {
  for (let i = 0; i < 400; i++) {
    if (waits(await handle.query(enrollmentQuery))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the workflow never reached the expected wait');
}

type Scenario = (env: TestWorkflowEnvironment, db: KairosDb, taskQueue: string) => Promise<{ workflowId: string; firstExecutionRunId: string }>;

const scenarios: Record<string, Scenario> = {
  'three-reminders-complete': async (env, db, taskQueue) => {
    const { handle } = await enrollAndStart(env, db, { taskQueue, account: testAccount('R-1') });
    await handle.result();
    return handle;
  },
  'three-reminders-paid-mid-wait': async (env, db, taskQueue) => {
    const { handle } = await enrollAndStart(env, db, { taskQueue, account: testAccount('R-2') });
    await env.sleep('1 day');
    await handle.signal(accountEventSignal, { type: 'payment', eventId: 'p-R2', occurredAt: '2026-11-25T12:00:00Z', amountCents: 12_345 });
    await handle.result();
    return handle;
  },
  'promise-follow-up-promise': async (env, db, taskQueue) => {
    const account = testAccount('R-3', { balanceCents: 80_000, dueDate: '2026-12-01' });
    const { handle } = await enrollAndStart(env, db, { taskQueue, account, graph: exampleGraph('promise-follow-up') });
    await env.sleep('5 days'); // past the pre-due wait, inside the 5-day listening window
    await handle.signal(accountEventSignal, {
      type: 'promise', eventId: 'pr-R3', occurredAt: '2026-11-25T12:00:00Z', amountCents: 80_000, promisedDate: '2026-12-15',
    });
    await handle.result();
    return handle;
  },
  'promise-follow-up-timeout': async (env, db, taskQueue) => {
    const account = testAccount('R-4', { balanceCents: 20_000 });
    const { handle } = await enrollAndStart(env, db, { taskQueue, account, graph: exampleGraph('promise-follow-up') });
    await handle.result();
    return handle;
  },
  'three-reminders-continue-as-new': async (env, db, taskQueue) => {
    const { handle } = await enrollAndStart(env, db, { taskQueue, account: testAccount('R-5'), historyLimit: 5 });
    await handle.result();
    return handle;
  },
  // Paused a day into the 3-day wait, resumed two days after it ended: the email goes out at resume.
  'three-reminders-paused-resumed': async (env, db, taskQueue) => {
    const { handle } = await enrollAndStart(env, db, { taskQueue, account: testAccount('R-7') });
    await waitingFor(handle, (s) => s.state.waiting?.type === 'timer');
    await env.sleep('1 day');
    await handle.signal(enrollmentControlSignal, { action: 'pause', by: 'record-histories', reason: 'incident' });
    await waitingFor(handle, (s) => s.state.paused != null);
    await env.sleep('4 days');
    await handle.signal(enrollmentControlSignal, { action: 'resume', by: 'record-histories' });
    await handle.result();
    return handle;
  },
  // Paused inside the 5-day listening window (its timeout moves by the pause), then stopped.
  'promise-follow-up-paused-stopped': async (env, db, taskQueue) => {
    const account = testAccount('R-8', { balanceCents: 20_000 });
    const { handle } = await enrollAndStart(env, db, { taskQueue, account, graph: exampleGraph('promise-follow-up') });
    await waitingFor(handle, (s) => s.state.waiting?.type === 'event');
    await env.sleep('1 day');
    await handle.signal(enrollmentControlSignal, { action: 'pause', by: 'record-histories', reason: 'checking the letter' });
    await waitingFor(handle, (s) => s.state.paused != null);
    await env.sleep('2 days');
    await handle.signal(enrollmentControlSignal, { action: 'resume', by: 'record-histories', reason: 'letter checked' });
    await waitingFor(handle, (s) => s.state.paused == null);
    await handle.signal(enrollmentControlSignal, { action: 'stop', by: 'record-histories', reason: 'settled by phone' });
    await handle.result();
    return handle;
  },
  // A payment receipt that lands at 3 a.m. the holder's time: the gate defers it to the morning, the
  // workflow sleeps until then and sends it.
  'account-notice-receipt-quiet-hours': async (env, db, taskQueue) => {
    const account = testAccount('R-6', { timezone: zoneWhereItIs(3) });
    await upsertAccount(db, account);
    const { event } = await storeAccountEvent(db, {
      source: 'record-histories',
      accountId: account.id,
      event: { type: 'payment', eventId: 'p-R6', occurredAt: new Date().toISOString(), amountCents: 5_000 },
    });
    const input: NoticeInput = { eventRowId: event.id, accountId: account.id, kind: 'payment_received' };
    const handle = await env.client.workflow.start(NOTICE_WORKFLOW, { workflowId: noticeWorkflowId(event.id), taskQueue, args: [input] });
    const result = (await handle.result()) as { outcome: string };
    if (result.outcome !== 'next') throw new Error(`the receipt was not sent: ${JSON.stringify(result)}`);
    return handle;
  },
};

const env = await createTimeSkippingEnv();
const database = await openDatabase({ memory: true });
// Sends for a portfolio without its collector's identity are refused: the recorded runs send.
await setCollectorIdentity(database.db, DEFAULT_PORTFOLIO_ID, DEMO_COLLECTOR_IDENTITY);
const workflowBundle = await bundleCadenceWorkflows();
const out = join(repoRoot(), 'workflows', 'histories');
try {
  const named = process.argv.slice(2);
  const unknown = named.filter((n) => !(n in scenarios));
  if (unknown.length) throw new Error(`no scenario named ${unknown.join(', ')}; scenarios: ${Object.keys(scenarios).join(', ')}`);
  for (const [name, scenario] of Object.entries(scenarios).filter(([n]) => named.length === 0 || named.includes(n))) {
    const taskQueue = `record-${name}`;
    const worker = await createCadenceWorker({ connection: env.nativeConnection, taskQueue, db: database.db, workflowBundle });
    const run = await worker.runUntil(scenario(env, database.db, taskQueue));
    // The first run of each execution (for continue-as-new: the run that continued).
    const firstRunHistory = await env.client.workflow.getHandle(run.workflowId, run.firstExecutionRunId).fetchHistory();
    writeFileSync(join(out, `${name}.json`), historyToJSON(firstRunHistory));
    console.log(`recorded ${name} (${firstRunHistory.events?.length ?? 0} events)`);
  }
} finally {
  await env.teardown();
  await database.close();
}
