// @kairos/api: the Hono HTTP API of Kairos.
export { createApp } from './app';
export { startApiServer } from './server';
export { createTemporalRuntime, type CadenceRuntime } from './runtime';
export { allowAllPublishGate, type PublishGate } from './publish-gate';
export { deliverAccountEvent, sweepUnsignalledEvents, startEventSweep } from './event-delivery';
export type { ApiDeps } from './deps';
