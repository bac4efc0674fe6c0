import { createNodeRegistry } from '../registry';
import { abSplitNode } from './ab-split';
import { agentTaskNode, escalateNode, updateAccountNode, webhookNode } from './action-nodes';
import { branchNode } from './branch';
import { disputeHoldNode } from './dispute-hold';
import { entryNode } from './entry';
import { exitNode } from './exit';
import { deadlineExtensionNode, discountNode, paymentLinkNode, paymentPlanNode } from './payment-nodes';
import { repeatNode } from './repeat';
import { sendMessageNode } from './send-message';
import { tierSplitNode } from './tier-split';
import { waitNode } from './wait';
import { waitForEventNode } from './wait-for-event';
import { waitForPromiseNode } from './wait-for-promise';

export {
  abSplitNode, agentTaskNode, branchNode, deadlineExtensionNode, discountNode, disputeHoldNode, entryNode, escalateNode, exitNode,
  paymentLinkNode, paymentPlanNode, repeatNode, sendMessageNode, tierSplitNode, updateAccountNode, waitForEventNode,
  waitForPromiseNode, waitNode, webhookNode,
};
export { SEND_MESSAGE_ACTIVITY } from './send-message';
export { BUILT_IN_ACTIVITIES, type BuiltInActivity } from './activity-names';
export { PLAN_LIMITS } from './payment-nodes';
export { entryTriggerSchema, type EntryTriggerConfig } from './entry';
export { SIGNAL_LABELS } from './signals';

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
