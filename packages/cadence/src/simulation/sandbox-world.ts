// How built-in activities answer in a simulation: the same decisions the worker makes from the
// account alone (plan eligibility, escalation threshold, due-date moves), without any I/O.
import type { AccountSnapshot } from '../account';
import { BUILT_IN_ACTIVITIES as A } from '../nodes/activity-names';
import type { ActivityInput, ActivityResult } from '../interpreter/state';
import { addDuration } from '../interpreter/time';

type Params = Record<string, unknown>;
const num = (p: Params, k: string, fallback: number) => (typeof p[k] === 'number' ? (p[k] as number) : fallback);

/** The answer of a built-in activity for this account, or undefined for kinds the sandbox does not know. */
export function sandboxActivityResult(activity: string, input: ActivityInput, account: AccountSnapshot): ActivityResult | undefined {
  const p = input.params;
  switch (activity) {
    case A.sendMessage:
    case A.createPaymentLink:
    case A.createAgentTask:
      return { outcome: 'next' };
    case A.offerDiscount:
      return { outcome: 'offered' };
    case A.offerPaymentPlan:
      // Eligible when the balance covers at least two installments of the minimum size.
      return { outcome: account.balanceCents >= 2 * num(p, 'minInstallmentCents', 0) ? 'offered' : 'not_eligible' };
    case A.escalateAccount:
      return { outcome: account.balanceCents >= num(p, 'minBalanceCents', 0) ? 'placed' : 'blocked' };
    case A.extendDueDate: {
      const moved = addDuration(`${account.dueDate}T12:00:00.000Z`, { days: num(p, 'days', 0) }, 'UTC').slice(0, 10);
      return { outcome: 'next', account: { ...account, dueDate: moved } };
    }
    case A.updateAccount:
      return { outcome: 'next', account: { ...account, attributes: { ...account.attributes, ...(p.set as AccountSnapshot['attributes']) } } };
    case A.callWebhook:
      return { outcome: 'ok' };
    default:
      return undefined;
  }
}
