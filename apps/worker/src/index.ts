// @kairos/worker: the Temporal worker of Kairos, its activities and channel providers.
export { createCadenceWorker, bundleCadenceWorkflows, type CadenceWorkerOptions } from './worker';
export { createActivities, type ActivityDeps } from './activities/index';
export { temporalLogger } from './temporal-log';
// The provider protocols themselves live in @kairos/providers; re-exported for the worker's callers.
export { createChannelRouter, createSmtpProvider, createTwilioProvider, callTwiml, messageIdFor, type ChannelProvider, type ChannelRouter, type OutgoingMessage, type SendResult } from '@kairos/providers';
export { createSandboxProvider } from './channels/sandbox-provider';
export { createPortfolioRouter, twilioStatusCallbackUrl } from './channels/portfolio-router';
export { createPortfolioOutbound, type OutboundDeps, type PortfolioOutbound } from './channels/portfolio-outbound';
