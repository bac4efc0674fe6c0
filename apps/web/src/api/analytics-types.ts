// Shapes of the analytics answers (issue 9's HTTP contract: experiments, portfolio dashboard, canvas overlay).
// Money is integer minor units with its currency; rates are in [0, 1], null when the denominator is 0.

/** One arm of an A/B split: `arm` is the IR outcome (`variant:A`, `control`), `key` its short name. */
export interface ArmDef {
  arm: string;
  key: string;
  label: string;
  weight: number;
  control: boolean;
}

export interface ExperimentSummary {
  experimentId: string;
  cadenceId: string;
  cadenceName: string;
  versionIds: string[];
  nodeId: string;
  arms: ArmDef[];
  enrolled: number;
  firstAssignedAt: string | null;
  lastAssignedAt: string | null;
}

export const PRIMARY_METRICS = ['paidShare', 'recoveryRate', 'promiseRate'] as const;
export type PrimaryMetric = (typeof PRIMARY_METRICS)[number];

export interface Guardrails {
  optOuts: number;
  complaints: number;
  disputes: number;
  suppressedContacts: number;
}

export interface ArmResult {
  arm: string;
  key: string;
  label: string;
  control: boolean;
  enrolled: number;
  contacted: number;
  rightPartyContacts: number;
  rpcRate: number | null;
  promises: number;
  promiseRate: number | null;
  promisesKept: number;
  promiseKeptRate: number | null;
  paidAccounts: number;
  paidShare: number | null;
  /** Wilson 95% interval of the paid share. */
  paidShareInterval: [number, number];
  amountPlacedMinor: number;
  amountCollectedMinor: number;
  recoveryRate: number | null;
  currency: string;
  /** Kaplan–Meier 1 − S(t): the share who have paid by day t after entering the arm. */
  timeToFirstPayment: { medianDays: number | null; curve: Array<{ day: number; paidShare: number }> };
  costMinor: number;
  /** Cost divided by amount collected. */
  costToCollect: number | null;
  guardrails: Guardrails;
}

export interface Comparison {
  metric: string;
  arm: string;
  against: string;
  /** arm − against, absolute (a rate difference: 0.031 is 3.1 points). */
  difference: number;
  /** Always-valid 95% interval of the difference. */
  interval: [number, number];
  pValue: number;
  verdict: 'arm_better' | 'arm_worse' | 'no_difference_yet';
  /** Per arm, to detect the observed (or a 2-point) lift at 80% power; null once decided. */
  moreAccountsNeeded: number | null;
}

export interface ExperimentReport {
  experiment: ExperimentSummary;
  primaryMetric: string;
  test: { name: string; alpha: number; explanation: string };
  arms: ArmResult[];
  comparisons: Comparison[];
  generatedAt: string;
}

export interface PromoteResult {
  cadenceId: string;
  draftHash: string;
  message: string;
}

export const CHANNELS = ['sms', 'email', 'voice', 'whatsapp', 'push', 'letter'] as const;
export const DPD_BUCKETS = ['pre_due', '1-15', '16-30', '31-60', '60+'] as const;

export interface DashboardKpis {
  accountsEnrolled: number;
  amountPlacedMinor: number;
  amountCollectedMinor: number;
  recoveryRate: number | null;
  promiseKeptRate: number | null;
  rightPartyContactRate: number | null;
  contactRate: number | null;
  costMinor: number;
  costPerCollected: number | null;
  medianDaysToRecovery: number | null;
}

export interface ChannelKpis {
  channel: string;
  attempts: number;
  delivered: number;
  suppressed: number;
  rightPartyContacts: number;
  contactRate: number | null;
  rightPartyContactRate: number | null;
  costMinor: number;
  costPerCollected: number | null;
}

export interface Dashboard {
  range: { from: string; to: string };
  currency: string;
  kpis: DashboardKpis;
  byChannel: ChannelKpis[];
  byTier: Array<{ tier: string; accounts: number; recoveryRate: number | null; promiseKeptRate: number | null }>;
  rollRates: Array<{ from: string; to: string; accounts: number; rate: number }>;
  daily: Array<{ date: string; collectedMinor: number; contacts: number; promises: number; payments: number }>;
  timeToRecovery: Array<{ day: number; recoveredShare: number }>;
}

export interface DashboardFilter {
  from?: string;
  to?: string;
  tier?: string;
  versionId?: string;
  cadenceId?: string;
}

export interface NodeResults {
  entered: number;
  waitingNow: number;
  exitedHere: number;
  paidWithin: number;
}

export interface VersionAnalytics {
  versionId: string;
  range: { from: string; to: string };
  paidWithinDays: number;
  nodes: Record<string, NodeResults>;
  edges: Record<string, { volume: number }>;
}

export interface AnalyticsSettings {
  currency: string;
  unitCostMinor: Record<string, number>;
}
