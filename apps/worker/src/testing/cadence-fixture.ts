// Shared by the worker's integration tests: rows for an enrollment and a started workflow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { builtInRegistry, compile, type AccountSnapshot, type CadenceIR, type EnrollmentPolicy } from '@kairos/cadence';
import { complianceProfiles, createProfileRegistry, defineComplianceProfile } from '@kairos/compliance';
import { createCadence, createEnrollment, publishVersion, upsertAccount, type KairosDb } from '@kairos/db';
import { afternoonZone } from '@kairos/testkit';
import { repoRoot } from '@kairos/toolchain';
import { CADENCE_WORKFLOW, enrollmentWorkflowId, type CadenceWorkflowInput } from '@kairos/workflows';

/**
 * A profile allowing any hour with no caps, for tests comparing a cadence's own timing (hours and caps
 * are the run-time gate's business), and the built-in profiles with it for the worker.
 */
export const anytimeProfile = defineComplianceProfile({ id: 'test-anytime', title: 'test: any hour, no caps', hours: { 'sun-sat': '00:00-24:00' }, caps: [] });
export const profilesWithAnytime = createProfileRegistry([...complianceProfiles.values(), anytimeProfile]);

export function exampleGraph(name = 'three-reminders') {
  return JSON.parse(readFileSync(join(repoRoot(), 'packages/cadence/examples', `${name}.json`), 'utf8'));
}

export function compileOrThrow(graph: unknown): CadenceIR {
  const r = compile(graph, builtInRegistry);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.ir;
}

/** A consenting account in a zone where it is early afternoon now (contact hours), unless `over` says otherwise. */
export const testAccount = (id: string, over: Partial<AccountSnapshot> = {}): AccountSnapshot => ({
  id,
  name: 'Dana Smith',
  phone: '+15555550123',
  email: 'dana@example.com',
  balanceCents: 12_345,
  currency: 'USD',
  dueDate: '2026-11-01',
  timezone: afternoonZone(),
  language: 'en',
  consents: { sms: true, email: true },
  attributes: {},
  ...over,
});

/** Store account, cadence, version and enrollment, then start the workflow as the API would. */
export async function enrollAndStart(
  env: TestWorkflowEnvironment,
  db: KairosDb,
  opts: { taskQueue: string; account: AccountSnapshot; graph?: unknown; historyLimit?: number; policy?: EnrollmentPolicy },
) {
  const graph = opts.graph ?? exampleGraph();
  const ir = compileOrThrow(graph);
  await upsertAccount(db, opts.account);
  const cadence = await createCadence(db, { name: 'test', graph: graph as never });
  const { version } = await publishVersion(db, { cadenceId: cadence.id, graph: graph as never, ir, publishedBy: 'test' });
  const { enrollment } = await createEnrollment(db, {
    accountId: opts.account.id,
    cadenceId: cadence.id,
    cadenceVersionId: version.id,
    workflowIdFor: enrollmentWorkflowId,
  });
  const input: CadenceWorkflowInput = {
    ir,
    enrollmentId: enrollment.id,
    account: opts.account,
    ...(opts.historyLimit !== undefined ? { historyLimit: opts.historyLimit } : {}),
    ...(opts.policy ? { policy: opts.policy } : {}),
  };
  const handle = await env.client.workflow.start(CADENCE_WORKFLOW, {
    args: [input],
    workflowId: enrollment.workflowId,
    taskQueue: opts.taskQueue,
  });
  return { handle, enrollment, ir };
}
