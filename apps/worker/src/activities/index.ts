import type { NodeActivity, NodeActivityContext, WorkerNodePackage } from '@kairos/cadence';
import { complianceProfiles, type ComplianceProfile } from '@kairos/compliance';
import { ComplianceProfileCatalog, getAccount, type KairosDb } from '@kairos/db';
import { RECORD_PROGRESS_ACTIVITY, SEND_NOTICE_ACTIVITY } from '@kairos/workflows';
import { createSendNotice } from './notices';
import { createChannelRouter, type ChannelProvider } from '@kairos/providers';
import { createPortfolioOutbound, type OutboundDeps, type PortfolioOutbound } from '../channels/portfolio-outbound';
import { createPortfolioRouter } from '../channels/portfolio-router';
import { createUnsubscribeLinker } from '../channels/unsubscribe-links';
import { attemptClock, attemptNumber } from './attempt-clock';
import { builtInNodesWorkerPackage, type BuiltInNodeActivities } from './built-in-nodes';
import { createRecordProgress } from './record-progress';
import { createSendMessage, type SendMessageDeps } from './send-message';

export interface ActivityDeps {
  db: KairosDb;
  /** Providers by preference for every portfolio; by default each account's portfolio names its providers. */
  providers?: ChannelProvider[];
  /** How long a send with a fallback waits for a delivery receipt (default: the portfolio's setting, else 30 s). */
  receiptWaitMs?: number;
  /** See SendMessageDeps.beforeLastCheck (tests of the payment-during-send race). */
  beforeLastCheck?: SendMessageDeps['beforeLastCheck'];
  /** See SendMessageDeps.afterProviderCall (the kill tests' crash between a send and its booking). */
  afterProviderCall?: SendMessageDeps['afterProviderCall'];
  /** The instant of a contact attempt; by default the attempt clock (see attempt-clock.ts). */
  now?: () => Date;
  /** Base URL of the checkout page in payment links (default: KAIROS_PUBLIC_URL or http://localhost:3000). */
  publicUrl?: string;
  /**
   * The API's secret (KAIROS_AUTH_SECRET, the default): signs the one-click unsubscribe link of each email,
   * which the API checks. Without it an email that uses {{ unsubscribeLink }} is not sent (there is no stand-in link).
   */
  linkSecret?: string;
  /** Secret that signs webhook calls (default: KAIROS_WEBHOOK_SECRET or a development secret). */
  webhookSecret?: string;
  /** Compliance profiles accounts may name; the built-in ones by default. */
  profiles?: ReadonlyMap<string, ComplianceProfile>;
  /** The profile of accounts whose portfolio names none (default us-reg-f). */
  defaultProfile?: string;
  /** Worker halves of configured node packages (see @kairos/node-packages): their activities join the built-in ones. */
  nodePackages?: readonly WorkerNodePackage[];
  /** How requests to other systems go out: DNS and the test-only loopback allowance (see portfolio-outbound.ts). */
  outbound?: OutboundDeps;
}

/** The development secret for webhook signatures; set KAIROS_WEBHOOK_SECRET in any real deployment. */
export const DEV_WEBHOOK_SECRET = 'kairos-development-webhook-secret';

/** Every activity a cadence worker serves, by the name node kinds compile to. */
export function createActivities(deps: ActivityDeps) {
  const publicUrl = deps.publicUrl ?? process.env.KAIROS_PUBLIC_URL ?? 'http://localhost:3000';
  const receiptWait = deps.receiptWaitMs !== undefined ? { receiptWaitMs: deps.receiptWaitMs } : {};
  const unsubscribeLink = createUnsubscribeLinker(deps.linkSecret ?? process.env.KAIROS_AUTH_SECRET, publicUrl);
  const outbound = createPortfolioOutbound(deps.db, deps.outbound);
  const channels = deps.providers
    ? createChannelRouter(deps.providers, receiptWait)
    : createPortfolioRouter({ db: deps.db, publicUrl, outbound, unsubscribeLink, ...receiptWait });
  const now = deps.now ?? attemptClock;
  // Stored profiles (PUT /compliance/profiles/{id}) reach this worker within the catalog's TTL.
  const profiles = new ComplianceProfileCatalog(deps.db, deps.profiles ?? complianceProfiles);
  const sendMessage = createSendMessage({
    db: deps.db,
    channels,
    now,
    profiles,
    refreshProfiles: () => profiles.refresh(),
    ...(deps.defaultProfile ? { defaultProfile: deps.defaultProfile } : {}),
    publicUrl,
    unsubscribeLink,
    ...(deps.beforeLastCheck ? { beforeLastCheck: deps.beforeLastCheck } : {}),
    ...(deps.afterProviderCall ? { afterProviderCall: deps.afterProviderCall } : {}),
  });
  const builtIn = builtInNodesWorkerPackage({
    db: deps.db,
    now,
    publicUrl,
    outbound,
    webhookSecret: deps.webhookSecret ?? process.env.KAIROS_WEBHOOK_SECRET ?? DEV_WEBHOOK_SECRET,
    sendMessage,
  });
  return {
    [SEND_NOTICE_ACTIVITY]: createSendNotice({ db: deps.db, now, sendMessage }),
    [RECORD_PROGRESS_ACTIVITY]: createRecordProgress({ db: deps.db }),
    // The built-in kinds register exactly as configured node packages do, and first: a package that
    // takes a built-in name is refused. (The cast names the built-in activities this always holds.)
    ...(packageActivities([builtIn, ...(deps.nodePackages ?? [])], deps, now, outbound) as BuiltInNodeActivities & Record<string, NodeActivity>),
  };
}

/** Activities of node packages, each given the account, the clock, its secrets, the attempt number and a fetch under the outbound policy. */
function packageActivities(packages: readonly WorkerNodePackage[], deps: ActivityDeps, now: () => Date, outbound: PortfolioOutbound) {
  const ctx: NodeActivityContext = {
    account: (accountId: string) => getAccount(deps.db, accountId),
    now,
    secret: (name: string) => process.env[name],
    attempt: attemptNumber,
    async fetch(accountId, url, init = {}) {
      const { timeoutMs, ...request } = init;
      const way = await outbound.forPortfolio((await getAccount(deps.db, accountId))?.portfolioId);
      return way.fetch(url, request, timeoutMs !== undefined ? { timeoutMs } : {});
    },
  };
  const out: Record<string, NodeActivity> = {};
  for (const p of packages) {
    for (const [name, activity] of Object.entries(p.activities(ctx))) {
      if (out[name] || WORKFLOW_ACTIVITIES.has(name)) throw new Error(`node package ${p.name} defines activity "${name}", which another package or Kairos already has`);
      out[name] = activity;
    }
  }
  return out;
}

// The workflows' own activities: no node package may take their names.
const WORKFLOW_ACTIVITIES = new Set<string>([RECORD_PROGRESS_ACTIVITY, SEND_NOTICE_ACTIVITY]);
