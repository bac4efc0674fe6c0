// KPI definitions over analytics events: pure functions the queries in @kairos/db feed.
export { DPD_BUCKETS, daysPastDue, dpdBucket, type DpdBucket } from './dpd-buckets';
export { PROMISE_GRACE_DAYS, promiseDeadline, promisesKept, type PromiseFact, type PaymentFact } from './promises';
export { survivalCurve } from './survival-curve';
export {
  MSPRT_TAU,
  PLANNING_LIFT,
  PRIMARY_METRICS,
  experimentReport,
  metricSample,
  type ArmDef,
  type ArmResult,
  type AssignedEnrollment,
  type Comparison,
  type PrimaryMetric,
  type ReportOptions,
} from './experiment-report';
export { dashboardFromRollup, type DailyRollupRow, type CohortRow, type Dashboard, type DashboardOptions, CHANNELS } from './dashboard';
export { DASHBOARD_CSV_COLUMNS, dashboardCsvRows } from './dashboard-csv';
