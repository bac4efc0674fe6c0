// Shapes of the analytics answers (the HTTP contract of experiments, the portfolio dashboard and the canvas overlay).
// Money is integer minor units with its currency; rates are in [0, 1], null when the denominator is 0.
// The KPI shapes are @kairos/analytics' own (the API answers what its pure functions return); the shapes the
// API assembles around them (experiment summaries, the overlay, settings) are described here.
import type { ArmDef, ArmResult, CHANNELS, Comparison, Dashboard as DashboardFigures } from '@kairos/analytics/kpi';

export { CHANNELS, PRIMARY_METRICS } from '@kairos/analytics/kpi';
export type { ArmDef, ArmResult, Comparison, PrimaryMetric } from '@kairos/analytics/kpi';

/** How fresh a report's figures are: through when every committed fact is counted, and how many facts could not be. */
export interface AnalyticsFreshness {
  /** Null before the first complete projection. */
  projectedThrough: string | null;
  lagSeconds: number | null;
  parkedFacts: number;
}

/** The portfolio dashboard: @kairos/analytics' figures and how fresh they are. */
export type Dashboard = DashboardFigures & { freshness: AnalyticsFreshness };

/** A fact the analytics could not count (admins only), with why. */
export interface ParkedFact {
  kind: 'enrollment' | 'timeline' | 'contact-decision' | 'delivery' | 'account-event';
  factId: string;
  reason: string;
  firstSeenAt: string;
  lastSeenAt: string;
  attempts: number;
  nextAttemptAt: string;
}

export interface ParkedFacts {
  total: number;
  facts: ParkedFact[];
  hint: string;
}

/** A channel Kairos contacts accounts on (the dashboard's and the unit costs' six). */
export type Channel = (typeof CHANNELS)[number];

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

export interface ExperimentReport {
  experiment: ExperimentSummary;
  primaryMetric: string;
  test: { name: string; alpha: number; explanation: string };
  arms: ArmResult[];
  comparisons: Comparison[];
  generatedAt: string;
  freshness: AnalyticsFreshness;
}

export interface PromoteResult {
  cadenceId: string;
  draftHash: string;
  message: string;
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
  freshness: AnalyticsFreshness;
}

/** The unit cost of one contact attempt per channel, in minor units of `currency` (all six channels). */
export interface AnalyticsSettings {
  currency: string;
  unitCostMinor: Record<Channel, number>;
}
