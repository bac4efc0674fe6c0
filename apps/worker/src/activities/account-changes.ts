// Steps that change the account record: a deadline extension (at most once per step visit) and
// attribute tags. Both hand the changed account back so the workflow's snapshot follows.
import { extendDueDateInput, updateAccountInput, type ActivityInput, type ActivityResult, type AccountSnapshot } from '@kairos/cadence';
import { getAccount, onceByKey, patchAccount, type KairosDb } from '@kairos/db';
import { paramsOf } from './activity-params';


const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function createAccountChangeActivities(deps: { db: KairosDb }) {
  async function extendDueDate(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(extendDueDateInput, input.params, 'extendDueDate');
    // Not idempotent by nature (each run adds days), so the move is recorded under the step's key.
    const { result } = await onceByKey(deps.db, { idempotencyKey: input.idempotencyKey, activity: 'extendDueDate', accountId: input.accountId }, async (tx) => {
      const account = await getAccount(tx, input.accountId);
      if (!account) return { skipped: 'account no longer exists' };
      const dueDate = addDays(account.dueDate, p.days);
      await patchAccount(tx, input.accountId, { dueDate });
      return { from: account.dueDate, to: dueDate };
    });
    const account = await getAccount(deps.db, input.accountId);
    return { outcome: 'next', detail: result, ...(account ? { account } : {}) };
  }

  async function updateAccount(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(updateAccountInput, input.params, 'updateAccount');
    const account: AccountSnapshot | null = await patchAccount(deps.db, input.accountId, { attributes: p.set });
    if (!account) return { outcome: 'next', detail: { skipped: 'account no longer exists' } };
    return { outcome: 'next', detail: { set: p.set }, account };
  }

  return { extendDueDate, updateAccount };
}
