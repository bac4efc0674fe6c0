/** Worker activity names of the built-in kinds that do work outside the workflow. */
export const BUILT_IN_ACTIVITIES = {
  sendMessage: 'sendMessage',
  createPaymentLink: 'createPaymentLink',
  offerPaymentPlan: 'offerPaymentPlan',
  offerDiscount: 'offerDiscount',
  extendDueDate: 'extendDueDate',
  createAgentTask: 'createAgentTask',
  escalateAccount: 'escalateAccount',
  updateAccount: 'updateAccount',
  callWebhook: 'callWebhook',
} as const;
export type BuiltInActivity = (typeof BUILT_IN_ACTIVITIES)[keyof typeof BUILT_IN_ACTIVITIES];
