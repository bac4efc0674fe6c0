// A changed account reaches its running enrollments at once (a branch on balance, a payment that ends the
// cadence), not only when each next reads the stored account before a send. Best effort: the stored account
// stays the truth, and a workflow that missed the signal reads it fresh before its next step.
import { getAccount, listActiveEnrollmentsForAccounts, type KairosDb, type StoredAccount } from '@kairos/db';
import type { CadenceRuntime } from '../runtime';

/** Tell the running enrollments of these accounts that they changed (accounts given as stored, or by id). */
export async function tellRunningEnrollments(deps: { db: KairosDb; runtime: CadenceRuntime }, changed: ReadonlyArray<StoredAccount | string>): Promise<void> {
  const byId = new Map(changed.map((a) => (typeof a === 'string' ? [a, undefined] : [a.id, a])));
  const active = await listActiveEnrollmentsForAccounts(deps.db, [...byId.keys()]);
  await Promise.allSettled(
    active.map(async (e) => {
      const account = byId.get(e.accountId) ?? (await getAccount(deps.db, e.accountId));
      if (account) await deps.runtime.signalAccountUpdated(e.workflowId, account);
    }),
  );
}
