// @kairos/api: the Hono HTTP API of Kairos.
export { createApp } from './app';
export { startApiServer, type ApiServer } from './server';
export { createTemporalRuntime, type CadenceRuntime } from './runtime';
export { allowAllPublishGate, type PublishGate, type PublishGateContext, type PublishDecision } from './publish-gate';
export { deliverAccountEvent, type Delivery } from './event-delivery';
export { sweepUnsignalledEvents, startEventSweep } from './event-sweep';
export type { ApiDeps } from './deps';
