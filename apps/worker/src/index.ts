// @kairos/worker: the Temporal worker of Kairos, its activities and channel providers.
export { createCadenceWorker, bundleCadenceWorkflows, type CadenceWorkerOptions } from './worker';
export { createActivities, type ActivityDeps } from './activities/index';
export { createChannelRouter, type ChannelProvider, type ChannelRouter, type OutgoingMessage, type SendResult } from './channels/provider';
export { createSandboxProvider } from './channels/sandbox-provider';
export { createTwilioProvider, callTwiml } from './channels/twilio-provider';
export { createSmtpProvider, messageIdFor } from './channels/smtp-provider';
export { createPortfolioRouter, twilioStatusCallbackUrl } from './channels/portfolio-router';
