// @kairos/api: the Hono HTTP API of Kairos.
export { createApp } from './app';
export { startApiServer, type ApiServer } from './server';
export { createTemporalRuntime, type CadenceRuntime } from './runtime';
export { createAuth, type AuthConfig, type KairosAuth } from './auth/auth';
export { deliverAccountEvent, type Delivery } from './event-delivery';
export { sweepUnsignalledEvents, startEventSweep } from './jobs/event-sweep';
export { startAnalyticsProjection } from './jobs/analytics-projection';
export { sweepMissedInstallments, startPlanSweep } from './jobs/plan-sweep';
export { runAutoEnrollment, startAutoEnrollmentSweep, type AutoEnrollmentReport } from './jobs/auto-enrollment';
export { runImportQueue, startImportQueue } from './jobs/account-import';
export { resumeStaleAudienceJobs, startAudienceJobResumer } from './jobs/audience-enrollment';
export type { ApiDeps } from './deps';
export { DEFAULT_LIMITS, limitsFromEnv, type ApiLimits } from './limits';
