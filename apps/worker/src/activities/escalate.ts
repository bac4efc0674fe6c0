// Place an account with an agency or legal, after the checks placement needs: something worth placing
// is owed and no dispute is open (Reg F 1006.38: collection stops until verification).
import { escalateAccountInput, type ActivityInput, type ActivityResult } from '@kairos/cadence';
import { getAccount, hasOpenDispute, recordPlacement, type KairosDb } from '@kairos/db';
import { paramsOf } from './activity-params';

/** Why an account may not be placed now, or null when it may. */
export async function placementBlocker(db: KairosDb, accountId: string, minBalanceCents: number): Promise<string | null> {
  const account = await getAccount(db, accountId);
  if (!account) return 'the account no longer exists';
  if (account.balanceCents < minBalanceCents) return `the balance of ${account.balanceCents} cents is below the placement minimum of ${minBalanceCents}`;
  if (await hasOpenDispute(db, accountId)) return 'a dispute is open: collection is on hold until verification is sent';
  return null;
}

export function createEscalateActivity(deps: { db: KairosDb }) {
  return async function escalateAccount(input: ActivityInput): Promise<ActivityResult> {
    const p = paramsOf(escalateAccountInput, input.params, 'escalateAccount');
    const blocker = await placementBlocker(deps.db, input.accountId, p.minBalanceCents);
    const account = await getAccount(deps.db, input.accountId);
    const { placement } = await recordPlacement(deps.db, {
      idempotencyKey: input.idempotencyKey,
      accountId: input.accountId,
      enrollmentId: input.enrollmentId,
      placedWith: p.to,
      partner: p.partner,
      balanceCents: account?.balanceCents ?? 0,
      status: blocker ? 'blocked' : 'placed',
      reason: blocker,
    });
    // A retry returns the decision made the first time, even if the account changed since.
    return { outcome: placement.status, detail: { placementId: placement.id, partner: placement.partner, ...(placement.reason ? { reason: placement.reason } : {}) } };
  };
}
