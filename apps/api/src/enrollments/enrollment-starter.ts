// Starting an enrollment's workflow, the one way every path does it (one account, an audience, an entry
// rule): the run carries its portfolio's policies (e.g. hold contact while a promise is open) in its input,
// read once per portfolio for the starter's life (a request or one run of a job).
import type { AccountSnapshot, CadenceIR, EnrollmentPolicy } from '@kairos/cadence';
import { DEFAULT_PORTFOLIO_ID, enrollmentPolicyOf, type KairosDb } from '@kairos/db';
import type { CadenceRuntime } from '../runtime';

export type StartEnrollmentRun = (enrollment: { id: string; workflowId: string }, ir: CadenceIR, account: AccountSnapshot) => Promise<void>;

export function enrollmentStarter(deps: { db: KairosDb; runtime: CadenceRuntime }): StartEnrollmentRun {
  const policies = new Map<string, Promise<EnrollmentPolicy>>();
  const policyOf = (portfolioId = DEFAULT_PORTFOLIO_ID) => policies.get(portfolioId) ?? policies.set(portfolioId, enrollmentPolicyOf(deps.db, portfolioId)).get(portfolioId)!;
  return async (enrollment, ir, account) =>
    deps.runtime.startEnrollment({ workflowId: enrollment.workflowId, ir, enrollmentId: enrollment.id, account, policy: await policyOf(account.portfolioId) });
}
