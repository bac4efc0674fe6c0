// How built-in activities answer in a simulation: the same decisions the worker makes from the
// account alone (plan eligibility, escalation threshold, due-date moves), without any I/O.
import type { AccountSnapshot } from '../account';
import { CREATE_AGENT_TASK_ACTIVITY } from '../nodes/agent-task/kind';
import { EXTEND_DUE_DATE_ACTIVITY } from '../nodes/deadline-extension/kind';
import { ESCALATE_ACCOUNT_ACTIVITY } from '../nodes/escalate/kind';
import { CREATE_PAYMENT_LINK_ACTIVITY } from '../nodes/payment-link/kind';
import { OFFER_PAYMENT_PLAN_ACTIVITY } from '../nodes/payment-plan/kind';
import { OFFER_DISCOUNT_ACTIVITY } from '../nodes/prompt-pay-discount/kind';
import { SEND_MESSAGE_ACTIVITY } from '../nodes/send-message/kind';
import { UPDATE_ACCOUNT_ACTIVITY } from '../nodes/update-account/kind';
import { CALL_WEBHOOK_ACTIVITY } from '../nodes/webhook/kind';
import type { ActivityInput, ActivityResult } from '../interpreter/state';
import { addDuration } from '../interpreter/time';

type Params = Record<string, unknown>;
const num = (p: Params, k: string, fallback: number) => (typeof p[k] === 'number' ? (p[k] as number) : fallback);

/** The answer of a built-in activity for this account, or undefined for kinds the sandbox does not know. */
export function sandboxActivityResult(activity: string, input: ActivityInput, account: AccountSnapshot): ActivityResult | undefined {
  const p = input.params;
  switch (activity) {
    case SEND_MESSAGE_ACTIVITY:
    case CREATE_PAYMENT_LINK_ACTIVITY:
    case CREATE_AGENT_TASK_ACTIVITY:
      return { outcome: 'next' };
    case OFFER_DISCOUNT_ACTIVITY:
      return { outcome: 'offered' };
    case OFFER_PAYMENT_PLAN_ACTIVITY:
      // Eligible when the balance covers at least two installments of the minimum size.
      return { outcome: account.balanceCents >= 2 * num(p, 'minInstallmentCents', 0) ? 'offered' : 'not_eligible' };
    case ESCALATE_ACCOUNT_ACTIVITY:
      return { outcome: account.balanceCents >= num(p, 'minBalanceCents', 0) ? 'placed' : 'blocked' };
    case EXTEND_DUE_DATE_ACTIVITY: {
      const moved = addDuration(`${account.dueDate}T12:00:00.000Z`, { days: num(p, 'days', 0) }, 'UTC').slice(0, 10);
      return { outcome: 'next', account: { ...account, dueDate: moved } };
    }
    case UPDATE_ACCOUNT_ACTIVITY:
      return { outcome: 'next', account: { ...account, attributes: { ...account.attributes, ...(p.set as AccountSnapshot['attributes']) } } };
    case CALL_WEBHOOK_ACTIVITY:
      return { outcome: 'ok' };
    default:
      return undefined;
  }
}
