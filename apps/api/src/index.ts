// @kairos/api: the Hono HTTP API of Kairos.
export { createApp } from './app';
export { startApiServer, type ApiServer } from './server';
export { createTemporalRuntime, type CadenceRuntime } from './runtime';
export { createAuth, type AuthConfig, type KairosAuth } from './auth/auth';
export { deliverAccountEvent, type Delivery } from './event-delivery';
export { sweepUnsignalledEvents, startEventSweep } from './event-sweep';
export { startAnalyticsProjection } from './analytics-projection';
export { sweepMissedInstallments, startPlanSweep } from './plan-sweep';
export { runAutoEnrollment, startAutoEnrollmentSweep, type AutoEnrollmentReport } from './auto-enrollment';
export type { ApiDeps } from './deps';
export { DEFAULT_LIMITS, limitsFromEnv, type ApiLimits } from './limits';
