// KPI definitions over analytics events: pure functions the queries in @kairos/db feed.
export { DPD_BUCKETS, daysPastDue, dpdBucket, type DpdBucket } from './dpd-buckets';
export { PROMISE_GRACE_DAYS, promiseDeadline, promisesKept, type PromiseFact, type PaymentFact } from './promises';
