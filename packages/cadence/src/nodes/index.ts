// The built-in node kinds: each lives in its own folder (`<kind>/kind.ts`), declared with `defineNode`
// exactly as a custom kind is. Adding one is its folder plus a line in `builtInNodes` below.
import { createNodeRegistry } from '../registry';
import { abSplitNode } from './ab-split/kind';
import { agentTaskNode } from './agent-task/kind';
import { branchNode } from './branch/kind';
import { deadlineExtensionNode } from './deadline-extension/kind';
import { disputeHoldNode } from './dispute-hold/kind';
import { entryNode } from './entry/kind';
import { escalateNode } from './escalate/kind';
import { exitNode } from './exit/kind';
import { paymentLinkNode } from './payment-link/kind';
import { paymentPlanNode } from './payment-plan/kind';
import { discountNode } from './prompt-pay-discount/kind';
import { repeatNode } from './repeat/kind';
import { sendMessageNode } from './send-message/kind';
import { tierSplitNode } from './tier-split/kind';
import { updateAccountNode } from './update-account/kind';
import { waitNode } from './wait/kind';
import { waitForEventNode } from './wait-for-event/kind';
import { waitForPromiseNode } from './wait-for-promise/kind';
import { webhookNode } from './webhook/kind';

export {
  abSplitNode, agentTaskNode, branchNode, deadlineExtensionNode, discountNode, disputeHoldNode, entryNode, escalateNode, exitNode,
  paymentLinkNode, paymentPlanNode, repeatNode, sendMessageNode, tierSplitNode, updateAccountNode, waitForEventNode,
  waitForPromiseNode, waitNode, webhookNode,
};
// The worker activity each built-in kind that does work compiles to (the worker registers them by these names).
export { CREATE_AGENT_TASK_ACTIVITY } from './agent-task/kind';
export { EXTEND_DUE_DATE_ACTIVITY } from './deadline-extension/kind';
export { ESCALATE_ACCOUNT_ACTIVITY } from './escalate/kind';
export { CREATE_PAYMENT_LINK_ACTIVITY } from './payment-link/kind';
export { OFFER_PAYMENT_PLAN_ACTIVITY } from './payment-plan/kind';
export { OFFER_DISCOUNT_ACTIVITY } from './prompt-pay-discount/kind';
export { SEND_MESSAGE_ACTIVITY } from './send-message/kind';
export { UPDATE_ACCOUNT_ACTIVITY } from './update-account/kind';
export { CALL_WEBHOOK_ACTIVITY } from './webhook/kind';
export { PLAN_LIMITS } from './payment-plan/kind';
// The params each built-in activity accepts, as its kind declares them (the worker parses with these).
export { createAgentTaskInput } from './agent-task/kind';
export { extendDueDateInput } from './deadline-extension/kind';
export { escalateAccountInput } from './escalate/kind';
export { createPaymentLinkInput } from './payment-link/kind';
export { offerPaymentPlanInput } from './payment-plan/kind';
export { offerDiscountInput } from './prompt-pay-discount/kind';
export { sendMessageInput } from './send-message/kind';
export { updateAccountInput } from './update-account/kind';
export { callWebhookInput } from './webhook/kind';
export { entryTriggerSchema, type EntryTriggerConfig } from './entry/kind';
export { SIGNAL_LABELS } from './shared/signals';

/** Every built-in kind, in palette order (entry, timing, messages, payments, logic, actions, exit). */
export const builtInNodes = [
  entryNode,
  waitNode,
  sendMessageNode,
  paymentLinkNode,
  paymentPlanNode,
  discountNode,
  deadlineExtensionNode,
  waitForPromiseNode,
  branchNode,
  tierSplitNode,
  abSplitNode,
  waitForEventNode,
  repeatNode,
  agentTaskNode,
  disputeHoldNode,
  escalateNode,
  updateAccountNode,
  webhookNode,
  exitNode,
];

/** The registry of every built-in node kind. */
export const builtInRegistry = createNodeRegistry(builtInNodes);
