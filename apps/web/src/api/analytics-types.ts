// The analytics answers (experiments, portfolio dashboard, canvas overlay), derived from the API's OpenAPI document
// (see types.ts). Money is integer minor units with its currency; rates are in [0, 1], null when the denominator is 0.
import type { CHANNELS } from '@kairos/analytics/kpi';
import type { Answer, Query, Schemas } from './types';

// The lists the pickers offer are the analytics package's own constants (values, not shapes on the wire).
export { CHANNELS, PRIMARY_METRICS } from '@kairos/analytics/kpi';
export type { PrimaryMetric } from '@kairos/analytics/kpi';

/** How fresh a report's figures are: through when every committed fact is counted, and how many facts could not be. */
export type AnalyticsFreshness = Schemas['AnalyticsFreshness'];
/** The portfolio dashboard's figures and how fresh they are. */
export type Dashboard = Schemas['Dashboard'];
/** A fact the analytics could not count (admins only), with why. */
export type ParkedFact = Schemas['ParkedFact'];
export type ParkedFacts = Schemas['ParkedFacts'];
export type ParkedFactsRetried = Schemas['ParkedFactsRetried'];
/** A channel Kairos contacts accounts on (the dashboard's and the unit costs' six). */
export type Channel = (typeof CHANNELS)[number];
export type ArmDef = Schemas['ExperimentArm'];
export type ArmResult = Schemas['ArmResult'];
export type Comparison = Schemas['ArmComparison'];
export type ExperimentSummary = Schemas['ExperimentSummary'];
export type ExperimentReport = Schemas['ExperimentReport'];
export type PromoteResult = Answer<'/api/v1/experiments/{experimentId}/promote', 'post'>;
export type VersionAnalytics = Schemas['VersionAnalytics'];
export type NodeResults = VersionAnalytics['nodes'][string];
/** The unit cost of one contact attempt per channel, in minor units of `currency` (all six channels). */
export type AnalyticsSettings = Schemas['AnalyticsSettings'];

/** What the dashboard is filtered by (all optional; days are `YYYY-MM-DD`). */
export type DashboardFilter = Query<'/api/v1/dashboard'>;
