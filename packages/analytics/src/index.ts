// @kairos/analytics: KPIs and experiment statistics over analytics events (pure; queries live in @kairos/db).
export * from './stats/index';
export * from './kpi/index';
