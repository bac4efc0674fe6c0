// The worker half of the built-in node kinds, as a node package: it registers its activities through
// the same `WorkerNodePackage` API a custom package uses (`createActivities` loads it first, then the
// configured ones). The pure half of each kind (schema, compile, summary, simulated answer, activity
// name) lives in `packages/cadence/src/nodes/<kind>/`; adding a kind that does work adds its
// implementation here, under the name its kind exports.
import {
  CALL_WEBHOOK_ACTIVITY,
  CREATE_AGENT_TASK_ACTIVITY,
  CREATE_PAYMENT_LINK_ACTIVITY,
  ESCALATE_ACCOUNT_ACTIVITY,
  EXTEND_DUE_DATE_ACTIVITY,
  OFFER_DISCOUNT_ACTIVITY,
  OFFER_PAYMENT_PLAN_ACTIVITY,
  SEND_MESSAGE_ACTIVITY,
  UPDATE_ACCOUNT_ACTIVITY,
  type NodeActivity,
  type WorkerNodePackage,
} from '@kairos/cadence';
import type { KairosDb } from '@kairos/db';
import type { PortfolioOutbound } from '../channels/portfolio-outbound';
import { createAccountChangeActivities } from './account-changes';
import { createAgentTaskActivity } from './agent-task';
import { createEscalateActivity } from './escalate';
import { createPaymentOfferActivities } from './payment-offers';
import { createWebhookActivity } from './webhook';

export const BUILT_IN_NODES_PACKAGE = '@kairos/cadence (built-in kinds)';

/** What the built-in activities need beyond a custom package's context: the database, channels and secrets. */
export interface BuiltInNodeDeps {
  db: KairosDb;
  now: () => Date;
  publicUrl: string;
  outbound: PortfolioOutbound;
  webhookSecret: string;
  /** Built by the worker, which also hands it to the notice workflow's activity. */
  sendMessage: NodeActivity;
}

/** The built-in kinds' activities, by the activity name each kind compiles to. */
function builtInActivities(deps: BuiltInNodeDeps) {
  const offers = createPaymentOfferActivities({ db: deps.db, now: deps.now, publicUrl: deps.publicUrl });
  const accountChanges = createAccountChangeActivities({ db: deps.db });
  return {
    [SEND_MESSAGE_ACTIVITY]: deps.sendMessage,
    [CREATE_PAYMENT_LINK_ACTIVITY]: offers.createPaymentLink,
    [OFFER_PAYMENT_PLAN_ACTIVITY]: offers.offerPaymentPlan,
    [OFFER_DISCOUNT_ACTIVITY]: offers.offerDiscount,
    [EXTEND_DUE_DATE_ACTIVITY]: accountChanges.extendDueDate,
    [UPDATE_ACCOUNT_ACTIVITY]: accountChanges.updateAccount,
    [CREATE_AGENT_TASK_ACTIVITY]: createAgentTaskActivity({ db: deps.db, now: deps.now }),
    [ESCALATE_ACCOUNT_ACTIVITY]: createEscalateActivity({ db: deps.db }),
    [CALL_WEBHOOK_ACTIVITY]: createWebhookActivity({ db: deps.db, now: deps.now, outbound: deps.outbound, secret: deps.webhookSecret }),
  };
}
export type BuiltInNodeActivities = ReturnType<typeof builtInActivities>;

/** The worker package of the built-in kinds (its activities ignore the custom packages' context: they get `deps`). */
export function builtInNodesWorkerPackage(deps: BuiltInNodeDeps) {
  return { name: BUILT_IN_NODES_PACKAGE, activities: () => builtInActivities(deps) } satisfies WorkerNodePackage;
}
